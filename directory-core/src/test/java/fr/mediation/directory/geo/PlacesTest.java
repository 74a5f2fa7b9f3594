package fr.mediation.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.geo.Places.Place;
import fr.mediation.directory.geo.Places.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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

  @Test
  void exactNamesComeFirstThenPopulation() {
    List<Place> found = PLACES.find("Saint-Denis", 20);
    // Four communes are called Saint-Denis (Aude, Gard, Seine-Saint-Denis, La Réunion): before
    // Saint-Denis-en-Val or Saint-Denis-lès-Bourg, however larger these are.
    assertThat(found.subList(0, 4))
        .allSatisfy(p -> assertThat(p.commune().name()).isEqualTo("Saint-Denis"))
        .extracting(p -> p.commune().departement())
        .containsExactlyInAnyOrder("93", "974", "11", "30");
    assertThat(found.subList(0, 4))
        .extracting(p -> p.commune().population())
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(found.get(4).commune().name()).isNotEqualTo("Saint-Denis");
    assertThat(PLACES.find("st denis", 4)).isEqualTo(found.subList(0, 4));
  }

  @Test
  void readsLigaturesApostrophesAndHyphensAsPeopleTypeThem() {
    for (String typed : new String[] {"Bœrsch", "Boersch", "BOERSCH", "bœrsch"}) {
      assertThat(names(typed)).as(typed).first().isEqualTo("Bœrsch");
    }
    for (String typed : new String[] {"Cœuvres", "Coeuvres", "coeuvres et valsery"}) {
      assertThat(names(typed)).as(typed).first().isEqualTo("Cœuvres-et-Valsery");
    }
    for (String typed :
        new String[] {
          "L'Haÿ-les-Roses", "L’Haÿ-les-Roses", "l hay les roses", "L'Hay", "lhay les roses"
        }) {
      assertThat(names(typed)).as(typed).contains("L'Haÿ-les-Roses");
    }
    assertThat(names("Haÿ-les-Roses")).contains("L'Haÿ-les-Roses");
  }

  @Test
  void findsArrondissementsByHowPeopleWriteThem() {
    assertThat(PLACES.find("Paris 15e", 1).getFirst().commune().insee()).isEqualTo("75115");
    assertThat(PLACES.find("paris 15eme", 1).getFirst().commune().insee()).isEqualTo("75115");
    assertThat(PLACES.find("Lyon 3e", 1).getFirst().commune().insee()).isEqualTo("69383");
    assertThat(PLACES.find("Marseille", 1).getFirst().commune().insee()).isEqualTo("13055");
    assertThat(PLACES.find("Marseille 13e", 1).getFirst().commune().insee()).isEqualTo("13213");
  }

  /**
   * Every current commune and arrondissement of the reference, looked up by its name as written and
   * as people type it (no accents, upper case, spaces for hyphens, ’ for ', "St" for "Saint"): it
   * is found, and every place whose name is exactly what was typed comes before the others.
   */
  @Test
  void everyCommuneIsFoundByItsNameBeforeAnyInexactMatch() {
    Communes communes = Communes.get();
    Map<String, Long> homonyms =
        communes.all().stream()
            .filter(Commune::isCurrent)
            .collect(Collectors.groupingBy(c -> Places.key(c.name()), Collectors.counting()));
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Commune commune : communes.all()) {
      if (!commune.isCurrent()) {
        continue;
      }
      String name = commune.name();
      List<Function<String, String>> spellings =
          List.of(
              n -> n,
              n ->
                  java.text.Normalizer.normalize(n, java.text.Normalizer.Form.NFD)
                      .replaceAll("\\p{M}", "")
                      .toUpperCase(java.util.Locale.ROOT),
              n -> n.replace('-', ' ').replace('\'', '’'),
              n -> n.replace("Saint-", "St-").replace("Sainte-", "Ste-"));
      for (Function<String, String> spelling : spellings) {
        String typed = spelling.apply(name);
        int limit = (int) Math.max(10, homonyms.get(Places.key(name)) + 1);
        List<Place> found = PLACES.find(typed, limit);
        checked++;
        int position = -1;
        int lastExact = -1;
        int firstInexact = Integer.MAX_VALUE;
        for (int i = 0; i < found.size(); i++) {
          Commune c = found.get(i).commune();
          if (c.equals(commune)) {
            position = i;
          }
          if (Places.key(c.name()).equals(Places.key(typed))) {
            lastExact = i;
          } else {
            firstInexact = Math.min(firstInexact, i);
          }
        }
        if (position < 0 || lastExact > firstInexact) {
          failures.add(typed + " -> " + found.stream().map(p -> p.commune().toString()).toList());
        }
      }
    }
    assertThat(checked).isGreaterThan(4 * 34_000);
    assertThat(failures).as(failures.size() + " lookups failed").isEmpty();
  }
}
