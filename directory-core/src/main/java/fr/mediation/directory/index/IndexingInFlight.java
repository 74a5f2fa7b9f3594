package fr.mediation.directory.index;

import jakarta.persistence.EntityManager;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.hibernate.search.util.common.SearchException;

/**
 * The index's work of many transactions, none of which waits for it, waited for once: each
 * transaction's commit hands its documents to the backend and goes on, and {@link #awaitSearchable}
 * returns when all of them are indexed and searchable. A long series of writes (federation's, a
 * département after another) thus does not stop at each one while the index catches up, and is
 * searchable whole at its end. With several nodes (outbox polling) indexing is asynchronous anyway
 * and this does nothing, as {@link SearchableAtOnce}.
 */
public final class IndexingInFlight {

  private final Queue<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> inFlight =
      new ConcurrentLinkedQueue<>();

  /**
   * The current transaction of {@code entityManager} hands its documents to the index at commit
   * without waiting for them; {@link #awaitSearchable} will.
   */
  public void track(EntityManager entityManager) {
    if (SearchableAtOnce.outboxPolling(entityManager)) {
      return;
    }
    Search.session(entityManager)
        .indexingPlanSynchronizationStrategy(
            context -> {
              context.documentCommitStrategy(DocumentCommitStrategy.NONE);
              context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
              context.indexingFutureHandler(this::add);
            });
  }

  /**
   * Keeps a transaction's indexing to wait for; those done well are dropped: a long series keeps
   * few.
   */
  void add(CompletableFuture<? extends SearchIndexingPlanExecutionReport> future) {
    inFlight.removeIf(f -> f.isDone() && !f.isCompletedExceptionally() && ok(f));
    inFlight.add(future);
  }

  /**
   * Waits until the documents of every transaction {@linkplain #track tracked} so far are indexed,
   * then makes them searchable.
   *
   * @throws SearchException when the index failed to take some of them (the first failure, naming
   *     the documents)
   */
  public void awaitSearchable(EntityManager entityManager) {
    if (SearchableAtOnce.outboxPolling(entityManager)) {
      return;
    }
    awaitIndexed();
    Search.session(entityManager).workspace().refresh();
  }

  /** Waits until the documents of every transaction tracked so far are indexed. */
  void awaitIndexed() {
    SearchException failure = null;
    for (CompletableFuture<? extends SearchIndexingPlanExecutionReport> f = inFlight.poll();
        f != null;
        f = inFlight.poll()) {
      SearchException failed = failure(f);
      if (failure == null) {
        failure = failed;
      } else if (failed != null) {
        failure.addSuppressed(failed);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** How many transactions' documents may still be on their way to the index. */
  int inFlight() {
    return inFlight.size();
  }

  private static boolean ok(CompletableFuture<? extends SearchIndexingPlanExecutionReport> done) {
    return done.join().throwable().isEmpty();
  }

  private static SearchException failure(
      CompletableFuture<? extends SearchIndexingPlanExecutionReport> future) {
    SearchIndexingPlanExecutionReport report;
    try {
      report = future.join();
    } catch (CompletionException e) {
      return new SearchException("Indexing failed: " + e.getCause(), e.getCause());
    }
    return report
        .throwable()
        .map(
            t ->
                new SearchException(
                    "Indexing failed for "
                        + report.failingEntities().size()
                        + " entities, among them "
                        + report.failingEntities().stream().limit(5).toList()
                        + ": "
                        + t.getMessage(),
                    t))
        .orElse(null);
  }
}
