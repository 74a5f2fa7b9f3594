package fr.mediation.directory.venue.field;

import static fr.mediation.directory.venue.field.Rejections.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InseeCodeTest {

  @Test
  void acceptsTheStandardExample() {
    assertThat(new InseeCode("51454").value()).isEqualTo("51454");
  }

  @Test
  void uppercasesCorsicanCodesAndRemovesSpaces() {
    assertThat(new InseeCode(" 2a 004 ").value()).isEqualTo("2A004");
  }

  @ParameterizedTest
  @CsvSource({
    "75056, 75",
    "2A004, 2A",
    "2B033, 2B",
    "01001, 01",
    "97105, 971",
    "97411, 974",
    "97611, 976",
    "98818, 988"
  })
  void knowsTheDepartement(String code, String departement) {
    assertThat(new InseeCode(code).departement()).isEqualTo(departement);
  }

  @ParameterizedTest
  @ValueSource(strings = {"20004", "2C004", "7505", "750560", "A5056", "21 0"})
  void rejectsCodesOutsideTheStandardPattern(String raw) {
    InvalidFieldException e = rejection(() -> new InseeCode(raw));
    assertThat(e.field()).isEqualTo(StandardField.CODE_INSEE);
    assertThat(e.value()).isEqualTo(raw);
  }

  @Test
  void explainsTheExpectedShape() {
    assertThat(rejection(() -> new InseeCode("2C004")).getMessage())
        .isEqualTo(
            "Invalid INSEE code: '2C004'. Expected 5 characters: the département (2A or 2B in"
                + " Corsica) then 3 digits, e.g. 75056.");
  }

  @Test
  void rejectsBlankCode() {
    assertThat(rejection(() -> new InseeCode("")).field()).isEqualTo(StandardField.CODE_INSEE);
  }
}
