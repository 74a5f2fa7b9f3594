package fr.mediation.directory.source;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes, in the background and in short transactions, the staged rows of runs that no longer need
 * them (published, failed, discarded, interrupted): inside the publication's one transaction,
 * deleting every row of a large file made its commit much longer, and nothing reads the staged rows
 * of a concluded run. Rows left by a server that stopped first are swept at the next start.
 */
@ApplicationScoped
public class StagedRowSweeper {

  /** After the runs left running were concluded at start-up. */
  public static final int PRIORITY = RunRecovery.PRIORITY + 10;

  private static final Logger LOG = Logger.getLogger(StagedRowSweeper.class.getName());

  @Resource ManagedExecutorService executor;

  @Inject StagedRows rows;

  /**
   * Deletes the staged rows of a concluded run soon, in the background, once the transaction that
   * concluded it has committed (a publication rolled back and run again still needs them).
   */
  void onReleased(@Observes(during = TransactionPhase.AFTER_SUCCESS) StagedRowsReleased released) {
    sweep(List.of(released.runId()));
  }

  void onStart(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object event) {
    List<Long> leftOver = rows.concludedRunsWithStagedRows();
    if (!leftOver.isEmpty()) {
      sweep(leftOver);
    }
  }

  private void sweep(List<Long> runIds) {
    try {
      executor.submit(() -> sweepNow(runIds));
    } catch (RejectedExecutionException e) {
      LOG.log(Level.WARNING, "Staged rows of runs " + runIds + " left for the next start.", e);
    }
  }

  /** Deletes the staged rows of {@code runIds} now, in this thread, a batch per transaction. */
  public void sweepNow(List<Long> runIds) {
    for (long runId : runIds) {
      try {
        while (rows.deleteBatch(runId) > 0) {
          // one batch per transaction, until none is left
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Staged rows of run " + runId + " left for the next start.", e);
      }
    }
  }
}
