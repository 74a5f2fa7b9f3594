package fr.mediation.directory.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The time limits of the queries that answer public requests: each search of the index, all its
 * queries together ({@code directory.search.timeout}), and each SQL query of a public read ({@code
 * directory.sql.timeout}), ISO-8601 durations. A query over its limit fails (Hibernate Search's
 * {@code SearchTimeoutException}, JPA's {@code QueryTimeoutException}) and the request is answered
 * 503 with {@code Retry-After}, rather than holding a thread while others queue behind it. Imports
 * and federation are not limited: their queries run in the background.
 */
@ApplicationScoped
public class QueryTimeouts {

  /** The JPA hint of a query's time limit, in milliseconds. */
  public static final String SQL_HINT = "jakarta.persistence.query.timeout";

  /** Seconds a client should wait before trying a timed-out request again. */
  public static final int RETRY_AFTER_SECONDS = 10;

  @Inject
  @ConfigProperty(name = "directory.search.timeout", defaultValue = "PT10S")
  Duration search;

  @Inject
  @ConfigProperty(name = "directory.sql.timeout", defaultValue = "PT10S")
  Duration sql;

  /** The limit of one search of the index, in nanoseconds: at least one, at most a day. */
  public long searchNanos() {
    return Math.clamp(search.toNanos(), 1, Duration.ofDays(1).toNanos());
  }

  /**
   * {@code query} limited to {@code directory.sql.timeout}. JDBC counts whole seconds: a limit
   * under a second is rounded up to one, since zero would mean none.
   */
  public <Q extends Query> Q limit(Q query) {
    return limit(query, Long.MAX_VALUE);
  }

  /**
   * {@code query} limited to {@code directory.sql.timeout}, or to {@code leftNanos} when shorter: a
   * SQL query answering a search, within what is left of the search's limit (rounded up to a second
   * as above).
   */
  public <Q extends Query> Q limit(Q query, long leftNanos) {
    long millis = Math.min(sql.toMillis(), leftNanos / 1_000_000);
    query.setHint(SQL_HINT, (int) Math.min(Integer.MAX_VALUE, Math.max(1000, millis)));
    return query;
  }
}
