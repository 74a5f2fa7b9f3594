package fr.mediation.directory.venue.field;

import static fr.mediation.directory.venue.field.Rejections.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommuneTest {

  @Test
  void acceptsTheStandardExample() {
    assertThat(new Commune("Reims").value()).isEqualTo("Reims");
  }

  @Test
  void collapsesWhitespace() {
    assertThat(new Commune("  Saint-Denis\u00a0\u00a0 ").value()).isEqualTo("Saint-Denis");
    assertThat(new Commune("Paris   15e  Arrondissement").value())
        .isEqualTo("Paris 15e Arrondissement");
  }

  @Test
  void acceptsNamesWithApostrophesAndAccents() {
    assertThat(new Commune("L'Haÿ-les-Roses").value()).isEqualTo("L'Haÿ-les-Roses");
  }

  @ParameterizedTest
  @ValueSource(strings = {"75001", "-", "12 34"})
  void rejectsCommuneWithoutLetters(String raw) {
    InvalidFieldException e = rejection(() -> new Commune(raw));
    assertThat(e.field()).isEqualTo(StandardField.COMMUNE);
    assertThat(e.value()).isEqualTo(raw);
    assertThat(e.expectedFr()).isEqualTo("Nom de commune attendu, par exemple Reims.");
  }

  @Test
  void rejectsCommuneLongerThan100Characters() {
    String name = "a".repeat(101);
    assertThat(rejection(() -> new Commune(name)).expected())
        .isEqualTo("Expected at most 100 characters.");
  }

  @Test
  void rejectsBlankCommuneAsMissing() {
    assertThat(rejection(() -> new Commune("")).getMessage())
        .isEqualTo("Missing commune. This field is required.");
  }
}
