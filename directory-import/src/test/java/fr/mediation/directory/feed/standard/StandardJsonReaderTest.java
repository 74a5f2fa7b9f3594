package fr.mediation.directory.feed.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mediation.directory.feed.FeedFormatException;
import fr.mediation.directory.feed.SourceRow;
import fr.mediation.directory.venue.field.StandardField;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardJsonReaderTest {

  private static List<SourceRow> read(String json) {
    return StandardJsonReader.read(new StringReader(json));
  }

  @Test
  void readsAnArrayOfVenuesWithListsAsArraysOrPipes() {
    List<SourceRow> rows =
        read(
            """
            [
              {"id": "a", "nom": "Lieu A", "latitude": 48.85, "longitude": 2.35,
               "services": ["Aide aux démarches administratives", "Loisirs et créations numériques"],
               "frais_a_charge": "Gratuit|Payant", "telephone": null, "inconnu": {"x": 1}},
              {"id": "b", "code_postal": 75001}
            ]
            """);

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).values())
        .containsEntry(StandardField.LATITUDE, "48.85")
        .containsEntry(
            StandardField.SERVICES,
            "Aide aux démarches administratives|Loisirs et créations numériques")
        .containsEntry(StandardField.FRAIS_A_CHARGE, "Gratuit|Payant")
        .doesNotContainKey(StandardField.TELEPHONE);
    assertThat(rows.get(1).values()).containsEntry(StandardField.CODE_POSTAL, "75001");
    assertThat(rows.get(1).number()).isEqualTo(2);
  }

  @Test
  void rejectsSomethingOtherThanAnArray() {
    assertThatThrownBy(() -> read("{\"id\": \"a\"}"))
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("array");
  }

  @Test
  void rejectsBrokenJsonWithItsPosition() {
    assertThatThrownBy(() -> read("[\n{\"id\": \"a\",,}\n]"))
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void rejectsAnArrayOfNonObjects() {
    assertThatThrownBy(() -> read("[1, 2]"))
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("element 1");
  }
}
