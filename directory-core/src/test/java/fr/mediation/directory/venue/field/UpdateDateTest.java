package fr.mediation.directory.venue.field;

import static fr.mediation.directory.venue.field.Rejections.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpdateDateTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @Test
  void parsesTheStandardExample() {
    assertThat(UpdateDate.parse("2024-04-02").value()).isEqualTo(LocalDate.of(2024, 4, 2));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-04-02T10:00:00Z",
        "2024-04-02 10:00:00",
        "2024-04-02T10:00",
        "2024-04-02T10:00:00.123+02:00",
        "2024-04-02T23:59:59+0200",
        " 2024-04-02 "
      })
  void keepsTheDateOfADateTime(String raw) {
    assertThat(UpdateDate.parse(raw).value()).isEqualTo(LocalDate.of(2024, 4, 2));
  }

  @Test
  void acceptsTodayAndTomorrow() {
    assertThat(UpdateDate.parse(TODAY.toString()).value()).isEqualTo(TODAY);
    assertThat(new UpdateDate(TODAY.plusDays(1)).value()).isEqualTo(TODAY.plusDays(1));
  }

  @Test
  void acceptsTheFirstDayOf2000() {
    assertThat(UpdateDate.parse("2000-01-01").value()).isEqualTo(UpdateDate.EARLIEST);
  }

  @Test
  void rejectsTheDayAfterTomorrow() {
    String raw = TODAY.plusDays(2).toString();
    InvalidFieldException e = rejection(() -> UpdateDate.parse(raw));
    assertThat(e.field()).isEqualTo(StandardField.DATE_MAJ);
    assertThat(e.value()).isEqualTo(raw);
    assertThat(e.getMessage())
        .isEqualTo(
            "Invalid update date: '"
                + raw
                + "'. Expected a date in the form YYYY-MM-DD, not in the future.");
  }

  @Test
  void rejectsFutureDateObject() {
    assertThat(rejection(() -> new UpdateDate(TODAY.plusYears(1))).field())
        .isEqualTo(StandardField.DATE_MAJ);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "02/04/2024",
        "2024/04/02",
        "2024-4-2",
        "20240402",
        "2024-02-30",
        "2024-13-01",
        "2024-04-02T25:00:00",
        "2024-04-02Tmidi",
        "hier",
        "2 avril 2024"
      })
  void rejectsOtherForms(String raw) {
    InvalidFieldException e = rejection(() -> UpdateDate.parse(raw));
    assertThat(e.field()).isEqualTo(StandardField.DATE_MAJ);
    assertThat(e.value()).isEqualTo(raw);
    assertThat(e.expected())
        .isEqualTo("Expected a date in the form YYYY-MM-DD, not in the future.");
    assertThat(e.expectedFr())
        .isEqualTo("Date au format AAAA-MM-JJ attendue, qui ne soit pas dans le futur.");
  }

  @Test
  void rejectsDatesBefore2000() {
    InvalidFieldException e = rejection(() -> UpdateDate.parse("1999-12-31"));
    assertThat(e.value()).isEqualTo("1999-12-31");
    assertThat(e.getMessage())
        .isEqualTo(
            "Invalid update date: '1999-12-31'. Expected a date in the form YYYY-MM-DD, not"
                + " before 2000-01-01.");
  }

  @Test
  void rejectsMissingDate() {
    assertThat(rejection(() -> UpdateDate.parse(" ")).getMessage())
        .isEqualTo("Missing update date. This field is required.");
    assertThat(rejection(() -> new UpdateDate(null)).field()).isEqualTo(StandardField.DATE_MAJ);
  }

  @Test
  void ordersByDate() {
    assertThat(UpdateDate.parse("2024-04-02")).isLessThan(UpdateDate.parse("2024-04-03"));
    assertThat(UpdateDate.parse("2024-04-02")).hasToString("2024-04-02");
  }
}
