package fr.mediation.directory.venue.field;

import static fr.mediation.directory.venue.field.Rejections.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalIdTest {

  @Test
  void acceptsTheStandardExample() {
    assertThat(new LocalId("structure-1").value()).isEqualTo("structure-1");
  }

  @Test
  void trimsSurroundingSpaces() {
    assertThat(new LocalId("  abc 123 \u00a0").value()).isEqualTo("abc 123");
  }

  @Test
  void acceptsAUuid() {
    assertThat(new LocalId("0f8fad5b-d9cb-469f-a165-70867728950e").value())
        .isEqualTo("0f8fad5b-d9cb-469f-a165-70867728950e");
  }

  @Test
  void accepts255Characters() {
    String id = "a".repeat(255);
    assertThat(new LocalId(id).value()).isEqualTo(id);
  }

  @Test
  void rejects256Characters() {
    String id = "a".repeat(256);
    InvalidFieldException e = rejection(() -> new LocalId(id));
    assertThat(e.field()).isEqualTo(StandardField.ID);
    assertThat(e.value()).isEqualTo(id);
    assertThat(e.expected()).isEqualTo("Expected at most 255 characters.");
    assertThat(e.expectedFr()).isEqualTo("255 caractères au maximum.");
  }

  @Test
  void rejectsBlankAsMissing() {
    InvalidFieldException e = rejection(() -> new LocalId(" \t "));
    assertThat(e.field()).isEqualTo(StandardField.ID);
    assertThat(e.getMessage()).isEqualTo("Missing identifier. This field is required.");
  }

  @Test
  void rejectsNullAsMissing() {
    assertThat(rejection(() -> new LocalId(null)).value()).isNull();
  }

  @Test
  void printsAsItsValue() {
    assertThat(new LocalId("structure-1")).hasToString("structure-1");
  }
}
