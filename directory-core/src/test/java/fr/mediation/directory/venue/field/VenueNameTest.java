package fr.mediation.directory.venue.field;

import static fr.mediation.directory.venue.field.Rejections.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VenueNameTest {

  @Test
  void acceptsTheStandardExample() {
    assertThat(new VenueName("Anonymal").value()).isEqualTo("Anonymal");
  }

  @Test
  void collapsesWhitespaceIncludingNonBreakingSpaces() {
    assertThat(new VenueName("  Espace\u00a0 numérique\t\n de  Reims\u202f ").value())
        .isEqualTo("Espace numérique de Reims");
  }

  @Test
  void removesZeroWidthCharacters() {
    assertThat(new VenueName("\ufeffMédiathèque\u200b").value()).isEqualTo("Médiathèque");
  }

  @Test
  void accepts250Characters() {
    assertThat(new VenueName("é".repeat(250)).value()).hasSize(250);
  }

  @Test
  void rejectsNameLongerThan250Characters() {
    String name = "a".repeat(251);
    InvalidFieldException e = rejection(() -> new VenueName(name));
    assertThat(e.field()).isEqualTo(StandardField.NOM);
    assertThat(e.value()).isEqualTo(name);
    assertThat(e.getMessage())
        .isEqualTo("Invalid name: '" + name + "'. Expected at most 250 characters.");
  }

  @Test
  void rejectsBlankNameAsMissing() {
    InvalidFieldException e = rejection(() -> new VenueName("\u00a0 "));
    assertThat(e.field()).isEqualTo(StandardField.NOM);
    assertThat(e.getMessage()).isEqualTo("Missing name. This field is required.");
    assertThat(e.frenchMessage()).isEqualTo("Champ nom manquant. Ce champ est obligatoire.");
  }

  @Test
  void rejectsNullNameAsMissing() {
    assertThat(rejection(() -> new VenueName(null)).field()).isEqualTo(StandardField.NOM);
  }
}
