package fr.mediation.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.geo.Places.Place;
import fr.mediation.directory.geo.Places.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacesTest {

  private static final Places PLACES = Places.get();

  private static List<String> names(String typed) {
    return PLACES.find(typed, 5).stream().map(p -> p.commune().name()).toList();
  }

  @Test
  void findsACommuneByThePrefixBeingTyped() {
    assertThat(names("Bordea")).first().isEqualTo("Bordeaux");
    assertThat(PLACES.find("bordeaux", 1).getFirst().commune().insee()).isEqualTo("33063");
  }

  @Test
  void ignoresAccentsCaseAndHyphens() {
    assertThat(names("saint etienne")).first().isEqualTo("Saint-Étienne");
    assertThat(names("SAINT-ÉTIENNE")).first().isEqualTo("Saint-Étienne");
  }

  @Test
  void readsStAsSaint() {
    assertThat(names("st etienne")).first().isEqualTo("Saint-Étienne");
    assertThat(names("ste genevieve des bois")).contains("Sainte-Geneviève-des-Bois");
  }

  @Test
  void forgivesATypo() {
    assertThat(names("Montpelier")).first().isEqualTo("Montpellier");
    assertThat(names("Toulousse")).first().isEqualTo("Toulouse");
  }

  @Test
  void findsTheArrondissementsOfParisLyonAndMarseille() {
    Place paris15 = PLACES.find("Paris 15", 1).getFirst();
    assertThat(paris15.type()).isEqualTo(Type.ARRONDISSEMENT);
    assertThat(paris15.commune().insee()).isEqualTo("75115");
    assertThat(PLACES.find("lyon 3eme", 1).getFirst().commune().insee()).isEqualTo("69383");
    assertThat(PLACES.find("Marseille 1er", 1).getFirst().commune().insee()).isEqualTo("13201");
  }

  @Test
  void largerPlacesComeFirst() {
    // Several communes are called Valence; the préfecture of the Drôme is the largest.
    assertThat(PLACES.find("Valence", 1).getFirst().commune().insee()).isEqualTo("26362");
  }

  @Test
  void findsPostcodesByPrefix() {
    List<Place> places = PLACES.find("7501", 20);
    assertThat(places).isNotEmpty().allSatisfy(p -> assertThat(p.postcode()).startsWith("7501"));
    assertThat(places).allSatisfy(p -> assertThat(p.type()).isEqualTo(Type.CODE_POSTAL));
    assertThat(PLACES.find("97400", 1).getFirst().commune().name()).isEqualTo("Saint-Denis");
  }

  @Test
  void findsOverseasCommunes() {
    assertThat(PLACES.find("fort de france", 1).getFirst().commune().insee()).isEqualTo("97209");
  }

  @Test
  void findsACommuneByItsInseeCode() {
    assertThat(PLACES.find("33063", 1).getFirst().commune().name()).isEqualTo("Bordeaux");
  }

  @Test
  void nothingForBlankOrUnknownText() {
    assertThat(PLACES.find("  ", 5)).isEmpty();
    assertThat(PLACES.find("xqzwv", 5)).isEmpty();
  }
}
