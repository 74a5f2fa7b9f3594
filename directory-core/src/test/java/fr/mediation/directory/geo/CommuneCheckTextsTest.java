package fr.mediation.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the commune check tells an importer, word for word in both languages, for inputs that reach
 * each of its explanations: a snapshot ({@code commune-check-texts.txt}), so that a change of
 * wording is a visible change of that file, not a side effect.
 */
class CommuneCheckTextsTest {

  private static final String SNAPSHOT = "commune-check-texts.txt";

  /** Postcode, INSEE code, name; "-" for absent. */
  private static final List<String[]> INPUTS =
      List.of(
          new String[] {"-", "-", "-"},
          new String[] {"7500", "-", "Paris"},
          new String[] {"1300", "1015", "Arboys en Bugey"},
          new String[] {"-", "751XX", "-"},
          new String[] {"-", "99999", "-"},
          new String[] {"51100", "33063", "Reims"},
          new String[] {"-", "33063", "Reims"},
          new String[] {"-", "51454", "Bordeaux"},
          new String[] {"51100", "-", "Atlantis"},
          new String[] {"-", "-", "Atlantis"},
          new String[] {"33000", "75056", "-"},
          new String[] {"69003", "69123", "Lyon"},
          new String[] {"75015", "-", "Paris 15"},
          new String[] {"01300", "01340", "Saint-Bois"},
          new String[] {"57220", "-", "VARIZE"},
          new String[] {"01300", "-", "-"},
          new String[] {"75001", "-", "-"},
          new String[] {"99999", "-", "-"},
          new String[] {"13290", "-", "Les Milles"},
          new String[] {"51100", "-", "reims"},
          new String[] {"51100", "-", "Reim"},
          new String[] {"51100", "51454", "Reims"},
          new String[] {"69001", "-", "Paris"},
          new String[] {"20000", "2A004", "Ajaccio"},
          new String[] {"-", "51454", "Atlantis"},
          new String[] {"51000", "51454", "-"});

  private static String text(Communes communes, String[] input) {
    CommuneCheck check = communes.check(absent(input[0]), absent(input[1]), absent(input[2]));
    return String.join(" | ", input)
        + "\n  "
        + check.status()
        + "\n  en: "
        + check.warning()
        + "\n  fr: "
        + check.warningFr()
        + "\n";
  }

  private static String absent(String value) {
    return "-".equals(value) ? null : value;
  }

  @Test
  void theCheckExplainsEachCaseWithTheWordsOfTheSnapshotInBothLanguages() throws IOException {
    Communes communes = Communes.get();
    List<String> texts = new ArrayList<>();
    for (String[] input : INPUTS) {
      texts.add(text(communes, input));
    }
    String actual = String.join("", texts);
    String expected;
    try (InputStream in = CommuneCheckTextsTest.class.getResourceAsStream(SNAPSHOT)) {
      expected = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .as("the texts of src/test/resources/fr/mediation/directory/geo/" + SNAPSHOT)
        .isEqualTo(expected);
  }
}
