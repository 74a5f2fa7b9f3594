package fr.mediation.directory.api.ops;

import fr.mediation.directory.database.DatabaseMigrations;
import fr.mediation.directory.federation.FederationBacklog;
import fr.mediation.directory.index.IndexRepair;
import fr.mediation.directory.index.Reindexing;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The gauges whose values live in the database (federation backlog, index outbox, harvests and
 * import totals by source): read every {@code directory.metrics.refresh-seconds} in the background,
 * so that a scrape never waits on the database, and registered as sources appear. Every node
 * reports the same values (they share the database): aggregate them with {@code max}, not {@code
 * sum}.
 */
@ApplicationScoped
public class StoredGauges {

  private static final Logger LOG = Logger.getLogger(StoredGauges.class.getName());

  @Inject MetricRegistry registry;

  @Inject StoredFacts facts;

  @Inject FederationBacklog backlog;

  @Inject Reindexing reindexing;

  @Inject IndexRepair repair;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "directory.metrics.refresh-seconds", defaultValue = "15")
  int refreshSeconds;

  Clock clock = Clock.systemUTC();

  @Inject
  @ConfigProperty(name = "directory.sources.expected-period-days", defaultValue = "35")
  int defaultPeriodDays;

  /** Values of the registered gauges, by metric name and tags. */
  private final Map<String, Double> values = new ConcurrentHashMap<>();

  /** The registered gauges' ids, by the same keys. */
  private final Map<String, MetricID> ids = new ConcurrentHashMap<>();

  /** Last successful harvest of each source. */
  private final Map<String, Instant> harvests = new ConcurrentHashMap<>();

  private ScheduledFuture<?> refreshing;

  /** After the migrations and the start-up imports' scheduling. */
  void onStart(
      @Observes @Priority(DatabaseMigrations.PRIORITY + 300) @Initialized(ApplicationScoped.class) Object event) {
    gauge(
        Metrics.INDEX_REBUILDING,
        "1 while this node rebuilds the search index.",
        MetricUnits.NONE,
        () -> reindexing.status().state() == Reindexing.State.RUNNING ? 1 : 0);
    Map<String, ToLongFunction<IndexRepair.Status>> repaired =
        Map.of(
            "missing", IndexRepair.Status::missing,
            "stale", IndexRepair.Status::stale,
            "removed", IndexRepair.Status::removed);
    repaired.forEach(
        (kind, count) ->
            gauge(
                Metrics.INDEX_REPAIRED,
                "Documents the start-up's comparison of the index with the database repaired:"
                    + " venues the index lacked (missing), held in an older state (stale), or"
                    + " held though the database does not have them (removed).",
                MetricUnits.NONE,
                () -> count.applyAsLong(repair.status()),
                new Tag("kind", kind)));
    refreshing =
        scheduler.scheduleWithFixedDelay(
            this::refreshQuietly, 0, Math.max(1, refreshSeconds), TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (refreshing != null) {
      refreshing.cancel(false);
    }
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (RuntimeException e) {
      // The database may be down: the gauges keep their last values, health says DOWN.
      LOG.log(Level.WARNING, "Metrics read from the database not refreshed: " + e, e);
    }
  }

  /**
   * Reads the stored facts and registers the gauges of sources seen for the first time. A count no
   * longer read (no run running any more) goes to 0; the period of a source no longer pulled is
   * removed.
   */
  void refresh() {
    Set<String> seen = new HashSet<>();
    refresh(seen);
    for (String key : Set.copyOf(values.keySet())) {
      if (!seen.contains(key)) {
        if (key.startsWith(Metrics.PULL_PERIOD + "|")) {
          registry.remove(ids.remove(key));
          values.remove(key);
        } else {
          values.put(key, 0.0);
        }
      }
    }
  }

  private void refresh(Set<String> seen) {
    stored(
        seen,
        Metrics.FEDERATION_BACKLOG,
        "Listings pending federation.",
        backlog.pending(),
        new Tag[0]);
    stored(
        seen,
        Metrics.INDEX_OUTBOX,
        "Indexing events in the outbox.",
        facts.outboxEvents(),
        new Tag[0]);
    // Rows are summed over the outcomes of a source's finished runs.
    Map<List<String>, Long> rows = new HashMap<>();
    for (StoredFacts.Runs r : facts.runs()) {
      stored(
          seen,
          Metrics.IMPORT_RUNS,
          "Import runs recorded, by source and outcome.",
          r.runs(),
          new Tag("source", r.source()),
          new Tag("outcome", r.outcome()));
      if (!"running".equals(r.outcome())) {
        rows.merge(List.of(r.source(), "accepted"), r.accepted(), Long::sum);
        rows.merge(List.of(r.source(), "rejected"), r.rejected(), Long::sum);
        rows.merge(List.of(r.source(), "warned"), r.warned(), Long::sum);
      }
    }
    rows.forEach(
        (k, n) ->
            stored(
                seen,
                Metrics.IMPORT_ROWS,
                "Rows of finished import runs, by source and kind.",
                n,
                new Tag("source", k.get(0)),
                new Tag("kind", k.get(1))));
    for (Map.Entry<String, Integer> p : facts.pullPeriods().entrySet()) {
      stored(
          seen,
          Metrics.PULL_PERIOD,
          "Period of a pull source.",
          p.getValue() * 60.0,
          MetricUnits.SECONDS,
          new Tag("source", p.getKey()));
    }
    Map<String, Instant> lastHarvests = facts.lastHarvests();
    for (Map.Entry<String, Integer> p : facts.expectedPeriods().entrySet()) {
      boolean stale =
          fr.mediation.directory.api.source.SourceFreshness.of(
                  lastHarvests.get(p.getKey()), p.getValue(), defaultPeriodDays, clock.instant())
              .stale();
      stored(
          seen,
          Metrics.SOURCE_STALE,
          "1 when the source had no successful harvest for longer than its expected period.",
          stale ? 1 : 0,
          new Tag("source", p.getKey()));
    }
    for (Map.Entry<String, Instant> h : lastHarvests.entrySet()) {
      String source = h.getKey();
      if (harvests.put(source, h.getValue()) == null) {
        gauge(
            Metrics.HARVEST_AGE,
            "Time since the source's last successful harvest (imported or unchanged).",
            MetricUnits.SECONDS,
            () -> Duration.between(harvests.get(source), clock.instant()).toMillis() / 1000.0,
            new Tag("source", source));
      }
    }
  }

  private void stored(
      Set<String> seen, String name, String description, double value, Tag... tags) {
    stored(seen, name, description, value, MetricUnits.NONE, tags);
  }

  private void stored(
      Set<String> seen, String name, String description, double value, String unit, Tag... tags) {
    String key = key(name, tags);
    seen.add(key);
    if (values.put(key, value) == null) {
      ids.put(key, new MetricID(name, tags));
      gauge(name, description, unit, () -> values.getOrDefault(key, 0.0), tags);
    }
  }

  private void gauge(
      String name, String description, String unit, Supplier<Number> value, Tag... tags) {
    registry.gauge(
        Metadata.builder().withName(name).withDescription(description).withUnit(unit).build(),
        () -> value.get().doubleValue(),
        tags);
  }

  private static String key(String name, Tag... tags) {
    StringBuilder key = new StringBuilder(name);
    for (Tag t : tags) {
      key.append('|').append(t.getTagName()).append('=').append(t.getTagValue());
    }
    return key.toString();
  }
}
