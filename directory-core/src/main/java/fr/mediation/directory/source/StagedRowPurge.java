package fr.mediation.directory.source;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes, in the background, the rows staged by runs that no longer need them: published (once the
 * publication has committed), failed, interrupted. Nobody reads them any more, but a large file
 * leaves tens of thousands of them, whose deletion would lengthen the publication's one transaction
 * (its commit grew with them) or delay the start of the node that concludes an interrupted run.
 * Each batch of {@link #BATCH} rows is its own short transaction, so that a new import of the same
 * source (whose rows are staged under another run id) is never kept waiting, and a node that dies
 * during the deletion leaves the rest to its next start: every pass looks for all the concluded
 * runs that still have staged rows, whoever concluded them.
 */
@ApplicationScoped
public class StagedRowPurge {

  /** Staged rows deleted per transaction. */
  static final int BATCH = 1_000;

  /** After a failed pass (a lock timeout, the database unavailable), the next one starts then. */
  static final long RETRY_SECONDS = 10;

  private static final Logger LOG = Logger.getLogger(StagedRowPurge.class.getName());

  @Inject StagedRowStore store;

  @Resource ManagedScheduledExecutorService scheduler;

  /** Passes asked for since the running one started; 0 when none runs. */
  private final AtomicInteger requests = new AtomicInteger();

  private volatile boolean stopped;

  /**
   * Starts a pass in the background, or has the running one look again once it is done: runs may
   * have been concluded since it looked.
   */
  public void start() {
    if (requests.getAndIncrement() == 0) {
      try {
        scheduler.execute(this::drain);
      } catch (RejectedExecutionException e) {
        // The application is stopping: the next start looks again. A start never fails on it.
        requests.set(0);
        LOG.log(Level.WARNING, "Deleting the staged rows of concluded runs not started", e);
      }
    }
  }

  /**
   * Once the transaction that concluded a run for good has committed, deletes its staged rows (a
   * publication rolled back and run again still needs them).
   */
  void onReleased(@Observes(during = TransactionPhase.AFTER_SUCCESS) StagedRowsReleased released) {
    start();
  }

  private void drain() {
    try {
      int seen;
      do {
        seen = requests.get();
        pass();
      } while (!stopped && !requests.compareAndSet(seen, 0));
    } catch (RuntimeException e) {
      requests.set(0);
      if (!stopped) {
        LOG.log(
            Level.WARNING,
            "Deleting the staged rows of concluded runs failed; tried again in "
                + RETRY_SECONDS
                + " s",
            e);
        scheduler.schedule(this::start, RETRY_SECONDS, TimeUnit.SECONDS);
      }
    } finally {
      if (stopped) {
        requests.set(0);
      }
    }
  }

  /** Deletes the staged rows of every concluded run, batch by batch. */
  private void pass() {
    for (long runId : store.concludedRunsWithStagedRows()) {
      long deleted = 0;
      int batch;
      do {
        batch = store.deleteStagedRowsOfConcludedRun(runId, BATCH);
        deleted += batch;
      } while (batch > 0 && !stopped);
      long total = deleted;
      LOG.info(() -> "Deleted the " + total + " staged rows of concluded run " + runId + ".");
    }
  }

  @PreDestroy
  void stop() {
    stopped = true;
  }
}
