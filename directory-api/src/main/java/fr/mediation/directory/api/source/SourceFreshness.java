package fr.mediation.directory.api.source;

import java.time.Duration;
import java.time.Instant;

/**
 * How fresh a source is: its last successful harvest, how old it is, and whether it is stale (no
 * successful harvest for longer than the period the source is expected to publish at, or never).
 *
 * @param lastHarvestAt the last harvest (file imported or found unchanged), {@code null} if never
 * @param ageDays whole days since then, {@code null} if never
 * @param periodDays the period in force (the source's own, or the default)
 */
public record SourceFreshness(Instant lastHarvestAt, Long ageDays, int periodDays, boolean stale) {

  /** The freshness at {@code now} of a source harvested last at {@code lastHarvestAt}. */
  public static SourceFreshness of(
      Instant lastHarvestAt, Integer ownPeriodDays, int defaultPeriodDays, Instant now) {
    int period = ownPeriodDays == null ? defaultPeriodDays : ownPeriodDays;
    if (lastHarvestAt == null) {
      return new SourceFreshness(null, null, period, true);
    }
    Duration age = Duration.between(lastHarvestAt, now);
    boolean stale = age.compareTo(Duration.ofDays(period)) > 0;
    return new SourceFreshness(lastHarvestAt, Math.max(0, age.toDays()), period, stale);
  }
}
