package fr.mediation.directory.venue.field;

import static fr.mediation.directory.venue.field.Rejections.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummaryTest {

  private static final String EXAMPLE =
      "Notre association propose des formations aux outils numériques à destination des"
          + " personnes âgées.";

  @Test
  void acceptsTheStandardExample() {
    assertThat(new Summary(EXAMPLE).value()).isEqualTo(EXAMPLE);
  }

  @Test
  void collapsesWhitespaceAndLineBreaks() {
    assertThat(new Summary("Ateliers\r\n\r\nnumériques  pour\u00a0tous ").value())
        .isEqualTo("Ateliers numériques pour tous");
  }

  @Test
  void accepts280CharactersCountedAsPeopleDo() {
    String text = "é".repeat(279) + "\uD83D\uDE00"; // an emoji is one character
    assertThat(new Summary(text).value()).isEqualTo(text);
  }

  @Test
  void rejectsSummaryLongerThan280Characters() {
    String text = "a".repeat(281);
    InvalidFieldException e = rejection(() -> new Summary(text));
    assertThat(e.field()).isEqualTo(StandardField.PRESENTATION_RESUME);
    assertThat(e.value()).isEqualTo(text);
    assertThat(e.getMessage()).endsWith("'. Expected at most 280 characters.");
    assertThat(e.expectedFr()).isEqualTo("280 caractères au maximum.");
  }

  @Test
  void rejectsBlankSummary() {
    InvalidFieldException e = rejection(() -> new Summary("  "));
    assertThat(e.field()).isEqualTo(StandardField.PRESENTATION_RESUME);
    assertThat(e.getMessage()).isEqualTo("Missing summary. Expected a non-blank value.");
  }
}
