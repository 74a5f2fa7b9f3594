package fr.mediation.directory.feed.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.poole.openinghoursparser.OpeningHoursParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchHoursTest {

  private static Map<DayOfWeek, String> days(String... texts) {
    Map<DayOfWeek, String> days = new EnumMap<>(DayOfWeek.class);
    for (int i = 0; i < texts.length; i++) {
      days.put(DayOfWeek.of(i + 1), texts[i]);
    }
    return days;
  }

  private static void assertValidOsm(String osm) throws Exception {
    new OpeningHoursParser(new ByteArrayInputStream(osm.getBytes(StandardCharsets.UTF_8)))
        .rules(true);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "9h-12h / 14h-17h|09:00-12:00,14:00-17:00",
        "09:00 - 12:00 / 13:30 - 17:00|09:00-12:00,13:30-17:00",
        "8h30-12h|08:30-12:00",
        "de 9h à 12h et de 14h à 17h|09:00-12:00,14:00-17:00",
        "9h00-12h00, 14h00-17h00|09:00-12:00,14:00-17:00",
        "9 h 30 - 12 h 30|09:30-12:30",
        "10h-18h|10:00-18:00",
        "9-12h|09:00-12:00",
        "de 9h à midi|09:00-12:00",
        "9H-12H30 + 13H30-17H|09:00-12:30,13:30-17:00"
      })
  void readsTheWaysHubsWriteADaysHours(String text, String osm) throws Exception {
    String result = FrenchHours.fromDays(days(text)).orElseThrow();

    assertThat(result).isEqualTo("Mo " + osm);
    assertValidOsm(result);
  }

  @Test
  void groupsDaysWithTheSameHours() throws Exception {
    String osm =
        FrenchHours.fromDays(
                days("9h-12h", "9h-12h", "fermé", "9h-12h", "9h-12h / 14h-17h", "10h-12h", ""))
            .orElseThrow();

    assertThat(osm).isEqualTo("Mo,Tu,Th 09:00-12:00; Fr 09:00-12:00,14:00-17:00; Sa 10:00-12:00");
    assertValidOsm(osm);
  }

  @Test
  void compressesConsecutiveDaysIntoARange() {
    assertThat(FrenchHours.fromDays(days("9h-17h", "9h-17h", "9h-17h", "9h-17h", "9h-17h")))
        .contains("Mo-Fr 09:00-17:00");
  }

  @Test
  void aClosedWeekGivesNothing() {
    assertThat(FrenchHours.fromDays(days("Fermé", "fermé", "", null))).isEmpty();
  }

  @Test
  void refusesADayItCannotRead() {
    assertThatThrownBy(() -> FrenchHours.fromDays(days("sur rendez-vous")))
        .hasMessageContaining("lundi")
        .hasMessageContaining("sur rendez-vous");
  }

  @Test
  void refusesARangeThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> FrenchHours.fromDays(days("14h-6h")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "du lundi au vendredi de 9h à 17h|Mo-Fr 09:00-17:00",
        "Lundi : 9h-12h / 14h-17h ; Mardi et jeudi : 14h-18h|Mo 09:00-12:00,14:00-17:00; Tu,Th 14:00-18:00",
        "Du mardi au samedi : 10h-12h et 14h-18h|Tu-Sa 10:00-12:00,14:00-18:00",
        "Lun, mer, ven 9h-12h|Mo,We,Fr 09:00-12:00",
        "Mercredi 14h-17h, samedi 10h-12h|We 14:00-17:00; Sa 10:00-12:00"
      })
  void readsFreeTextNamingTheDays(String text, String osm) throws Exception {
    String result = FrenchHours.fromText(text).orElseThrow();

    assertThat(result).isEqualTo(osm);
    assertValidOsm(result);
  }

  @Test
  void freeTextWithoutDaysGivesNothing() {
    assertThat(FrenchHours.fromText("Sur rendez-vous uniquement")).isEmpty();
  }
}
