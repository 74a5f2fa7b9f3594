package fr.mediation.directory.geo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An offline geocoder at the precision of the commune, on the {@link Communes} reference: it never
 * reads the street, and answers with the centre of a commune (or municipal arrondissement).
 *
 * <p>It tries, in order, and answers with the first that locates something:
 *
 * <ol>
 *   <li>the INSEE code, when the reference knows it (a former commune's code gives the former
 *       commune, or its current commune when the reference has no position for it; Paris's, Lyon's
 *       or Marseille's code with the postcode of one arrondissement gives the arrondissement):
 *       {@link Precision#COMMUNE};
 *   <li>the postcode and the commune name, as {@link Communes#find(String, String)} matches them,
 *       or else {@link Communes#findApproximately(String, String)} (a name that changed, or that La
 *       Poste shortens): {@link Precision#COMMUNE};
 *   <li>the postcode alone: the commune, when it is the postcode of one commune only ({@link
 *       Precision#COMMUNE}); when several communes share it, the most populated of them, with the
 *       coarser {@link Precision#POSTCODE} so that callers can tell (it is usually the town that
 *       gives the postcode its name, and the others lie within a few kilometres);
 *   <li>the commune name alone, when it is the name of one commune only in France: {@link
 *       Precision#COMMUNE}.
 * </ol>
 *
 * When the query has neither postcode nor commune name, they are read from the end of the address
 * ("… 75002 Paris").
 */
public final class GazetteerGeocoder implements Geocoder {

  private static final Pattern POSTCODE_AND_COMMUNE =
      Pattern.compile("(?:^|[\\s,])(\\d{5})(?:\\s+(\\p{L}[^\\d,]*?))?\\s*$");

  private final Communes communes;

  /** A geocoder on the reference of the classpath, {@link Communes#get()}. */
  public GazetteerGeocoder() {
    this(Communes.get());
  }

  public GazetteerGeocoder(Communes communes) {
    this.communes = Objects.requireNonNull(communes, "communes");
  }

  @Override
  public Optional<GeocodedPosition> geocode(GeocodingQuery query) {
    Objects.requireNonNull(query, "query");
    String givenPostcode = CommuneNames.postcode(query.postcode());
    String givenName = blankToNull(query.communeName());
    if (givenPostcode == null && givenName == null && query.address() != null) {
      Matcher tail = POSTCODE_AND_COMMUNE.matcher(query.address().strip());
      if (tail.find()) {
        givenPostcode = tail.group(1);
        givenName = blankToNull(tail.group(2));
      }
    }
    String postcode = givenPostcode;
    String name = givenName;

    if (query.inseeCode() != null) {
      Optional<GeocodedPosition> byCode =
          communes
              .byInsee(query.inseeCode())
              .flatMap(c -> locate(communes.refine(c, postcode), Precision.COMMUNE, ""));
      if (byCode.isPresent()) {
        return byCode;
      }
    }
    if (postcode != null && name != null) {
      Optional<GeocodedPosition> byName =
          communes
              .find(postcode, name)
              .or(() -> communes.findApproximately(postcode, name))
              .flatMap(c -> locate(c, Precision.COMMUNE, ""));
      if (byName.isPresent()) {
        return byName;
      }
    }
    if (postcode != null) {
      List<Commune> shared = communes.byPostcode(postcode);
      if (shared.size() == 1) {
        return locate(shared.getFirst(), Precision.COMMUNE, "");
      }
      for (Commune c : shared) {
        Optional<GeocodedPosition> main =
            locate(
                c,
                Precision.POSTCODE,
                ", most populated of " + shared.size() + " communes with postcode " + postcode);
        if (main.isPresent()) {
          return main;
        }
      }
    }
    if (name != null) {
      return communes.find(null, name).flatMap(c -> locate(c, Precision.COMMUNE, ""));
    }
    return Optional.empty();
  }

  /** The commune's position, or its current commune's for a former commune without one. */
  private Optional<GeocodedPosition> locate(Commune c, Precision precision, String note) {
    if (c.hasPosition()) {
      return Optional.of(
          new GeocodedPosition(c.latitude(), c.longitude(), precision, c + note, c.insee()));
    }
    Commune current = communes.currentOf(c);
    if (current != c && current.hasPosition()) {
      return Optional.of(
          new GeocodedPosition(
              current.latitude(),
              current.longitude(),
              precision,
              c.name() + ", part of " + current + note,
              c.insee()));
    }
    return Optional.empty();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The commune reference is the build's own. */
  @Override
  public boolean sameAnswerEachTime() {
    return true;
  }
}
