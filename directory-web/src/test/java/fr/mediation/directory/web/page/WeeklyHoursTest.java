package fr.mediation.directory.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WeeklyHoursTest {

  // Wednesday 24 September 2025.
  private static final LocalDateTime WEDNESDAY_10H = LocalDateTime.of(2025, 9, 24, 10, 0);

  private static JsonObject venue(String horaires, String postcode) {
    var b =
        Json.createObjectBuilder().add("id", "v").add("nom", "Lieu").add("code_postal", postcode);
    if (horaires != null) {
      b.add("horaires", horaires);
    }
    return b.build();
  }

  private static String status(JsonObject v, LocalDateTime parisTime) {
    return (String) Views.status(v, parisTime.atZone(ZoneId.of("Europe/Paris"))).get("texte");
  }

  @Test
  void openVenueSaysWhenItCloses() {
    assertThat(status(venue("Mo-Fr 09:00-12:00,14:00-17:30", "75010"), WEDNESDAY_10H))
        .isEqualTo("Ouvert · ferme à 12 h");
  }

  @Test
  void closedVenueSaysWhenItOpensNext() {
    assertThat(status(venue("Mo-Fr 09:00-12:00,14:00-17:30", "75010"), WEDNESDAY_10H.withHour(13)))
        .isEqualTo("Fermé · ouvre aujourd'hui à 14 h");
    assertThat(status(venue("Mo-Fr 09:00-12:00", "75010"), WEDNESDAY_10H.withHour(18)))
        .isEqualTo("Fermé · ouvre demain à 9 h");
    assertThat(status(venue("Mo 09:30-12:00", "75010"), WEDNESDAY_10H))
        .isEqualTo("Fermé · ouvre lundi à 9 h 30");
  }

  @Test
  void overseasVenuesAreReadInTheirOwnTimeZone() {
    // 10:00 in Paris is 04:00 in Guadeloupe (UTC-4) in September.
    assertThat(status(venue("Mo-Fr 08:00-16:00", "97110"), WEDNESDAY_10H))
        .isEqualTo("Fermé · ouvre aujourd'hui à 8 h");
  }

  @Test
  void theApisOwnEvaluationWinsWhenGiven() {
    JsonObject v =
        Json.createObjectBuilder(venue("Mo-Fr 09:00-12:00", "75010"))
            .add("ouvert_maintenant", false)
            .add("prochain_changement", "2025-09-25T09:00:00+02:00")
            .build();

    assertThat(status(v, WEDNESDAY_10H)).isEqualTo("Fermé · ouvre demain à 9 h");
  }

  @Test
  void unknownHoursSayToCallFirst() {
    assertThat(status(venue(null, "75010"), WEDNESDAY_10H)).startsWith("Horaires non communiqués");
    assertThat(Views.openNow(venue(null, "75010"), ZonedDateTime.now())).isNull();
  }

  @Test
  void laterRulesReplaceEarlierDaysAndOffClosesThem() {
    WeeklyHours week = WeeklyHours.parse("Mo-Sa 09:00-18:00; Sa 10:00-12:00; We off");

    assertThat(week.on(DayOfWeek.SATURDAY)).containsExactly(new WeeklyHours.Span(600, 720));
    assertThat(week.opensOn(DayOfWeek.WEDNESDAY)).isFalse();
    assertThat(week.opensOn(DayOfWeek.SUNDAY)).isFalse();
    assertThat(week.on(DayOfWeek.MONDAY)).containsExactly(new WeeklyHours.Span(540, 1080));
  }

  @Test
  void holidayRulesAreLeftToTheApiAndFlagged() {
    WeeklyHours week = WeeklyHours.parse("Mo-Fr 09:00-17:00; PH off");

    assertThat(week.partial()).isTrue();
    assertThat(week.opensOn(DayOfWeek.MONDAY)).isTrue();
  }

  @Test
  void overnightSpansStayOpenAfterMidnight() {
    WeeklyHours week = WeeklyHours.parse("Fr 22:00-02:00");

    assertThat(week.isOpen(LocalDateTime.of(2025, 9, 27, 1, 0))).isTrue(); // Saturday 01:00
    assertThat(week.isOpen(LocalDateTime.of(2025, 9, 27, 3, 0))).isFalse();
  }
}
