package fr.mediation.directory.api.source;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceFreshnessTest {

  private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

  @Test
  void aSourceHarvestedLongerAgoThanItsPeriodIsStale() {
    SourceFreshness old = SourceFreshness.of(Instant.parse("2026-10-01T03:00:00Z"), null, 35, NOW);
    assertThat(old.stale()).isTrue();
    assertThat(old.ageDays()).isEqualTo(63);
    assertThat(old.periodDays()).isEqualTo(35);
  }

  @Test
  void aSourceWithinItsPeriodIsFreshAndItsOwnPeriodWins() {
    Instant tenDaysAgo = Instant.parse("2026-11-23T08:00:00Z");
    assertThat(SourceFreshness.of(tenDaysAgo, null, 35, NOW).stale()).isFalse();
    SourceFreshness weekly = SourceFreshness.of(tenDaysAgo, 7, 35, NOW);
    assertThat(weekly.stale()).isTrue();
    assertThat(weekly.periodDays()).isEqualTo(7);
  }

  @Test
  void aSourceNeverHarvestedIsStale() {
    SourceFreshness never = SourceFreshness.of(null, null, 35, NOW);
    assertThat(never.stale()).isTrue();
    assertThat(never.lastHarvestAt()).isNull();
    assertThat(never.ageDays()).isNull();
  }

  /** The public list of sources, on a fixed clock, over stored sources stood in for. */
  @Test
  void theSourcesListFlagsTheSourceWhoseLastHarvestIsOlderThanItsPeriod() {
    Source fresh = new Source("frais", NOW);
    Source old = new Source("ancien", NOW);
    for (Source s : List.of(fresh, old)) {
      s.describe(
          "Hub " + s.getKey(),
          "Hub",
          "Licence Ouverte 2.0",
          "standard-v1-csv",
          null,
          Source.Delivery.PUSH,
          null,
          null,
          0.3,
          NOW);
    }
    Map<String, Instant> harvests =
        Map.of("frais", NOW.minusSeconds(86_400), "ancien", Instant.parse("2026-09-01T00:00:00Z"));
    SourceResource resource = new SourceResource();
    resource.sources =
        new Sources() {
          @Override
          public List<Source> all() {
            return List.of(fresh, old);
          }

          @Override
          public long activeVenues(String key) {
            return 3;
          }

          @Override
          public List<String> territory(String key) {
            return List.of("35");
          }

          @Override
          public Optional<Instant> lastHarvestAt(String key) {
            return Optional.ofNullable(harvests.get(key));
          }
        };
    resource.defaultPeriodDays = 35;
    resource.clock = Clock.fixed(NOW, ZoneOffset.UTC);

    List<SourceView> list = resource.list();

    assertThat(list).extracting(SourceView::key).containsExactly("frais", "ancien");
    assertThat(list).extracting(SourceView::stale).containsExactly(false, true);
    assertThat(list.get(1).harvestAgeDays()).isEqualTo(93);
    assertThat(list.get(1).territory()).containsExactly("35");
  }
}
