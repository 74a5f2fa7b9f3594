package fr.mediation.directory.venue.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClosureTest {

  private static final String WEEKDAYS = "Mo-Fr 09:00-12:00";
  private static final LocalDate DEC_1 = LocalDate.parse("2026-12-01");

  private static OpeningSchedule paris(String hours) {
    return OpeningSchedule.of(hours, HolidayZone.METROPOLE).orElseThrow();
  }

  @Test
  void aDatedOffRuleOfTheHubsHoursClosesTheVenueAcrossTheNewYear() {
    OpeningSchedule schedule = paris(WEEKDAYS + "; 2026 Dec 24-2027 Jan 02 off");
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2026-12-23T10:00"))).isTrue();
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2026-12-24T10:00"))).isFalse();
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2026-12-31T10:00"))).isFalse();
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2027-01-01T10:00"))).isFalse();
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2027-01-04T10:00"))).isTrue();
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2027-12-24T10:00"))).isTrue();
  }

  @Test
  void aDatedOffRuleAfterAnAlwaysOpenRuleIsAClosure() {
    String hours = "24/7; 2028 Dec 24-2029 Jan 02 off";
    assertThat(Closure.inHours(hours, DEC_1))
        .containsExactly(
            new Closure(LocalDate.parse("2028-12-24"), LocalDate.parse("2029-01-02"), null, null));
    assertThat(paris(hours).isOpenAt(LocalDateTime.parse("2028-12-28T10:00"))).isFalse();
  }

  @Test
  void aYearlessOffRuleRecursEveryYear() {
    OpeningSchedule schedule = paris(WEEKDAYS + "; Dec 24-Jan 02 off");
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2026-12-28T10:00"))).isFalse();
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2027-01-01T10:00"))).isFalse();
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2027-01-04T10:00"))).isTrue();
  }

  @Test
  void theSameHoursReadOnALaterDayLeaveOutThePeriodsOverByThen() {
    String hours = WEEKDAYS + "; 2026 Dec 24-2027 Jan 02 off; 2027 Jul 01-2027 Aug 31 off";
    Closure winter =
        new Closure(LocalDate.parse("2026-12-24"), LocalDate.parse("2027-01-02"), null, null);
    Closure summer =
        new Closure(LocalDate.parse("2027-07-01"), LocalDate.parse("2027-08-31"), null, null);

    assertThat(Closure.inHours(hours, DEC_1)).containsExactly(winter, summer);
    assertThat(Closure.inHours(hours, LocalDate.parse("2027-02-01"))).containsExactly(summer);
    assertThat(Closure.inHours(hours, DEC_1)).containsExactly(winter, summer);
  }

  @Test
  void theHubsDatedRulesAreReadAsClosuresAndExceptionalHours() {
    assertThat(Closure.inHours(WEEKDAYS + "; 2026 Dec 24-2027 Jan 02 off", DEC_1))
        .containsExactly(
            new Closure(LocalDate.parse("2026-12-24"), LocalDate.parse("2027-01-02"), null, null));
    assertThat(Closure.inHours(WEEKDAYS + "; Dec 24-Jan 02 off", DEC_1))
        .containsExactly(
            new Closure(LocalDate.parse("2026-12-24"), LocalDate.parse("2027-01-02"), null, null),
            new Closure(LocalDate.parse("2027-12-24"), LocalDate.parse("2028-01-02"), null, null));
    assertThat(Closure.inHours(WEEKDAYS + "; 2026 Jul 01-2026 Aug 31 Mo-Fr 10:00-12:00", DEC_1))
        .as("over before today")
        .isEmpty();
    assertThat(Closure.inHours(WEEKDAYS + "; 2027 Jul 01-2027 Aug 31 Mo-Fr 10:00-12:00", DEC_1))
        .containsExactly(
            new Closure(
                LocalDate.parse("2027-07-01"),
                LocalDate.parse("2027-08-31"),
                "Mo-Fr 10:00-12:00",
                null));
    assertThat(Closure.inHours(WEEKDAYS + "; Sa 10:00-12:00", DEC_1)).isEmpty();
    assertThat(Closure.inHours(WEEKDAYS + "; PH off", DEC_1)).isEmpty();
  }

  @Test
  void aRecordedClosureClosesTheVenueOnItsDatesOnly() {
    OpeningSchedule schedule =
        paris(WEEKDAYS)
            .withClosures(
                List.of(
                    new Closure(
                        LocalDate.parse("2026-12-22"),
                        LocalDate.parse("2027-01-02"),
                        null,
                        "Congés")));
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2026-12-21T10:00"))).isTrue();
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2026-12-22T10:00"))).isFalse();
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2027-01-04T10:00"))).isTrue();
    ZoneId paris = ZoneId.of("Europe/Paris");
    assertThat(schedule.nextChange(ZonedDateTime.of(2026, 12, 21, 11, 0, 0, 0, paris)))
        .contains(ZonedDateTime.of(2026, 12, 21, 12, 0, 0, 0, paris));
    assertThat(schedule.nextChange(ZonedDateTime.of(2026, 12, 21, 13, 0, 0, 0, paris)))
        .as("the next opening is after the closure, more than a week away")
        .isEmpty();
    assertThat(schedule.nextChange(ZonedDateTime.of(2026, 12, 30, 13, 0, 0, 0, paris)))
        .contains(ZonedDateTime.of(2027, 1, 4, 9, 0, 0, 0, paris));
  }

  @Test
  void exceptionalHoursReplaceTheUsualOnesDuringTheirPeriod() {
    OpeningSchedule schedule =
        paris(WEEKDAYS)
            .withClosures(
                List.of(
                    new Closure(
                        LocalDate.parse("2027-07-01"),
                        LocalDate.parse("2027-08-31"),
                        "Tu 14:00-16:00",
                        "Horaires d'été")));
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2027-07-06T10:00"))).isFalse();
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2027-07-06T15:00"))).isTrue();
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2027-09-07T10:00"))).isTrue();
  }

  @Test
  void aClosureOverIsHiddenAndStoredClosuresReadBack() {
    Closure holidays =
        new Closure(
            LocalDate.parse("2026-12-22"), LocalDate.parse("2027-01-02"), null, "Congés d'hiver");
    Closure summer =
        new Closure(
            LocalDate.parse("2027-07-01"), LocalDate.parse("2027-08-31"), "Tu 14:00-16:00", null);
    assertThat(Closure.parse(Closure.format(List.of(summer, holidays))))
        .containsExactly(summer, holidays);
    assertThat(Closure.current(List.of(summer, holidays), DEC_1)).containsExactly(holidays, summer);
    assertThat(Closure.current(List.of(summer, holidays), LocalDate.parse("2027-01-03")))
        .containsExactly(summer);
    assertThat(Closure.format(List.of())).isNull();
    assertThat(Closure.parse(null)).isEmpty();
  }
}
