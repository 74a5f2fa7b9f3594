package fr.mediation.directory.venue.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpeningScheduleTest {

  private static OpeningSchedule schedule(String hours, HolidayZone zone) {
    return OpeningSchedule.of(hours, zone).orElseThrow();
  }

  private static OpeningSchedule paris(String hours) {
    return schedule(hours, HolidayZone.METROPOLE);
  }

  // 2026-11-23 is a Monday.
  @ParameterizedTest
  @CsvSource({
    "2026-11-23T08:59, false",
    "2026-11-23T09:00, true",
    "2026-11-23T11:59, true",
    "2026-11-23T12:00, false",
    "2026-11-23T14:30, true",
    "2026-11-28T09:30, true",
    "2026-11-28T12:30, false",
    "2026-11-29T10:00, false"
  })
  void isOpenDuringItsSpansOnly(LocalDateTime at, boolean open) {
    assertThat(paris("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00").isOpenAt(at)).isEqualTo(open);
  }

  @ParameterizedTest
  @CsvSource({
    "2026-11-27T21:59, false",
    "2026-11-27T23:30, true",
    "2026-11-28T01:59, true",
    "2026-11-28T02:00, false",
    "2026-11-28T23:30, false"
  })
  void openAcrossMidnight(LocalDateTime at, boolean open) {
    assertThat(paris("Fr 22:00-02:00").isOpenAt(at)).isEqualTo(open);
  }

  @Test
  void sundayNightSpanRunsIntoMonday() {
    OpeningSchedule schedule = paris("Su 20:00-03:00");
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2026-11-30T02:30"))).isTrue();
    assertThat(schedule.weeklyIntervals(LocalDate.parse("2026-11-23")))
        .containsExactly(new int[] {0, 180}, new int[] {6 * 1440 + 1200, 7 * 1440});
  }

  @Test
  void closedOnPublicHolidaysWhenTheRulesSaySo() {
    LocalDateTime armistice = LocalDateTime.parse("2026-11-11T10:00"); // a Wednesday
    assertThat(paris("Mo-Fr 09:00-17:00; PH off").isOpenAt(armistice)).isFalse();
    assertThat(paris("Mo-Fr 09:00-17:00").isOpenAt(armistice)).isTrue();
    assertThat(paris("Mo-Fr 09:00-17:00; PH off").mentionsHolidays()).isTrue();
  }

  @Test
  void holidayRulesOpenOnHolidays() {
    OpeningSchedule schedule = paris("Mo-Fr 09:00-17:00; PH 10:00-12:00");
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2026-11-11T11:00"))).isTrue();
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2026-11-11T15:00"))).isFalse();
    assertThat(schedule.holidayIntervals(LocalDate.parse("2026-11-11")))
        .containsExactly(new int[] {600, 720});
  }

  @Test
  void evaluatesAnInstantInTheVenuesOwnTimeZone() {
    // 14:00 UTC is 10:00 in Martinique (UTC-4) and 18:00 in La Réunion (UTC+4).
    ZonedDateTime instant = ZonedDateTime.parse("2026-11-24T14:00:00Z");
    String hours = "Mo-Fr 08:00-12:00";
    assertThat(schedule(hours, HolidayZone.MARTINIQUE).isOpenAt(instant)).isTrue();
    assertThat(schedule(hours, HolidayZone.LA_REUNION).isOpenAt(instant)).isFalse();
    assertThat(schedule(hours, HolidayZone.METROPOLE).isOpenAt(instant)).isFalse();
  }

  @Test
  void overseasAbolitionDayIsAHoliday() {
    LocalDateTime abolition = LocalDateTime.parse("2026-05-22T10:00"); // a Friday
    String hours = "Mo-Fr 08:00-12:00; PH off";
    assertThat(schedule(hours, HolidayZone.MARTINIQUE).isOpenAt(abolition)).isFalse();
    assertThat(schedule(hours, HolidayZone.GUADELOUPE).isOpenAt(abolition)).isTrue();
  }

  @Test
  void nextChangeIsTheClosingWhenOpenAndTheOpeningWhenClosed() {
    OpeningSchedule schedule = paris("Mo-Fr 09:00-12:00,14:00-17:00");
    ZoneId paris = ZoneId.of("Europe/Paris");
    assertThat(schedule.nextChange(ZonedDateTime.parse("2026-11-23T10:15:00+01:00[Europe/Paris]")))
        .contains(LocalDateTime.parse("2026-11-23T12:00").atZone(paris));
    assertThat(schedule.nextChange(ZonedDateTime.parse("2026-11-23T12:30:00+01:00[Europe/Paris]")))
        .contains(LocalDateTime.parse("2026-11-23T14:00").atZone(paris));
    // Friday evening: next opening is Monday morning.
    assertThat(schedule.nextChange(ZonedDateTime.parse("2026-11-27T18:00:00+01:00[Europe/Paris]")))
        .contains(LocalDateTime.parse("2026-11-30T09:00").atZone(paris));
  }

  @Test
  void nextChangeAcrossMidnightIsTheNextMorning() {
    OpeningSchedule schedule = paris("Fr 22:00-02:00");
    assertThat(schedule.nextChange(ZonedDateTime.parse("2026-11-27T23:00:00+01:00[Europe/Paris]")))
        .contains(LocalDateTime.parse("2026-11-28T02:00").atZone(ZoneId.of("Europe/Paris")));
  }

  @Test
  void alwaysOpenHasNoNextChange() {
    assertThat(paris("24/7").nextChange(ZonedDateTime.parse("2026-11-27T23:00:00Z"))).isEmpty();
    assertThat(paris("24/7").isOpenAt(LocalDateTime.parse("2026-11-11T03:00"))).isTrue();
  }

  @Test
  void laterRulesOverrideEarlierOnesForTheirDays() {
    OpeningSchedule schedule = paris("Mo-Fr 09:00-18:00; We 14:00-18:00");
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2026-11-25T10:00"))).isFalse();
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2026-11-26T10:00"))).isTrue();
    assertThat(paris("Mo-Fr 09:00-18:00; We off").isOpenAt(LocalDateTime.parse("2026-11-25T15:00")))
        .isFalse();
  }

  @Test
  void monthRangesApplyOnlyInTheirMonths() {
    OpeningSchedule schedule = paris("Mo-Fr 09:00-17:00; Jul-Aug Mo-Fr 09:00-12:00");
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2026-07-15T15:00"))).isFalse();
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2026-11-25T15:00"))).isTrue();
  }

  @Test
  void nthWeekdayOfTheMonth() {
    OpeningSchedule schedule = paris("Sa[1] 10:00-12:00");
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2026-11-07T11:00"))).isTrue();
    assertThat(schedule.isOpenAt(LocalDateTime.parse("2026-11-14T11:00"))).isFalse();
  }

  @Test
  void weeklyIntervalsAreMinutesFromMonday() {
    List<int[]> week = paris("Tu,Fr 14:00-18:00; Sa 10:00-12:30").weeklyIntervals(LocalDate.now());
    assertThat(week)
        .containsExactly(
            new int[] {1440 + 840, 1440 + 1080},
            new int[] {4 * 1440 + 840, 4 * 1440 + 1080},
            new int[] {5 * 1440 + 600, 5 * 1440 + 750});
  }

  @Test
  void unreadableHoursHaveNoSchedule() {
    assertThat(OpeningSchedule.of("lundi 9h-12h", HolidayZone.METROPOLE)).isEmpty();
    assertThat(OpeningSchedule.of(" ", HolidayZone.METROPOLE)).isEmpty();
  }
}
