package fr.mediation.directory.api.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The directory's own metrics, in the application registry (exported with {@code
 * mp_scope="application"}): every name is declared here, and what records them goes through this
 * facade. Timers are exported as Prometheus histograms (buckets in microprofile-config.properties),
 * counters with a {@code _total} suffix, timers and gauges in seconds with a {@code _seconds}
 * suffix.
 */
@ApplicationScoped
public class Metrics {

  /**
   * Timer of HTTP requests: tags {@code route} (the matched template), {@code method}, {@code
   * status}.
   */
  public static final String HTTP_REQUESTS = "directory_http_requests";

  /** Timer of venue searches in the index ({@code VenueSearch.search}), whatever the caller. */
  public static final String SEARCH = "directory_search";

  /** Timer of federation runs (composition of the merged venues of pending listings). */
  public static final String FEDERATION = "directory_federation";

  /** Counter of requests refused by a rate limit: tag {@code limit}. */
  public static final String RATE_LIMIT_REFUSALS = "directory_rate_limit_refusals";

  /**
   * Timer of the time a citizen's read waited for its turn ({@code directory.serve.at-once} served
   * at once, the others in arrival order).
   */
  public static final String TURN_WAITS = "directory_turn_waits";

  /** Counter of citizens' reads answered 503 because their turn did not come in time. */
  public static final String TURN_REFUSALS = "directory_turn_refusals";

  /**
   * Counter of requests answered 503 because a query exceeded its time limit: tag {@code kind}
   * ({@code search} for the index, {@code sql} for the database).
   */
  public static final String QUERY_TIMEOUTS = "directory_query_timeouts";

  /** Gauge: listings pending federation (from the database). */
  public static final String FEDERATION_BACKLOG = "directory_federation_backlog";

  /** Gauge: indexing events waiting in the outbox (several nodes; from the database). */
  public static final String INDEX_OUTBOX = "directory_index_outbox_events";

  /** Gauge: 1 while this node rebuilds the search index, else 0. */
  public static final String INDEX_REBUILDING = "directory_index_rebuilding";

  /**
   * Gauge: what this node's start-up comparison of the index with the database repaired; tag kind
   * ({@code missing}, {@code stale}, {@code removed}).
   */
  public static final String INDEX_REPAIRED = "directory_index_repaired_documents";

  /** Gauge: time since a source's last successful harvest (imported or unchanged); tag source. */
  public static final String HARVEST_AGE = "directory_source_harvest_age";

  /**
   * Gauge: 1 when a source had no successful harvest for longer than its expected period (or
   * never), else 0; tag {@code source}.
   */
  public static final String SOURCE_STALE = "directory_source_stale";

  /** Gauge: a pull source's period; tag {@code source}. */
  public static final String PULL_PERIOD = "directory_source_pull_period";

  /** Gauge: import runs recorded in the database; tags {@code source}, {@code outcome}. */
  public static final String IMPORT_RUNS = "directory_import_runs";

  /**
   * Gauge: rows of finished runs; tags {@code source}, {@code kind} (accepted, rejected, warned).
   */
  public static final String IMPORT_ROWS = "directory_import_rows";

  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

  @Inject MetricRegistry registry;

  /**
   * The timers already registered, by name and tags: a search or a request updates its timer
   * without building its metadata and looking it up in the registry each time (a few per cent of a
   * saturated search's CPU). Timers are never removed from the registry, so a handle stays valid.
   */
  private final Map<List<Object>, org.eclipse.microprofile.metrics.Timer> timers =
      new ConcurrentHashMap<>();

  /** Counts a request refused by the rate limit named {@code limit} (e.g. {@code api}). */
  public void rateLimitRefused(String limit) {
    registry
        .counter(
            Metadata.builder()
                .withName(RATE_LIMIT_REFUSALS)
                .withDescription("Requests refused by a rate limit.")
                .build(),
            new Tag("limit", limit))
        .inc();
  }

  /** Counts a request given up because a query of {@code kind} exceeded its time limit. */
  public void queryTimedOut(String kind) {
    registry
        .counter(
            Metadata.builder()
                .withName(QUERY_TIMEOUTS)
                .withDescription("Requests given up because a query exceeded its time limit.")
                .build(),
            new Tag("kind", kind))
        .inc();
  }

  /** Records the time a read waited for its turn to be served. */
  public void turnWaited(Duration waited) {
    timer(TURN_WAITS, "Time citizens' reads waited for their turn.").update(waited);
  }

  /** Counts a read refused because its turn did not come within its time limit. */
  public void turnRefused() {
    registry
        .counter(
            Metadata.builder()
                .withName(TURN_REFUSALS)
                .withDescription("Citizens' reads refused because their turn did not come in time.")
                .build())
        .inc();
  }

  /** Records one HTTP request of {@code route} (a template, never a raw path). */
  public void request(String route, String method, int status, Duration elapsed) {
    String verb = method == null ? "OTHER" : method.toUpperCase(Locale.ROOT);
    timer(
            HTTP_REQUESTS,
            "HTTP requests by route, method and status.",
            new Tag("route", route),
            new Tag("method", METHODS.contains(verb) ? verb : "OTHER"),
            new Tag("status", Integer.toString(status)))
        .update(elapsed);
  }

  /** Records one search of the venue index. */
  public void searched(Duration elapsed) {
    timer(SEARCH, "Searches of the venue index.").update(elapsed);
  }

  /** Records one federation run. */
  public void federated(Duration elapsed) {
    timer(FEDERATION, "Federation runs (merged venues composed again).").update(elapsed);
  }

  private org.eclipse.microprofile.metrics.Timer timer(
      String name, String description, Tag... tags) {
    List<Object> key = List.of(name, Arrays.asList(tags));
    return timers.computeIfAbsent(
        key,
        k ->
            registry.timer(
                Metadata.builder()
                    .withName(name)
                    .withDescription(description)
                    .withUnit(MetricUnits.SECONDS)
                    .build(),
                tags));
  }
}
