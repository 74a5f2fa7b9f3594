package fr.mediation.directory.index;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

/**
 * Writes that must be found by the next search: the index is refreshed at the end of the
 * transaction (but committed to disk on the backend's interval). With several nodes (outbox
 * polling, {@code docs/deploy.md}) indexing is always asynchronous, and this does nothing.
 */
public final class SearchableAtOnce {

  private static volatile Boolean outboxPolling;

  private SearchableAtOnce() {}

  /** Applies to the current transaction of {@code entityManager}. */
  public static void in(EntityManager entityManager) {
    if (!outboxPolling(entityManager)) {
      Search.session(entityManager)
          .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.readSync());
    }
  }

  /**
   * The opposite, for one of many writes of a batch whose last write is searchable at once: the
   * transaction's commit does not wait for the index. Its changes are indexed in the background, in
   * order, before those of any later transaction (the backend's queue is first in, first out, and
   * bounded: a writer far ahead of the index waits), so the batch's last write, once searchable,
   * makes the whole batch searchable.
   */
  public static void notAwaited(EntityManager entityManager) {
    if (!outboxPolling(entityManager)) {
      Search.session(entityManager)
          .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
    }
  }

  private static boolean outboxPolling(EntityManager entityManager) {
    if (outboxPolling == null) {
      outboxPolling =
          "outbox-polling"
              .equals(
                  entityManager
                      .getEntityManagerFactory()
                      .getProperties()
                      .get("hibernate.search.coordination.strategy"));
    }
    return outboxPolling;
  }
}
