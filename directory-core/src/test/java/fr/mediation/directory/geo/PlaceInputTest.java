package fr.mediation.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.geo.PlaceInput.Choices;
import fr.mediation.directory.geo.PlaceInput.Found;
import fr.mediation.directory.geo.PlaceInput.Resolution;
import fr.mediation.directory.geo.PlaceInput.Unknown;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceInputTest {

  private static List<String> inseeCodes(Resolution r) {
    return switch (r) {
      case Found f -> List.of(f.place().commune().insee());
      case Choices c -> c.places().stream().map(p -> p.commune().insee()).toList();
      case Unknown u -> List.of();
    };
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Besançon|25056",
        "besancon|25056",
        "BESANÇON|25056",
        "Besançon (25000)|25056",
        "25000 Besançon|25056",
        "Saint-Étienne|42218",
        "St Etienne|42218",
        "st-étienne (42000)|42218",
        "Évreux|27229",
        "Nîmes|30189",
        "Orléans|45234",
        "Nouméa|98818",
        "L'Haÿ-les-Roses|94038",
        "L’Haÿ-les-Roses|94038",
        "l hay les roses|94038",
        "Bœrsch|67052",
        "Boersch|67052",
        "Paris 15e|75115",
        "75015|75115",
        "Lyon 3e|69383",
        "25000|25056"
      })
  void readsWhatPeopleWrite(String written, String insee) {
    Resolution r = PlaceInput.resolve(written);
    assertThat(r).as(written).isInstanceOf(Found.class);
    assertThat(inseeCodes(r)).as(written).containsExactly(insee);
  }

  @Test
  void homonymsAreAllOfferedEachWithItsDepartement() {
    Resolution r = PlaceInput.resolve("Saint-Denis");

    assertThat(r).isInstanceOf(Choices.class);
    Choices choices = (Choices) r;
    assertThat(choices.exact()).isTrue();
    // La Réunion's and Seine-Saint-Denis's (most populated) first, then Aude's and Gard's.
    assertThat(inseeCodes(r)).startsWith("97411", "93066").contains("11339", "30247");
    assertThat(choices.places().stream().map(PlaceInput.Place::labelWithDepartement))
        .contains("Saint-Denis (11310, Aude)", "Saint-Denis (93200, Seine-Saint-Denis)");
  }

  @Test
  void aChoiceIsFoundAgainByItsInseeCode() {
    assertThat(inseeCodes(PlaceInput.byInsee("30247", "30500"))).containsExactly("30247");
  }

  @Test
  void aMisspelledNameOffersTheClosestNames() {
    Resolution r = PlaceInput.resolve("Besancn");

    assertThat(r).isInstanceOf(Choices.class);
    assertThat(((Choices) r).exact()).isFalse();
    assertThat(inseeCodes(r)).contains("25056");
  }

  @Test
  void nonsenseIsUnknown() {
    assertThat(PlaceInput.resolve("Xyzzyville")).isInstanceOf(Unknown.class);
    assertThat(PlaceInput.resolve("   ")).isInstanceOf(Unknown.class);
  }

  /**
   * Every current commune and arrondissement with a position, written exactly as the official list
   * names it (accents, œ, apostrophes, hyphens), is found: alone, or among its homonyms.
   */
  @Test
  void everyOfficialNameFindsItsCommune() {
    List<String> missed = new ArrayList<>();
    int checked = 0;
    for (Commune c : Communes.get().all()) {
      if (!c.isCurrent() || !c.hasPosition()) {
        continue;
      }
      checked++;
      Resolution r = PlaceInput.resolve(c.name());
      boolean exact = r instanceof Found || r instanceof Choices ch && ch.exact();
      if (!exact || !inseeCodes(r).contains(c.insee())) {
        missed.add(c + " -> " + r);
      }
    }
    assertThat(checked).isGreaterThan(34_000);
    assertThat(missed).isEmpty();
  }

  /** The same with the name as people type it: lower case, without accents or hyphens. */
  @Test
  void everyNameTypedWithoutAccentsOrHyphensFindsItsCommune() {
    List<String> missed = new ArrayList<>();
    for (Commune c : Communes.get().all()) {
      if (!c.isCurrent() || !c.hasPosition()) {
        continue;
      }
      String typed =
          java.text.Normalizer.normalize(c.name(), java.text.Normalizer.Form.NFD)
              .replaceAll("\\p{M}", "")
              .replace("œ", "oe")
              .replace("Œ", "Oe")
              .replaceAll("[-']", " ")
              .toLowerCase(java.util.Locale.ROOT);
      if (!inseeCodes(PlaceInput.resolve(typed)).contains(c.insee())) {
        missed.add(c + " typed " + typed);
      }
    }
    assertThat(missed).isEmpty();
  }
}
