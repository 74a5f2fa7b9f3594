package fr.mediation.directory.feed;

import fr.mediation.directory.feed.mapping.FieldWarning;
import fr.mediation.directory.geo.CommuneCheck;
import fr.mediation.directory.geo.CommuneExtents;
import fr.mediation.directory.geo.Communes;
import fr.mediation.directory.geo.GeocodedPosition;
import fr.mediation.directory.geo.Geocoder;
import fr.mediation.directory.geo.GeocodingQuery;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.Commune;
import fr.mediation.directory.venue.field.Coordinates;
import fr.mediation.directory.venue.field.InseeCode;
import fr.mediation.directory.venue.field.StandardField;
import java.util.List;
import java.util.Optional;

/**
 * Puts a venue in its commune, against the official list of communes: the commune's name as the
 * reference writes it and its INSEE code when the postcode and name designate it; a warning when
 * postcode, code and name contradict each other (the source's values are then kept); a position far
 * outside that commune exchanged back (latitude for longitude) or replaced; and, when the source
 * gives no usable position, the position a {@link Geocoder} finds, with its precision.
 */
public final class PlaceNormaliser {

  /** The warnings' texts: the {@code place.*} messages of the feed's bundle. */
  private static final String MESSAGES = "fr.mediation.directory.feed.messages";

  /** Precision recorded for a position the source gave. */
  public static final String SOURCE_PRECISION = "SOURCE";

  /**
   * How far outside its commune's bounding box a source's position may lie and still be taken: box
   * edges are straight while borders are not, and geocoders put an address on a border street on
   * either side. Measured on the ten hubs' exports (docs/hubs.md): every position farther out than
   * this was in another commune, most of them in another département.
   */
  static final double TOLERANCE_KM = 2;

  private final Communes communes;
  private final Geocoder geocoder;

  public PlaceNormaliser(Communes communes, Geocoder geocoder) {
    this.communes = communes;
    this.geocoder = geocoder;
  }

  /**
   * A venue placed, and how precisely.
   *
   * @param repeatable whether placing the same record again gives the same place: false when a
   *     geocoder whose answers may change (a web service) was asked
   */
  public record Placed(VenueRecord record, String positionPrecision, boolean repeatable) {}

  /** Places {@code record}, adding to {@code warnings} what a person should look at. */
  public Placed place(VenueRecord record, List<FieldWarning> warnings) {
    String postcode = record.codePostal().value();
    String insee = record.codeInsee() == null ? null : record.codeInsee().value();
    CommuneCheck check = communes.check(postcode, insee, record.commune().value());
    Commune commune = record.commune();
    InseeCode code = record.codeInsee();
    switch (check.status()) {
      case CONSISTENT, CORRECTED -> {
        if (check.canonicalName() == null || check.inseeCode() == null) {
          break;
        }
        commune = new Commune(check.canonicalName());
        code = new InseeCode(check.inseeCode());
        if (check.locality() != null) {
          // A hub's commune column holding a locality ("Les Milles"): the commune is corrected,
          // and said so, naming the locality.
          warnings.add(
              new FieldWarning(
                  StandardField.COMMUNE, check.locality(), check.warning(), check.warningFr()));
        } else if (insee != null && !insee.equals(check.inseeCode())) {
          warnings.add(
              new FieldWarning(
                  StandardField.CODE_INSEE, insee, check.warning(), check.warningFr()));
        }
      }
      case INCONSISTENT ->
          warnings.add(
              new FieldWarning(
                  StandardField.CODE_POSTAL,
                  postcode + " / " + (insee == null ? "" : insee + " / ") + commune.value(),
                  check.warning(),
                  check.warningFr()));
      case UNKNOWN ->
          warnings.add(
              new FieldWarning(
                  StandardField.COMMUNE,
                  commune.value(),
                  check.warning() == null ? "Unknown commune." : check.warning(),
                  check.warningFr() == null ? "Commune inconnue." : check.warningFr()));
    }
    Coordinates coordinates = record.coordinates();
    String precision = SOURCE_PRECISION;
    boolean replaced = false;
    if (coordinates != null && code != null) {
      coordinates = checkedAgainstCommune(coordinates, code.value(), postcode, warnings);
      replaced = coordinates == null;
    }
    boolean repeatable = coordinates != null || geocoder.sameAnswerEachTime();
    if (coordinates == null) {
      Optional<GeocodedPosition> position =
          geocoder.geocode(
              new GeocodingQuery(
                  record.adresse().value(),
                  postcode,
                  commune.value(),
                  code == null ? null : code.value()));
      if (position.isPresent()) {
        GeocodedPosition p = position.get();
        coordinates = new Coordinates(p.latitude(), p.longitude());
        precision = p.precision().name();
        if (!replaced) {
          warnings.add(
              warning(
                  StandardField.LATITUDE,
                  null,
                  "place.geocoded",
                  p.label(),
                  precision,
                  precision.toLowerCase(java.util.Locale.ROOT)));
        }
      } else {
        precision = null;
        warnings.add(warning(StandardField.LATITUDE, null, "place.unplaced"));
      }
    }
    return new Placed(record.withPlace(commune, code, coordinates), precision, repeatable);
  }

  /**
   * The source's position when it lies in (or within {@value #TOLERANCE_KM} km of) the box of the
   * commune the row names; the same with latitude and longitude exchanged when that one does; else
   * {@code null}, so that the venue is placed by the geocoder, with a warning saying why.
   */
  private Coordinates checkedAgainstCommune(
      Coordinates given, String insee, String postcode, List<FieldWarning> warnings) {
    var commune = communes.byInsee(insee);
    var extent = commune.flatMap(CommuneExtents.get()::of);
    if (extent.isEmpty()) {
      return given;
    }
    double outside = extent.get().kilometresOutside(given.latitude(), given.longitude());
    if (outside <= TOLERANCE_KM) {
      return given;
    }
    String value = given.latitude() + ", " + given.longitude();
    String name = commune.get().name();
    String km = String.format(java.util.Locale.ROOT, "%.0f", outside);
    if (Math.abs(given.longitude()) <= 90
        && extent.get().kilometresOutside(given.longitude(), given.latitude()) <= TOLERANCE_KM) {
      warnings.add(warning(StandardField.LATITUDE, value, "place.exchanged", name));
      return new Coordinates(given.longitude(), given.latitude());
    }
    if (kilometresFromPostcodeArea(given, postcode) <= TOLERANCE_KM) {
      // La Poste writes the town of the post office ("58110 CHATILLON-EN-BAZOIS") for the villages
      // it serves: the position may well be right and the commune the post office's.
      warnings.add(
          warning(StandardField.COMMUNE, value, "place.kept.in.postcode", km, name, postcode));
      return given;
    }
    warnings.add(warning(StandardField.LATITUDE, value, "place.replaced", km, name));
    return null;
  }

  /** A warning on {@code field} whose texts are the message {@code key} of the feed's bundle. */
  private static FieldWarning warning(
      StandardField field, String value, String key, Object... arguments) {
    Message message = Message.of(MESSAGES, key, arguments);
    return new FieldWarning(field, value, message.en(), message.fr());
  }

  /** Kilometres from a point to the nearest box of the communes served by the postcode. */
  private double kilometresFromPostcodeArea(Coordinates point, String postcode) {
    double nearest = Double.MAX_VALUE;
    for (var commune : communes.byPostcode(postcode)) {
      var extent = CommuneExtents.get().of(commune);
      if (extent.isPresent()) {
        nearest =
            Math.min(nearest, extent.get().kilometresOutside(point.latitude(), point.longitude()));
      }
    }
    return nearest;
  }
}
