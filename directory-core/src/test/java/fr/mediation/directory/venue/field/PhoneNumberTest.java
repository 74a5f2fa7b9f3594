package fr.mediation.directory.venue.field;

import static fr.mediation.directory.venue.field.Rejections.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  /** The standard's pattern for {@code telephone}. */
  private static final Pattern STANDARD =
      Pattern.compile(
          "^(\\+33|\\+590|\\+594|\\+262|\\+596|\\+269|\\+687|\\+689|\\+508|\\+681)(\\d){6,9}$");

  @Test
  void acceptsTheStandardExample() {
    assertThat(new PhoneNumber("+33180059880").value()).isEqualTo("+33180059880");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "01 23 45 67 89",
        "+33 (0)1 23 45 67 89",
        "0033123456789",
        "01.23.45.67.89",
        "01-23-45-67-89",
        "+33123456789",
        "+33 1 23 45 67 89",
        " 0123456789\u00a0"
      })
  void normalisesFrenchSpellingsToE164(String raw) {
    assertThat(new PhoneNumber(raw).value()).isEqualTo("+33123456789");
  }

  @Test
  void normalisesMobileNumber() {
    assertThat(new PhoneNumber("06 12 34 56 78").value()).isEqualTo("+33612345678");
  }

  @Test
  void keepsTollFreeNumbersMetropolitan() {
    assertThat(new PhoneNumber("0 800 840 800").value()).isEqualTo("+33800840800");
  }

  @ParameterizedTest
  @CsvSource({
    "0590 12 34 56, +590590123456",
    "0690 12 34 56, +590690123456",
    "0596 70 12 34, +596596701234",
    "0696 12 34 56, +596696123456",
    "0594 12 34 56, +594594123456",
    "0694 12 34 56, +594694123456",
    "0262 12 34 56, +262262123456",
    "0692 12 34 56, +262692123456",
    "0693 12 34 56, +262693123456",
    "0269 61 23 45, +262269612345",
    "0639 01 23 45, +262639012345"
  })
  void normalisesOverseasNationalNumbers(String raw, String e164) {
    assertThat(new PhoneNumber(raw).value()).isEqualTo(e164);
  }

  @Test
  void normalisesGuadeloupeMobileNumber() {
    assertThat(new PhoneNumber("06.90.12.34.56").value()).isEqualTo("+590690123456");
  }

  @Test
  void normalisesMartiniqueNumberWrittenWithFrenchCountryCode() {
    assertThat(new PhoneNumber("+33 5 96 70 12 34").value()).isEqualTo("+596596701234");
  }

  @Test
  void rejectsOverseasPrefixedNumberInvalidThereRatherThanReadingItAsMetropolitan() {
    // libphonenumber would accept +33 5 96 12 34 56, but 0596 belongs to Martinique.
    InvalidFieldException e = rejection(() -> new PhoneNumber("0596 12 34 56"));
    assertThat(e.field()).isEqualTo(StandardField.TELEPHONE);
    assertThat(e.value()).isEqualTo("0596 12 34 56");
  }

  @Test
  void acceptsSaintMartinNumber() {
    assertThat(new PhoneNumber("0590 87 12 34").value()).isEqualTo("+590590871234");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"+590590123456", "+262269612345", "+687721234", "+68987123456", "+681721234"})
  void keepsValidInternationalNumbers(String e164) {
    assertThat(new PhoneNumber(e164).value()).isEqualTo(e164);
  }

  @Test
  void readsPolynesianNumberWithoutCountryCode() {
    assertThat(new PhoneNumber("87 12 34 56").value()).isEqualTo("+68987123456");
  }

  @Test
  void usesThePostalCodeToChooseTheTerritory() {
    // "72 12 34" is valid both in New Caledonia and in Wallis-and-Futuna.
    assertThat(new PhoneNumber("72 12 34").value()).isEqualTo("+687721234");
    assertThat(PhoneNumber.of("72 12 34", new PostalCode("98600")).value()).isEqualTo("+681721234");
    assertThat(PhoneNumber.of("72 12 34", new PostalCode("98800")).value()).isEqualTo("+687721234");
  }

  @Test
  void postalCodeHintFallsBackForMetropolitanNumbers() {
    assertThat(PhoneNumber.of("01 23 45 67 89", new PostalCode("97110")).value())
        .isEqualTo("+33123456789");
    assertThat(PhoneNumber.of("0590 12 34 56", new PostalCode("97110")).value())
        .isEqualTo("+590590123456");
    assertThat(PhoneNumber.of("01 23 45 67 89", null).value()).isEqualTo("+33123456789");
  }

  @Test
  void everyNumberReadWithAPostalCodeHintReadsBackAsItselfWithoutIt() {
    List<String> raws =
        List.of(
            "01 23 45 67 89",
            "06 12 34 56 78",
            "+33 (0)1 23 45 67 89",
            "0033 1 23 45 67 89",
            "0590 12 34 56",
            "0690 12 34 56",
            "0596 12 34 56",
            "+33 5 96 12 34 56",
            "0594 12 34 56",
            "0262 12 34 56",
            "0692 12 34 56",
            "0269 61 23 45",
            "0639 01 23 45",
            "72 12 34",
            "87 12 34 56",
            "41 23 45",
            "+687 72 12 34",
            "+269 773 12 34",
            "0800 840 800",
            "3939");
    List<String> postcodes =
        List.of(
            "75011", "97110", "97133", "97150", "97200", "97300", "97400", "97500", "97600",
            "98600", "98700", "98800");
    int read = 0;
    for (String raw : raws) {
      for (String postcode : postcodes) {
        PhoneNumber withHint;
        try {
          withHint = PhoneNumber.of(raw, new PostalCode(postcode));
        } catch (InvalidFieldException e) {
          continue;
        }
        read++;
        assertThat(new PhoneNumber(withHint.value()))
            .as(raw + " in " + postcode)
            .isEqualTo(withHint);
        assertThat(withHint.value()).matches(STANDARD);
      }
    }
    assertThat(read).isGreaterThan(raws.size() * postcodes.size() / 2);
  }

  @Test
  void postalCodeHintKeepsTollFreeNumbersMetropolitan() {
    assertThat(PhoneNumber.of("0800 840 800", new PostalCode("97200")).value())
        .isEqualTo("+33800840800");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "01 23 45 67 89",
        "0590 12 34 56",
        "0639 01 23 45",
        "+687 72 12 34",
        "0800 840 800",
        "87 12 34 56"
      })
  void normalisedValueMatchesTheStandardPattern(String raw) {
    assertThat(new PhoneNumber(raw).value()).matches(STANDARD);
  }

  @ParameterizedTest
  @CsvSource({
    "+33123456789, 01 23 45 67 89",
    "06 12 34 56 78, 06 12 34 56 78",
    "0590 12 34 56, 05 90 12 34 56",
    "0262 12 34 56, 02 62 12 34 56",
    "0800 840 800, 08 00 84 08 00",
    "+687721234, +687 72.12.34"
  })
  void showsTheNationalForm(String raw, String national) {
    assertThat(new PhoneNumber(raw).national()).isEqualTo(national);
  }

  @Test
  void rejectsTooShortNumber() {
    InvalidFieldException e = rejection(() -> new PhoneNumber("0123"));
    assertThat(e.field()).isEqualTo(StandardField.TELEPHONE);
    assertThat(e.value()).isEqualTo("0123");
    assertThat(e.getMessage())
        .isEqualTo(
            "Invalid phone number: '0123'. Expected a French phone number, e.g. 01 23 45 67 89 or"
                + " +33123456789.");
    assertThat(e.expectedFr())
        .isEqualTo(
            "Numéro de téléphone français attendu, par exemple 01 23 45 67 89 ou +33123456789.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3939",
        "12",
        "00 00 00 00 00",
        "01 23 45 67 8",
        "01 23 45 67 89 0",
        "+44 20 7946 0958",
        "+1 202 555 0143",
        "téléphone",
        "+33 1 23"
      })
  void rejectsNumbersThatAreNotValidFrenchNumbers(String raw) {
    InvalidFieldException e = rejection(() -> new PhoneNumber(raw));
    assertThat(e.field()).isEqualTo(StandardField.TELEPHONE);
    assertThat(e.value()).isEqualTo(raw);
  }

  @Test
  void rejectsBlankNumber() {
    assertThat(rejection(() -> new PhoneNumber(" ")).field()).isEqualTo(StandardField.TELEPHONE);
  }
}
