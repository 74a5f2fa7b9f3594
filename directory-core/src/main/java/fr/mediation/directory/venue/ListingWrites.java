package fr.mediation.directory.venue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Takes turns, on one node, between the transactions that rewrite many listings: an import's
 * publication and federation's composition of merged venues. Both update the same {@link Venue}
 * rows (an import their fields, federation their merged id), each under its optimistic version.
 * Without turns, federation composing an earlier import's venues in the background bumps the
 * versions of listings a later publication of the same source has just read: the publication, one
 * long transaction, then fails or deadlocks at every retry while federation goes on.
 *
 * <p>The turn is taken before the transaction begins, so that what a transaction reads is what it
 * writes over. Nodes sharing a database still meet through the versions: the publication is
 * retried.
 */
@ApplicationScoped
public class ListingWrites {

  private final ReentrantLock turn = new ReentrantLock(true);

  /** Runs {@code work} when no other listing-writing transaction of this node runs. */
  public <T> T inTurn(Supplier<T> work) {
    turn.lock();
    try {
      return work.get();
    } finally {
      turn.unlock();
    }
  }

  /** Whether the calling thread holds the turn (for assertions and tests). */
  public boolean heldByCurrentThread() {
    return turn.isHeldByCurrentThread();
  }
}
