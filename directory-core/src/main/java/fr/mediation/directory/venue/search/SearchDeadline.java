package fr.mediation.directory.venue.search;

import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.hibernate.search.util.common.SearchTimeoutException;

/**
 * The time left to the search running on this thread: a search of several queries (a page, its
 * count after a cursor, facets) shares one limit, and each query is given what is left of it
 * ({@code failAfter}). Checked before each query with the JVM's nanosecond clock, so that a search
 * past its limit fails before it starts its next query, whatever Hibernate Search's own
 * (millisecond, coarse) timer sees.
 */
final class SearchDeadline {

  private static final ThreadLocal<Long> END = new ThreadLocal<>();

  private final LongSupplier nanoTime;

  SearchDeadline(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /**
   * The result of {@code search}, which must end within {@code limitNanos} from now; a search
   * called from within another keeps the outer one's deadline.
   */
  <T> T within(long limitNanos, Supplier<T> search) {
    if (END.get() != null) {
      return search.get();
    }
    END.set(nanoTime.getAsLong() + limitNanos);
    try {
      return search.get();
    } finally {
      END.remove();
    }
  }

  /**
   * The nanoseconds left to the running search, for its next query.
   *
   * @throws SearchTimeoutException when none is left
   * @throws IllegalStateException outside {@link #within}
   */
  long left() {
    Long end = END.get();
    if (end == null) {
      throw new IllegalStateException("A query of the index outside a search's time limit");
    }
    long left = end - nanoTime.getAsLong();
    if (left <= 0) {
      throw new SearchTimeoutException(
          "The search exceeded its time limit (directory.search.timeout)");
    }
    return left;
  }
}
