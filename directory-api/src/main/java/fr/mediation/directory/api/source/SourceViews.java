package fr.mediation.directory.api.source;

import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public view of a source with its freshness now: one place for the public list, the
 * administrator's health list and the console.
 */
@ApplicationScoped
public class SourceViews {

  @Inject Sources sources;

  /** Days a source may go without a successful harvest before it is stale, unless it says. */
  @Inject
  @ConfigProperty(name = "directory.sources.expected-period-days", defaultValue = "35")
  int defaultPeriodDays;

  /** The clock of the sources' freshness (fixed in tests). */
  Clock clock = Clock.systemUTC();

  /** The public view of {@code s}, with its freshness now. */
  public SourceView view(Source s) {
    return SourceView.of(
        s,
        sources.activeVenues(s.getKey()),
        sources.territory(s.getKey()),
        SourceFreshness.of(
            sources.lastHarvestAt(s.getKey()).orElse(null),
            s.getExpectedPeriodDays(),
            defaultPeriodDays,
            clock.instant()));
  }
}
