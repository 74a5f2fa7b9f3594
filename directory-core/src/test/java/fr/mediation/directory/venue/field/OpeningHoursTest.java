package fr.mediation.directory.venue.field;

import static fr.mediation.directory.venue.field.Rejections.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import ch.poole.openinghoursparser.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpeningHoursTest {

  private static final String EXAMPLE = "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00";

  @Test
  void acceptsTheStandardExample() {
    assertThat(new OpeningHours(EXAMPLE).value()).isEqualTo(EXAMPLE);
  }

  @Test
  void exposesTheParsedRules() {
    List<Rule> rules = new OpeningHours(EXAMPLE).rules();
    assertThat(rules).hasSize(2);
    assertThat(rules.get(0).getDays()).hasSize(1);
    assertThat(rules.get(0).getTimes()).hasSize(2);
    assertThat(rules.get(1).getTimes().get(0).getStart()).isEqualTo(8 * 60 + 30);
  }

  @Test
  void rulesAreFreshOnEachCall() {
    OpeningHours hours = new OpeningHours(EXAMPLE);
    hours.rules().get(0).setComment("changed");
    assertThat(hours.rules().get(0).getComment()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "24/7",
        "Mo-Fr 08:00-12:00,13:30-17:00; Sa 09:00-12:00; Su,PH off",
        "Mo,We,Fr 09:00-12:00; Tu,Th 14:00-17:00",
        "Tu-Sa 10:00-18:00; Jan-Mar Mo 10:00-12:00",
        "Mo-Fr 09:00-12:00 \"sur rendez-vous\"",
        "Fr 22:00-02:00",
        "Mo-Su 00:00-24:00",
        "sunrise-sunset"
      })
  void acceptsOpenStreetMapSyntaxUnchanged(String hours) {
    assertThat(new OpeningHours(hours).value()).isEqualTo(hours);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '=',
      value = {
        "'  Mo-Fr 09:00-12:00  ' = Mo-Fr 09:00-12:00",
        "mo-fr 9:00-12:00 = Mo-Fr 09:00-12:00",
        "Mo-Fr 09:00-12:00 ; Sa 08:30-12:00 = Mo-Fr 09:00-12:00; Sa 08:30-12:00",
        "Mo-Fr 09h00-12h00 = Mo-Fr 09:00-12:00",
        "Mo–Fr 09:00–12:00 = Mo-Fr 09:00-12:00",
        "Mo-Fr 09:00-12:00, 14:00-18:00 = Mo-Fr 09:00-12:00,14:00-18:00",
        "Mo-Fr 09:00-12:00; = Mo-Fr 09:00-12:00"
      })
  void normalisesToTheCanonicalForm(String raw, String canonical) {
    assertThat(new OpeningHours(raw).value()).isEqualTo(canonical);
  }

  @Test
  void readsLineBreaksAsRuleSeparators() {
    assertThat(new OpeningHours("Mo-Fr 09:00-12:00\r\nSa 10:00-12:00").value())
        .isEqualTo("Mo-Fr 09:00-12:00; Sa 10:00-12:00");
  }

  @Test
  void canonicalFormIsStable() {
    String once = new OpeningHours("mo-fr 9:00-12:00 ; sa 8:30-12:00").value();
    assertThat(new OpeningHours(once).value()).isEqualTo(once);
  }

  @Test
  void rejectsFrenchFreeTextWithAFrenchHint() {
    InvalidFieldException e = rejection(() -> new OpeningHours("lundi 9h-12h"));
    assertThat(e.field()).isEqualTo(StandardField.HORAIRES);
    assertThat(e.value()).isEqualTo("lundi 9h-12h");
    assertThat(e.getMessage())
        .isEqualTo(
            "Invalid opening hours: 'lundi 9h-12h'. Expected opening hours in the OpenStreetMap"
                + " format, e.g. Mo-Fr 09:00-12:00,14:00-17:00.");
    assertThat(e.expectedFr())
        .isEqualTo(
            "Horaires au format OpenStreetMap attendus, par exemple Mo-Fr 09:00-12:00,14:00-17:00.");
    assertThat(e.getCause()).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Lu-Ve 09:00-12:00",
        "9h-12h",
        "Mo-Fr 09:00-12:00 et 14:00-17:00",
        "Mo-Fr 09:00-12:00 Sa 10:00-12:00",
        "Mo 09:00-12:00|Tu 10:00-11:00",
        "Mo-Fr 0900-1200",
        "Fermé",
        ";",
        " ; "
      })
  void rejectsWhatIsNotOpenStreetMapSyntax(String raw) {
    InvalidFieldException e = rejection(() -> new OpeningHours(raw));
    assertThat(e.field()).isEqualTo(StandardField.HORAIRES);
    assertThat(e.value()).isEqualTo(raw);
  }

  @Test
  void rejectsBlank() {
    assertThat(rejection(() -> new OpeningHours("  ")).field()).isEqualTo(StandardField.HORAIRES);
  }
}
