package fr.mediation.directory.feed.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchHoursReaderTest {

  private static HoursReading text(String text) {
    return FrenchHoursReader.text(text).orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The afternoon was lost when the slash had no spaces around it.
        "Lundi au vendredi 9h-12h/14h-18h|Mo-Fr 09:00-12:00,14:00-18:00",
        "Lundi au vendredi 9h-12h / 14h-18h|Mo-Fr 09:00-12:00,14:00-18:00",
        "Le dernier vendredi du mois de 14h à 17h|Fr[-1] 14:00-17:00",
        "2e et 4e samedis du mois : 10:00-12:00|Sa[2,4] 10:00-12:00",
        // Only Saturday was kept.
        "La semaine de 8h30 à 12h et de 14h à 17h et le samedi de 9h à 12h"
            + "|Mo-Fr 08:30-12:00,14:00-17:00; Sa 09:00-12:00",
        "Du lundi au vendredi de 9h à 12h et de 14h à 17h, fermé les mardi et jeudi après-midi"
            + "|Mo,We,Fr 09:00-12:00,14:00-17:00; Tu,Th 09:00-12:00",
        "Du lundi au vendredi, de 9H à 12H et de 13H30 à 17H30, sauf le mercredi, de 9H à 12H"
            + "|Mo,Tu,Th,Fr 09:00-12:00,13:30-17:30; We 09:00-12:00",
        "Tous les jours sauf lundi 9h00/12h-13h30/17h|Tu-Su 09:00-12:00,13:30-17:00",
        "Le lundi (hors jours fériés) de 10h à 12h et 14h à 16h|Mo 10:00-12:00,14:00-16:00; PH off",
        "LUNDI 13:00 17:00 , DU MARDI AU VENDREDI 08:30 12:30 - 13:30 17:00"
            + "|Mo 13:00-17:00; Tu-Fr 08:30-12:30,13:30-17:00",
        "Mercredi et Samedi : 10h/12h et 14h/17h-Vendredi : 15h/18h"
            + "|We,Sa 10:00-12:00,14:00-17:00; Fr 15:00-18:00",
        "9h-12h et 14h-17h du lundi au vendredi|Mo-Fr 09:00-12:00,14:00-17:00",
      })
  void readsWhatHubsWriteExactly(String text, String osm) {
    HoursReading r = text(text);

    assertThat(r.osm()).isEqualTo(osm);
    assertThat(r.completeness()).isEqualTo(HoursReading.Completeness.COMPLETE);
    assertThat(r.source()).isEqualTo(text.strip());
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
        "9-12h|09:00-12:00",
        "de 9h à midi|09:00-12:00",
        "9H-12H30 + 13H30-17H|09:00-12:30,13:30-17:00",
        "9h12h|09:00-12:00",
        "9:00 - 12\u00a0:30 / 13:30 - 18:30|09:00-12:30,13:30-18:30",
      })
  void readsADaysCell(String cell, String osm) {
    HoursReading r = FrenchHoursReader.days(Map.of(DayOfWeek.MONDAY, cell)).orElseThrow();

    assertThat(r.complete()).isTrue();
    assertThat(r.osm()).isEqualTo("Mo " + osm);
  }

  @Test
  void readsOccurrencesOfTheMonthInADaysCell() {
    String cell = "1er mercredi du mois : 9:30 - 12:15 // 3ème mercredi du mois : 9:30 - 12:00";

    HoursReading r = FrenchHoursReader.days(Map.of(DayOfWeek.WEDNESDAY, cell)).orElseThrow();

    assertThat(r.complete()).isTrue();
    assertThat(r.osm()).isEqualTo("We[1] 09:30-12:15; We[3] 09:30-12:00");
  }

  @Test
  void aDaysCellNamingAnotherDayIsFlagged() {
    Map<DayOfWeek, String> days = new EnumMap<>(DayOfWeek.class);
    days.put(DayOfWeek.MONDAY, "9h-12h");
    days.put(DayOfWeek.TUESDAY, "jeudi 9h-12h");

    HoursReading r = FrenchHoursReader.days(days).orElseThrow();

    assertThat(r.osm()).isEqualTo("Mo 09:00-12:00");
    assertThat(r.flags()).extracting(HoursReading.Flag::part).containsExactly("mardi");
  }

  @Test
  void tabsAndLineBreaksSeparateDaysAndClosedDaysStayClosed() {
    // Wednesday was shown open; "samedi Fermé / dimanche Fermé / lundi ..." gave Mo-Su.
    assertThat(text("Mercredi\tFermé / Jeudi\t09h30-12h00\nVendredi\t14h-17h").osm())
        .isEqualTo("Th 09:30-12:00; Fr 14:00-17:00");
    assertThat(text("samedi Fermé / dimanche Fermé / lundi 09:00–12:00 / mardi 09:00–12:00").osm())
        .isEqualTo("Mo,Tu 09:00-12:00");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Every other week, which weeks is not said.
        "Lundi 9h-12h tous les 15 jours",
        "Mardi 14h-17h une semaine sur deux",
        "9h-12h / 14h-17h",
        "9h-12h lundi, 14h-17h mardi",
        "9h-12h et 14h-17h du lundi au vendredi, samedi 10h-12h",
        "Horaires variables. Voir le programme.",
        "Du lundi au vendredi 9h-17h sauf pendant les vacances scolaires",
        "tous les jours de la semaine sauf le mercredi après midi de 08h30 à 12h",
        "MARDI-JEUDI ET VENDREDI 9H00-12H00 ; MERCREDI ET SAMEDI 9H00-12H00",
        "Vendredi : 9h à 12h30 à 14h à 16h30",
      })
  void flagsWhatItCannotReadExactlyAndKeepsTheText(String text) {
    HoursReading r = text(text);

    assertThat(r.completeness()).isNotEqualTo(HoursReading.Completeness.COMPLETE);
    assertThat(r.flags()).isNotEmpty();
    assertThat(r.source()).isEqualTo(text.strip());
  }

  @Test
  void keepsTheDaysItIsSureOfAndFlagsTheOthers() {
    HoursReading r = text("Mardi : 14h-18h / Mercredi : (sur rendez-vous) / Jeudi : 9h-12h");

    assertThat(r.completeness()).isEqualTo(HoursReading.Completeness.PARTIAL);
    assertThat(r.osm()).isEqualTo("Tu 14:00-18:00; Th 09:00-12:00");
    assertThat(r.flags()).containsExactly(new HoursReading.Flag("mercredi", "sur rendez-vous"));
  }

  @Test
  void oneUnreadableDayCellKeepsTheOtherDaysAndEveryUnreadableDayIsNamed() {
    Map<DayOfWeek, String> days = new EnumMap<>(DayOfWeek.class);
    days.put(DayOfWeek.MONDAY, "9:00 - 12:00 / 14:00 - 17:00");
    days.put(DayOfWeek.TUESDAY, "13:16:59.999998");
    days.put(DayOfWeek.WEDNESDAY, "réservé aux scolaires");
    days.put(DayOfWeek.THURSDAY, "fermé");
    days.put(DayOfWeek.FRIDAY, "9:00 - 12:00 / 14:00 - 17:00");

    HoursReading r = FrenchHoursReader.days(days).orElseThrow();

    assertThat(r.osm()).isEqualTo("Mo,Fr 09:00-12:00,14:00-17:00");
    assertThat(r.flags()).extracting(HoursReading.Flag::part).containsExactly("mardi", "mercredi");
    assertThat(r.flagsText()).contains("13:16:59.999998", "réservé aux scolaires");
  }

  @Test
  void halfDaysAddUpAndAClosedHalfAddsNothing() {
    Map<DayOfWeek, List<String>> halves = new EnumMap<>(DayOfWeek.class);
    halves.put(DayOfWeek.MONDAY, List.of("fermé", "14h18h"));
    halves.put(DayOfWeek.TUESDAY, List.of("9h-12h", "14h-18h"));

    assertThat(FrenchHoursReader.halfDays(halves).orElseThrow().osm())
        .isEqualTo("Mo 14:00-18:00; Tu 09:00-12:00,14:00-18:00");
  }
}
