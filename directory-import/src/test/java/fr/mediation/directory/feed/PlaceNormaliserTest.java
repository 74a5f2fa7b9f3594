package fr.mediation.directory.feed;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.feed.mapping.FieldWarning;
import fr.mediation.directory.geo.Communes;
import fr.mediation.directory.geo.GazetteerGeocoder;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.StandardField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceNormaliserTest {

  private static final PlaceNormaliser PLACES =
      new PlaceNormaliser(Communes.get(), new GazetteerGeocoder());

  private static VenueRecord record(String commune, String postcode, String lat, String lon) {
    Map<StandardField, String> row = new EnumMap<>(StandardField.class);
    row.put(StandardField.ID, "lieu-1");
    row.put(StandardField.PIVOT, "00000000000000");
    row.put(StandardField.NOM, "Médiathèque");
    row.put(StandardField.COMMUNE, commune);
    row.put(StandardField.CODE_POSTAL, postcode);
    row.put(StandardField.ADRESSE, "1 rue de la Mairie");
    row.put(StandardField.DATE_MAJ, "2026-01-15");
    if (lat != null) {
      row.put(StandardField.LATITUDE, lat);
      row.put(StandardField.LONGITUDE, lon);
    }
    return VenueRecord.parse(row);
  }

  @Test
  void aPositionInAnotherDepartementIsReplacedByTheGeocodersWithAWarning() {
    // Saint-André (La Réunion), placed in Brest by a hub's geocoder.
    List<FieldWarning> warnings = new ArrayList<>();
    PlaceNormaliser.Placed placed =
        PLACES.place(record("Saint-André", "97440", "48.3904", "-4.4861"), warnings);

    assertThat(placed.record().coordinates().latitude()).isBetween(-21.1, -20.8);
    assertThat(placed.record().coordinates().longitude()).isBetween(55.5, 55.8);
    assertThat(placed.positionPrecision()).isEqualTo("COMMUNE");
    assertThat(warnings)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.field()).isEqualTo(StandardField.LATITUDE);
              assertThat(w.value()).isEqualTo("48.3904, -4.4861");
              assertThat(w.messageFr())
                  .matches("Position à [\\d  ]+ km hors de Saint-André, la commune indiquée.*");
            });
  }

  @Test
  void latitudeAndLongitudeExchangedArePutBackInOrder() {
    List<FieldWarning> warnings = new ArrayList<>();
    PlaceNormaliser.Placed placed =
        PLACES.place(record("Besançon", "25000", "6.0241", "47.2378"), warnings);

    assertThat(placed.record().coordinates().latitude()).isEqualTo(47.2378);
    assertThat(placed.record().coordinates().longitude()).isEqualTo(6.0241);
    assertThat(placed.positionPrecision()).isEqualTo(PlaceNormaliser.SOURCE_PRECISION);
    assertThat(warnings)
        .singleElement()
        .extracting(FieldWarning::messageFr)
        .asString()
        .startsWith("Latitude et longitude étaient inversées");
  }

  @Test
  void aPositionInItsCommuneOrJustAcrossItsBorderIsKept() {
    List<FieldWarning> inside = new ArrayList<>();
    assertThat(
            PLACES
                .place(record("Besançon", "25000", "47.2378", "6.0241"), inside)
                .record()
                .coordinates()
                .latitude())
        .isEqualTo(47.2378);
    assertThat(inside).isEmpty();

    // Chalezeule borders Besançon to the north-east: a venue on the border street.
    List<FieldWarning> border = new ArrayList<>();
    PLACES.place(record("Chalezeule", "25220", "47.2600", "6.0700"), border);
    assertThat(border).isEmpty();
  }

  @Test
  void aLocalityInTheCommuneColumnGivesTheRealCommuneWithAWarningNamingIt() {
    List<FieldWarning> warnings = new ArrayList<>();
    PlaceNormaliser.Placed placed =
        PLACES.place(record("Les Milles", "13290", null, null), warnings);

    assertThat(placed.record().commune().value()).isEqualTo("Aix-en-Provence");
    assertThat(placed.record().codeInsee().value()).isEqualTo("13001");
    assertThat(warnings)
        .filteredOn(w -> w.field() == StandardField.COMMUNE)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.value()).isEqualTo("Les Milles");
              assertThat(w.messageFr()).contains("« Les Milles »", "Aix-en-Provence");
            });

    List<FieldWarning> reunion = new ArrayList<>();
    assertThat(
            PLACES
                .place(record("Sainte-Clotilde", "97490", null, null), reunion)
                .record()
                .commune()
                .value())
        .isEqualTo("Saint-Denis");
    assertThat(reunion).anySatisfy(w -> assertThat(w.value()).isEqualTo("Sainte-Clotilde"));
  }

  @Test
  void eachWarningSaysTheSameThingInEnglishAndFrenchWordForWord() {
    List<FieldWarning> replaced = new ArrayList<>();
    PLACES.place(record("Saint-André", "97440", "48.3904", "-4.4861"), replaced);
    FieldWarning far = replaced.getFirst();
    String km = far.message().replaceAll("^Position (\\d+) km.*", "$1");
    assertThat(far.message())
        .isEqualTo(
            "Position "
                + km
                + " km outside Saint-André, the commune of the row: replaced by the geocoder's.");
    assertThat(far.messageFr())
        .isEqualTo(
            "Position à "
                + km
                + " km hors de Saint-André, la commune indiquée : remplacée par celle du"
                + " géocodeur.");

    List<FieldWarning> exchanged = new ArrayList<>();
    PLACES.place(record("Besançon", "25000", "6.0241", "47.2378"), exchanged);
    assertThat(exchanged.getFirst().message())
        .isEqualTo("Latitude and longitude were exchanged: put back in order (in Besançon).");
    assertThat(exchanged.getFirst().messageFr())
        .isEqualTo("Latitude et longitude étaient inversées : remises dans l'ordre (à Besançon).");

    List<FieldWarning> geocoded = new ArrayList<>();
    PlaceNormaliser.Placed placed = PLACES.place(record("Besançon", "25000", null, null), geocoded);
    String precision = placed.positionPrecision();
    FieldWarning placedAt =
        geocoded.stream()
            .filter(w -> w.field() == StandardField.LATITUDE)
            .findFirst()
            .orElseThrow();
    String label =
        placedAt.message().replaceAll("^No coordinates in the file: placed at (.*) \\(.*$", "$1");
    assertThat(placedAt.message())
        .isEqualTo("No coordinates in the file: placed at " + label + " (" + precision + ").");
    assertThat(placedAt.messageFr())
        .isEqualTo(
            "Pas de coordonnées dans le fichier : lieu placé au centre de "
                + label
                + " (précision : "
                + precision.toLowerCase(java.util.Locale.ROOT)
                + ").");
  }
}
