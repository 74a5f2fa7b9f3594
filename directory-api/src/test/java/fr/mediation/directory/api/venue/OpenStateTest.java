package fr.mediation.directory.api.venue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.venue.hours.Closure;
import fr.mediation.directory.venue.hours.HolidayZone;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OpenStateTest {

  /** Hours as hubs write them: split days, nights past midnight, always open, holidays, unknown. */
  private static final List<String> HOURS =
      Arrays.asList(
          "Mo-Fr 09:00-12:00,14:00-17:00",
          "Fr-Sa 22:00-02:00",
          "Mo-Su 00:00-24:00",
          "Mo-Fr 09:00-17:00; PH off",
          "Tu 10:00-10:01",
          "We 14:00-18:00; Sa 09:30-12:30",
          "",
          null);

  /** Communes of three zones: Paris, Strasbourg (its own holidays), Saint-Denis de La Réunion. */
  private static final List<String[]> COMMUNES =
      List.of(
          new String[] {"75056", "75001"},
          new String[] {"67482", "67000"},
          new String[] {"97411", "97400"});

  /** A fortnight closed, then a week of exceptional hours, within the weeks swept. */
  private static final List<List<Closure>> CLOSURES =
      List.of(
          List.of(),
          List.of(
              new Closure(LocalDate.of(2026, 10, 27), LocalDate.of(2026, 11, 2), null, "Congés"),
              new Closure(
                  LocalDate.of(2026, 11, 3),
                  LocalDate.of(2026, 11, 6),
                  "Mo-Fr 10:00-12:00",
                  "Horaires réduits")));

  @Test
  void aStateReusedForOtherVenuesWithTheSameHoursIsTheOneComputedAtEveryInstant() {
    // Three weeks over the autumn's change of time, All Saints' Day and Armistice Day, in steps
    // that fall on every minute of the hour in turn.
    List<ZonedDateTime> instants = new ArrayList<>();
    ZonedDateTime t = ZonedDateTime.of(2026, 10, 22, 0, 0, 0, 0, ZoneOffset.UTC);
    while (t.isBefore(ZonedDateTime.of(2026, 11, 13, 0, 0, 0, 0, ZoneOffset.UTC))) {
      instants.add(t);
      t = t.plus(Duration.ofMinutes(17).plusSeconds(31));
    }
    List<ZonedDateTime> backwards = new ArrayList<>(instants);
    Collections.reverse(backwards);
    List<ZonedDateTime> shuffled = new ArrayList<>(instants);
    Collections.shuffle(shuffled, new Random(42));

    int compared = 0;
    for (List<ZonedDateTime> order : List.of(instants, backwards, shuffled)) {
      for (ZonedDateTime instant : order) {
        for (String[] commune : COMMUNES) {
          HolidayZone zone = HolidayZone.of(commune[0], commune[1]);
          for (String hours : HOURS) {
            for (List<Closure> closures : CLOSURES) {
              OpenState reused = OpenState.at(commune[0], commune[1], hours, closures, instant);
              OpenState computed = OpenState.computed(zone, hours, closures, instant).state();
              assertThat(reused)
                  .as("%s at %s in %s, closures %s", hours, instant, commune[0], closures)
                  .isEqualTo(computed);
              compared++;
            }
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(100_000);
  }

  @Test
  void aStateHoldsUntilItsNextChangeAndNeverPastTheVenuesMidnight() {
    HolidayZone paris = HolidayZone.of("75056", "75001");
    // Monday 2 November 2026, 10:20 in Paris (UTC+1).
    ZonedDateTime monday = ZonedDateTime.of(2026, 11, 2, 9, 20, 45, 0, ZoneOffset.UTC);

    OpenState.Known open =
        OpenState.computed(paris, "Mo-Fr 09:00-12:00,14:00-17:00", List.of(), monday);
    assertThat(open.state()).isEqualTo(new OpenState(true, "2026-11-02T12:00:00+01:00"));
    assertThat(open.from()).isEqualTo(monday.withSecond(0).toInstant());
    assertThat(open.until())
        .isEqualTo(ZonedDateTime.parse("2026-11-02T12:00:00+01:00").toInstant());

    OpenState.Known always = OpenState.computed(paris, "Mo-Su 00:00-24:00", List.of(), monday);
    assertThat(always.state()).isEqualTo(new OpenState(true, null));
    assertThat(always.until())
        .isEqualTo(ZonedDateTime.parse("2026-11-03T00:00:00+01:00").toInstant());

    OpenState.Known evening =
        OpenState.computed(paris, "Mo-Fr 09:00-12:00", List.of(), monday.withHour(20));
    assertThat(evening.state().open()).isFalse();
    assertThat(evening.until())
        .isEqualTo(ZonedDateTime.parse("2026-11-03T00:00:00+01:00").toInstant());
  }
}
