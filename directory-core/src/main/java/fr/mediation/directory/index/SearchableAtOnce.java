package fr.mediation.directory.index;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

/**
 * Writes that must be found by the next search: the index is refreshed at the end of the
 * transaction (but committed to disk on the backend's interval). Many writes searchable together at
 * their end: {@link IndexingInFlight}. With several nodes (outbox polling, {@code docs/deploy.md})
 * indexing is always asynchronous, and this does nothing.
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

  /** Whether indexing goes through the database's outbox (several nodes): always asynchronous. */
  static boolean outboxPolling(EntityManager entityManager) {
    return outboxPolling(entityManager.getEntityManagerFactory());
  }

  /** The same, from the persistence unit's settings. */
  static boolean outboxPolling(EntityManagerFactory factory) {
    if (outboxPolling == null) {
      outboxPolling =
          "outbox-polling"
              .equals(factory.getProperties().get("hibernate.search.coordination.strategy"));
    }
    return outboxPolling;
  }
}
