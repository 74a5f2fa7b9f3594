package fr.mediation.directory.venue.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayZoneTest {

  @ParameterizedTest
  @CsvSource({
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2027, 2027-03-28",
    "2038, 2038-04-25"
  })
  void computesEasterSunday(int year, LocalDate easter) {
    assertThat(HolidayZone.easterSunday(year)).isEqualTo(easter);
  }

  @Test
  void metropolitanFranceHasElevenHolidays() {
    assertThat(HolidayZone.METROPOLE.holidays(2026))
        .hasSize(11)
        .contains(
            LocalDate.of(2026, 4, 6), // Easter Monday
            LocalDate.of(2026, 5, 14), // Ascension
            LocalDate.of(2026, 5, 25), // Whit Monday
            LocalDate.of(2026, 7, 14))
        .doesNotContain(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 12, 26));
  }

  @Test
  void alsaceMoselleAddsGoodFridayAndSaintStephen() {
    assertThat(HolidayZone.of("67482", "67000")).isEqualTo(HolidayZone.ALSACE_MOSELLE);
    assertThat(HolidayZone.ALSACE_MOSELLE.isHoliday(LocalDate.of(2026, 4, 3))).isTrue();
    assertThat(HolidayZone.ALSACE_MOSELLE.isHoliday(LocalDate.of(2026, 12, 26))).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "97105, 97100, America/Guadeloupe, 2026-05-27",
    "97209, 97200, America/Martinique, 2026-05-22",
    "97302, 97300, America/Cayenne, 2026-06-10",
    "97411, 97400, Indian/Reunion, 2026-12-20",
    "97611, 97600, Indian/Mayotte, 2026-04-27"
  })
  void overseasVenuesHaveTheirClockAndAbolitionDay(
      String insee, String postcode, String zone, LocalDate abolition) {
    HolidayZone holidayZone = HolidayZone.of(insee, postcode);
    assertThat(holidayZone.zone()).isEqualTo(ZoneId.of(zone));
    assertThat(holidayZone.isHoliday(abolition)).isTrue();
    assertThat(HolidayZone.METROPOLE.isHoliday(abolition)).isFalse();
  }

  @Test
  void fallsBackOnThePostcodeThenOnMetropolitanFrance() {
    assertThat(HolidayZone.of(null, "97400")).isEqualTo(HolidayZone.LA_REUNION);
    assertThat(HolidayZone.of(null, "75010")).isEqualTo(HolidayZone.METROPOLE);
    assertThat(HolidayZone.of(null, null)).isEqualTo(HolidayZone.METROPOLE);
  }
}
