package fr.mediation.directory.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.StandardField;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The refusals of the registry's fields read their two languages from the field bundle. */
class FieldRefusalTextsTest {

  private static void refused(Map<StandardField, String> row, String expected, String expectedFr) {
    assertThatThrownBy(() -> VenueRecord.parse(row))
        .isInstanceOfSatisfying(
            InvalidRowException.class,
            e ->
                assertThat(e.errors())
                    .extracting(InvalidFieldException::expected, InvalidFieldException::expectedFr)
                    .containsExactly(tuple(expected, expectedFr)));
  }

  @Test
  void aTooLongTextSaysItsLimitAndLength() {
    Map<StandardField, String> row = FieldRoundTripTest.everyField();
    row.put(StandardField.SOURCE, "x".repeat(1234));
    refused(
        row, "Expected at most 250 characters, got 1234.", "250 caractères au plus, 1234 reçus.");
  }

  @Test
  void aLatitudeWithoutLongitudeIsRefusedInBothLanguages() {
    Map<StandardField, String> row = FieldRoundTripTest.everyField();
    row.remove(StandardField.LONGITUDE);
    refused(
        row,
        "Latitude and longitude go together: one without the other cannot be placed.",
        "La latitude et la longitude vont ensemble : l'une sans l'autre ne situe rien.");
  }
}
