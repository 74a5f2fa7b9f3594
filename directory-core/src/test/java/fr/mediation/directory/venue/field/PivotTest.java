package fr.mediation.directory.venue.field;

import static fr.mediation.directory.venue.field.Rejections.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.venue.field.Pivot.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PivotTest {

  @Test
  void acceptsTheStandardExampleSiret() {
    Pivot pivot = new Pivot("43493312300029");
    assertThat(pivot.value()).isEqualTo("43493312300029");
    assertThat(pivot.kind()).isEqualTo(Kind.SIRET);
  }

  @ParameterizedTest
  @ValueSource(strings = {"84288740800008", "73282932000017", "13002526500013"})
  void acceptsSiretWithValidChecksum(String siret) {
    assertThat(new Pivot(siret).kind()).isEqualTo(Kind.SIRET);
  }

  @Test
  void stripsSpacesDotsAndDashes() {
    assertThat(new Pivot(" 842 887 408.000-08\u00a0").value()).isEqualTo("84288740800008");
  }

  @Test
  void rejectsSiretWithBadChecksum() {
    InvalidFieldException e = rejection(() -> new Pivot("84288740800013"));
    assertThat(e.field()).isEqualTo(StandardField.PIVOT);
    assertThat(e.value()).isEqualTo("84288740800013");
    assertThat(e.getMessage())
        .isEqualTo(
            "Invalid pivot (SIRET or RNA): '84288740800013'. Expected a SIRET of 14 digits with a"
                + " valid checksum, or an RNA number (W followed by 9 characters).");
    assertThat(e.expectedFr()).contains("SIRET").contains("RNA");
  }

  @Test
  void acceptsLaPosteSiretWhoseDigitSumIsAMultipleOfFive() {
    // Fails Luhn, digit sum 15: La Poste's own rule.
    assertThat(Pivot.luhn("35600000000001")).isFalse();
    assertThat(new Pivot("35600000000001").kind()).isEqualTo(Kind.SIRET);
  }

  @Test
  void rejectsLaPosteSiretWhoseDigitSumIsNotAMultipleOfFive() {
    assertThat(rejection(() -> new Pivot("35600000000002")).field()).isEqualTo(StandardField.PIVOT);
  }

  @Test
  void rejectsTheLaPosteExceptionForOtherSirens() {
    // Digit sum 50 but Luhn fails, and the SIREN is not La Poste's.
    assertThat(rejection(() -> new Pivot("84288740800001")).value()).isEqualTo("84288740800001");
  }

  @Test
  void acceptsSirenWithValidChecksum() {
    assertThat(new Pivot("842 887 408").kind()).isEqualTo(Kind.SIREN);
  }

  @Test
  void rejectsSirenWithBadChecksum() {
    assertThat(rejection(() -> new Pivot("842887409")).field()).isEqualTo(StandardField.PIVOT);
  }

  @Test
  void rejectsAllZeroSiren() {
    assertThat(rejection(() -> new Pivot("000000000")).field()).isEqualTo(StandardField.PIVOT);
  }

  @Test
  void acceptsRnaNumber() {
    Pivot pivot = new Pivot("w751234567");
    assertThat(pivot.value()).isEqualTo("W751234567");
    assertThat(pivot.kind()).isEqualTo(Kind.RNA);
  }

  @ParameterizedTest
  @ValueSource(strings = {"W2A1234567", "W2B1234567"})
  void acceptsCorsicanRnaNumber(String rna) {
    assertThat(new Pivot(rna).kind()).isEqualTo(Kind.RNA);
  }

  @Test
  void acceptsFourteenZerosAsUnknown() {
    Pivot pivot = new Pivot("00000000000000");
    assertThat(pivot.kind()).isEqualTo(Kind.UNKNOWN);
    assertThat(pivot.isUnknown()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"A12345678", "B123456789012", "RIDET12345"})
  void acceptsOtherRegistryNumbersStartingWithALetter(String id) {
    assertThat(new Pivot(id).kind()).isEqualTo(Kind.OTHER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234", "1234567890", "123456789012345", "A1234567", "W12345", "SIRET?"})
  void rejectsOtherShapes(String id) {
    InvalidFieldException e = rejection(() -> new Pivot(id));
    assertThat(e.field()).isEqualTo(StandardField.PIVOT);
    assertThat(e.value()).isEqualTo(id);
  }

  @Test
  void rejectsBlankAsMissing() {
    assertThat(rejection(() -> new Pivot("  ")).getMessage())
        .isEqualTo("Missing pivot (SIRET or RNA). This field is required.");
  }
}
