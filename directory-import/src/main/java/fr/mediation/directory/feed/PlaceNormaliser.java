package fr.mediation.directory.feed;

import fr.mediation.directory.feed.mapping.FieldWarning;
import fr.mediation.directory.geo.CommuneCheck;
import fr.mediation.directory.geo.Communes;
import fr.mediation.directory.geo.GeocodedPosition;
import fr.mediation.directory.geo.Geocoder;
import fr.mediation.directory.geo.GeocodingQuery;
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
 * postcode, code and name contradict each other (the source's values are then kept); and, when the
 * source gives no position, the position a {@link Geocoder} finds, with its precision.
 */
public final class PlaceNormaliser {

  /** Precision recorded for a position the source gave. */
  public static final String SOURCE_PRECISION = "SOURCE";

  private final Communes communes;
  private final Geocoder geocoder;

  public PlaceNormaliser(Communes communes, Geocoder geocoder) {
    this.communes = communes;
    this.geocoder = geocoder;
  }

  /** A venue placed, and how precisely. */
  public record Placed(VenueRecord record, String positionPrecision) {}

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
        if (insee != null && !insee.equals(check.inseeCode())) {
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
        warnings.add(
            new FieldWarning(
                StandardField.LATITUDE,
                null,
                "No coordinates in the file: placed at " + p.label() + " (" + precision + ").",
                "Pas de coordonnées dans le fichier : lieu placé au centre de "
                    + p.label()
                    + " (précision : "
                    + precision.toLowerCase(java.util.Locale.ROOT)
                    + ")."));
      } else {
        precision = null;
        warnings.add(
            new FieldWarning(
                StandardField.LATITUDE,
                null,
                "No coordinates in the file and the address could not be placed: the venue is not"
                    + " on the map.",
                "Pas de coordonnées dans le fichier et l'adresse n'a pas pu être située : le lieu"
                    + " n'apparaît pas sur la carte."));
      }
    }
    return new Placed(record.withPlace(commune, code, coordinates), precision);
  }
}
