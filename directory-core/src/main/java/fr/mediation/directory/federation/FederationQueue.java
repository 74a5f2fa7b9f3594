package fr.mediation.directory.federation;

import fr.mediation.directory.source.Sources;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs federation after imports and at start-up, in the background (Jakarta Concurrency's managed
 * executor), so that neither a push's answer nor a server's start waits for it: its cost grows with
 * the whole directory, not with the file. Requests made while one is waiting to run are one; after
 * each pass, the succeeded runs whose listings are all composed are recorded as complete.
 */
@ApplicationScoped
public class FederationQueue {

  private static final Logger LOG = Logger.getLogger(FederationQueue.class.getName());

  @Resource ManagedExecutorService executor;

  @Inject Federation federation;

  @Inject Sources sources;

  Clock clock = Clock.systemUTC();

  private final AtomicBoolean queued = new AtomicBoolean();

  /** Federates the pending listings in the background, soon. */
  public void request() {
    if (queued.compareAndSet(false, true)) {
      try {
        executor.submit(
            () -> {
              queued.set(false);
              runNow();
            });
      } catch (RuntimeException e) {
        queued.set(false);
        LOG.log(Level.SEVERE, "Federation could not be scheduled; it runs at the next import.", e);
      }
    }
  }

  /**
   * Federates the pending listings now, in this thread. A failure leaves them pending, for the next
   * import or the next start: the imports themselves stand. An error (out of memory) is logged as
   * well, then thrown on: the executor would keep it in a future nobody reads, and the runs would
   * wait for completion without a word in the log.
   */
  public void runNow() {
    Instant start = clock.instant();
    try {
      federation.reconcilePending();
      sources.completeRunsEndedBefore(start, clock.instant());
    } catch (RuntimeException | Error e) {
      LOG.log(
          Level.SEVERE, "Merged venues not updated; they will be at the next import or start.", e);
      if (e instanceof Error error) {
        throw error;
      }
    }
  }
}
