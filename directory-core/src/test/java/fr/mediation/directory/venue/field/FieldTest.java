package fr.mediation.directory.venue.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class FieldTest {

  private static Field.Row row(String raw) {
    return new Field.Row() {
      @Override
      public String raw(StandardField field) {
        return raw;
      }

      @Override
      public <V> V value(Field<V> field) {
        throw new UnsupportedOperationException();
      }
    };
  }

  @Test
  void aFieldOfOneLabelOfAClosedListReadsItsSpellingsAndRefusesOthersListingTheLabels() {
    Field<String> field = Field.oneOf(StandardField.SOURCE, "Oui", "Non", "Inconnu");

    assertThat(field.parse(row(" oui "))).isEqualTo("Oui");
    assertThat(field.parse(row("INCONNU"))).isEqualTo("Inconnu");
    assertThat(field.parse(row(null))).isNull();
    assertThat(field.text("Non")).isEqualTo("Non");
    assertThat(field.stored("Non")).isEqualTo("Non");
    assertThat(field.shape()).isEqualTo(Field.Shape.TEXT);

    InvalidFieldException e =
        catchThrowableOfType(InvalidFieldException.class, () -> field.parse(row("peut-être")));
    assertThat(e.field()).isEqualTo(StandardField.SOURCE);
    assertThat(e.getMessage()).contains("'peut-être'", "Oui, Non, Inconnu");
  }

  @Test
  void aFieldsPlaceInV0IsDeclaredOnce() {
    Field<String> field = Field.text(StandardField.SOURCE, 10);
    assertThat(field.v0()).isNull();

    field.notInV0();

    assertThat(field.v0().notInV0()).isTrue();
    assertThat(catchThrowableOfType(IllegalStateException.class, () -> field.v0("source")))
        .isNotNull();
  }
}
