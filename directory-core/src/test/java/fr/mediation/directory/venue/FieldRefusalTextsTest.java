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

  @Test
  void aPositionOutOfRangeIsRefusedInBothLanguages() {
    Map<StandardField, String> row = FieldRoundTripTest.everyField();
    row.put(StandardField.LATITUDE, "91");
    refused(
        row,
        "Expected a number between -90 and 90.",
        "Nombre entre -90 et 90 attendu, par exemple 48.8566.");
    row.put(StandardField.LATITUDE, "48");
    row.put(StandardField.LONGITUDE, "-181");
    refused(
        row,
        "Expected a number between -180 and 180.",
        "Nombre entre -180 et 180 attendu, par exemple 2.3522.");
  }

  @Test
  void aBlankOptionalNameFieldIsRefusedInBothLanguages() {
    Map<StandardField, String> row = FieldRoundTripTest.everyField();
    row.put(StandardField.PRESENTATION_RESUME, "\u200b");
    refused(row, "Expected a non-blank value.", "Une valeur non vide est attendue.");
  }
}
