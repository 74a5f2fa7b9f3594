package fr.mediation.directory.venue.hours;

import fr.mediation.directory.geo.Departements;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A part of France with its own clock and public holidays: metropolitan France, Alsace-Moselle
 * (Good Friday and 26 December on top), and each overseas territory (its time zone, and the day
 * slavery was abolished there where it is a public holiday by law).
 *
 * <p>Written here rather than taken from a library: the holiday libraries on Maven Central
 * (jollyday...) know France's national days but not the overseas abolition days, and the rules fit
 * in a few lines (Code du travail L3133-1, loi 83-550 and décret 83-1003 for abolition days, the
 * local law of Alsace-Moselle).
 */
public enum HolidayZone {
  METROPOLE("Europe/Paris", null),
  ALSACE_MOSELLE("Europe/Paris", null),
  GUADELOUPE("America/Guadeloupe", MonthDay.of(5, 27)),
  MARTINIQUE("America/Martinique", MonthDay.of(5, 22)),
  GUYANE("America/Cayenne", MonthDay.of(6, 10)),
  LA_REUNION("Indian/Reunion", MonthDay.of(12, 20)),
  SAINT_PIERRE_ET_MIQUELON("America/Miquelon", null),
  MAYOTTE("Indian/Mayotte", MonthDay.of(4, 27)),
  SAINT_BARTHELEMY("America/St_Barthelemy", MonthDay.of(10, 9)),
  SAINT_MARTIN("America/Marigot", MonthDay.of(5, 28)),
  WALLIS_ET_FUTUNA("Pacific/Wallis", null),
  POLYNESIE("Pacific/Tahiti", null),
  NOUVELLE_CALEDONIE("Pacific/Noumea", null);

  private static final Map<String, HolidayZone> BY_DEPARTEMENT =
      Map.ofEntries(
          Map.entry("57", ALSACE_MOSELLE),
          Map.entry("67", ALSACE_MOSELLE),
          Map.entry("68", ALSACE_MOSELLE),
          Map.entry("971", GUADELOUPE),
          Map.entry("972", MARTINIQUE),
          Map.entry("973", GUYANE),
          Map.entry("974", LA_REUNION),
          Map.entry("975", SAINT_PIERRE_ET_MIQUELON),
          Map.entry("976", MAYOTTE),
          Map.entry("977", SAINT_BARTHELEMY),
          Map.entry("978", SAINT_MARTIN),
          Map.entry("986", WALLIS_ET_FUTUNA),
          Map.entry("987", POLYNESIE),
          Map.entry("988", NOUVELLE_CALEDONIE));

  private final ZoneId zone;
  private final MonthDay abolition;
  private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

  HolidayZone(String zone, MonthDay abolition) {
    this.zone = ZoneId.of(zone);
    this.abolition = abolition;
  }

  /** The venue's clock. */
  public ZoneId zone() {
    return zone;
  }

  /** The key of the zone in the index and in the API. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The zone of a venue from its INSEE code, else its postcode (both may be {@code null}):
   * metropolitan France unless the code is of Alsace-Moselle or of an overseas territory.
   */
  public static HolidayZone of(String inseeCode, String postcode) {
    String code = inseeCode != null && inseeCode.length() >= 3 ? inseeCode : postcode;
    if (code == null || code.length() < 2) {
      return METROPOLE;
    }
    return BY_DEPARTEMENT.getOrDefault(Departements.codeOf(code), METROPOLE);
  }

  /** Whether {@code date} is a public holiday ("jour férié") in this zone. */
  public boolean isHoliday(LocalDate date) {
    return byYear.computeIfAbsent(date.getYear(), this::holidays).contains(date);
  }

  /** The public holidays of {@code year} in this zone. */
  public Set<LocalDate> holidays(int year) {
    LocalDate easter = easterSunday(year);
    Set<LocalDate> days =
        new HashSet<>(
            List.of(
                LocalDate.of(year, 1, 1),
                easter.plusDays(1),
                LocalDate.of(year, 5, 1),
                LocalDate.of(year, 5, 8),
                easter.plusDays(39),
                easter.plusDays(50),
                LocalDate.of(year, 7, 14),
                LocalDate.of(year, 8, 15),
                LocalDate.of(year, 11, 1),
                LocalDate.of(year, 11, 11),
                LocalDate.of(year, 12, 25)));
    if (this == ALSACE_MOSELLE) {
      days.add(easter.minusDays(2));
      days.add(LocalDate.of(year, 12, 26));
    }
    if (abolition != null) {
      days.add(abolition.atYear(year));
    }
    return Set.copyOf(days);
  }

  /** Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    LocalDate sunday = LocalDate.of(year, month, day);
    assert sunday.getDayOfWeek() == DayOfWeek.SUNDAY;
    return sunday;
  }
}
