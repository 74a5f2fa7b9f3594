package fr.mediation.directory.venue.field;

import static fr.mediation.directory.venue.field.Rejections.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostalCodeTest {

  @Test
  void acceptsTheStandardExample() {
    assertThat(new PostalCode("51100").value()).isEqualTo("51100");
  }

  @Test
  void removesAllWhitespace() {
    assertThat(new PostalCode(" 75\u00a0001 ").value()).isEqualTo("75001");
  }

  @Test
  void rejectsFourDigitPostalCode() {
    InvalidFieldException e = rejection(() -> new PostalCode("7500"));
    assertThat(e.field()).isEqualTo(StandardField.CODE_POSTAL);
    assertThat(e.value()).isEqualTo("7500");
    assertThat(e.getMessage()).isEqualTo("Invalid postal code: '7500'. Expected 5 digits.");
    assertThat(e.expectedFr()).isEqualTo("5 chiffres attendus.");
    assertThat(e.frenchMessage())
        .isEqualTo("Valeur invalide pour le champ code postal : « 7500 ». 5 chiffres attendus.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"750011", "75OO1", "2A004", "75-001", "abcde"})
  void rejectsAnythingButFiveDigits(String raw) {
    InvalidFieldException e = rejection(() -> new PostalCode(raw));
    assertThat(e.value()).isEqualTo(raw);
    assertThat(e.expected()).isEqualTo("Expected 5 digits.");
  }

  @Test
  void rejectsPostalCodeStartingWithDoubleZero() {
    InvalidFieldException e = rejection(() -> new PostalCode("00123"));
    assertThat(e.getMessage())
        .isEqualTo("Invalid postal code: '00123'. Expected 5 digits, not starting with 00.");
  }

  @Test
  void rejectsBlankAsMissing() {
    assertThat(rejection(() -> new PostalCode(" ")).getMessage())
        .isEqualTo("Missing postal code. This field is required.");
  }

  @ParameterizedTest
  @CsvSource({
    "75001, 75",
    "51100, 51",
    "01000, 01",
    "20000, 20",
    "20200, 20",
    "97110, 971",
    "97600, 976",
    "97500, 975",
    "98800, 988"
  })
  void knowsTheDepartement(String code, String departement) {
    assertThat(new PostalCode(code).departement()).isEqualTo(departement);
  }
}
