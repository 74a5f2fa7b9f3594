package fr.mediation.directory.geo;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The checks of BAN's answer against the query for {@link BanGeocoder}: its best feature is
 * accepted when good enough (score, type) and in the queried commune and postcode.
 */
final class BanAnswer {

  /** The geocoder's logger: a refusal is part of its story. */
  private static final Logger LOG = Logger.getLogger(BanGeocoder.class.getName());

  private static final Map<String, Precision> PRECISIONS =
      Map.of(
          "housenumber", Precision.ADDRESS,
          "street", Precision.STREET,
          "locality", Precision.STREET,
          "municipality", Precision.COMMUNE,
          // Types of the API before 2019, still found in recorded answers.
          "city", Precision.COMMUNE,
          "town", Precision.COMMUNE,
          "village", Precision.COMMUNE);

  private final double minScore;
  private final Supplier<Communes> communes;
  private final Consumer<String> warn;

  /**
   * Checks accepting a score of {@code minScore} at least, against the {@code communes} reference,
   * telling {@code warn} of an answer that cannot be read.
   */
  BanAnswer(double minScore, Supplier<Communes> communes, Consumer<String> warn) {
    this.minScore = minScore;
    this.communes = communes;
    this.warn = warn;
  }

  /** The best feature of a FeatureCollection, when it is good enough and agrees with the query. */
  Optional<GeocodedPosition> accept(JsonObject collection, BanRequest request) {
    try {
      JsonArray features = collection.getJsonArray("features");
      if (features == null || features.isEmpty()) {
        return Optional.empty();
      }
      JsonObject feature = features.getJsonObject(0);
      JsonObject properties = feature.getJsonObject("properties");
      if (properties == null) {
        return refuse(request, "a feature without properties");
      }
      double score = number(properties, "score");
      if (!(score >= minScore)) {
        return refuse(request, "score " + score + " below " + minScore);
      }
      Precision precision = PRECISIONS.get(text(properties, "type"));
      if (precision == null) {
        return refuse(request, "type " + text(properties, "type"));
      }
      String citycode = CommuneNames.insee(text(properties, "citycode"));
      if (request.insee() != null && citycode != null && !sameCommune(request.insee(), citycode)) {
        return refuse(request, "citycode " + citycode + ", not " + request.insee());
      }
      String postcode = CommuneNames.postcode(text(properties, "postcode"));
      if (request.postcode() != null && postcode != null && !postcode.equals(request.postcode())) {
        if (request.distributed()
            || Collections.disjoint(
                CommuneNames.departementsOf(postcode),
                CommuneNames.departementsOf(request.postcode()))) {
          return refuse(request, "postcode " + postcode + ", not " + request.postcode());
        }
      }
      double[] lonLat = point(feature.getJsonObject("geometry"));
      if (lonLat == null) {
        warn.accept("BAN's answer to " + request.uri() + " has a feature without a point");
        return Optional.empty();
      }
      String label = text(properties, "label");
      if (label == null) {
        label = Objects.requireNonNullElse(text(properties, "name"), "");
      }
      return Optional.of(new GeocodedPosition(lonLat[1], lonLat[0], precision, label, citycode));
    } catch (ClassCastException e) {
      warn.accept(
          "BAN's answer to " + request.uri() + " is not a FeatureCollection: " + e.getMessage());
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      warn.accept(
          "BAN's answer to " + request.uri() + " has no WGS 84 position: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Whether BAN's commune is the query's: the same code, or the same commune seen from an
   * arrondissement and its city or from a former commune and its current one. Two arrondissements
   * differ.
   */
  private boolean sameCommune(String queried, String answered) {
    if (queried.equals(answered)) {
      return true;
    }
    Communes reference = communes.get();
    Optional<Commune> a = reference.byInsee(queried);
    Optional<Commune> b = reference.byInsee(answered);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.get().equals(b.get())) {
      return true;
    }
    if (a.get().kind() == Commune.Kind.ARRONDISSEMENT_MUNICIPAL
        && b.get().kind() == Commune.Kind.ARRONDISSEMENT_MUNICIPAL) {
      return false;
    }
    return root(a.get()).equals(root(b.get()));
  }

  /** The city of an arrondissement, the current commune of a former one, else the commune. */
  private static String root(Commune c) {
    return c.parentInsee() != null ? c.parentInsee() : c.insee();
  }

  private static Optional<GeocodedPosition> refuse(BanRequest request, String why) {
    if (LOG.isLoggable(Level.FINE)) {
      LOG.fine("BAN's answer to " + request.uri() + " refused: " + why);
    }
    return Optional.empty();
  }

  /** A GeoJSON point's {@code [longitude, latitude]}, or {@code null}. */
  private static double[] point(JsonObject geometry) {
    if (geometry == null || !(geometry.get("coordinates") instanceof JsonArray coordinates)) {
      return null;
    }
    if (coordinates.size() < 2
        || !(coordinates.get(0) instanceof JsonNumber lon)
        || !(coordinates.get(1) instanceof JsonNumber lat)) {
      return null;
    }
    return new double[] {lon.doubleValue(), lat.doubleValue()};
  }

  private static String text(JsonObject object, String key) {
    JsonValue value = object.get(key);
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value instanceof JsonNumber n) {
      return n.toString();
    }
    return null;
  }

  private static double number(JsonObject object, String key) {
    return object.get(key) instanceof JsonNumber n ? n.doubleValue() : Double.NaN;
  }
}
