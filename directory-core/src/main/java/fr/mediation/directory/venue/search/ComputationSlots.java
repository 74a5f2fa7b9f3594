package fr.mediation.directory.venue.search;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * A bounded number of costly computations running at once: one more is refused at once ({@link
 * SearchBusyException}) rather than queued, so that a burst of uncacheable requests cannot take
 * every thread and starve the cheap ones.
 */
public final class ComputationSlots {

  private final Semaphore slots;

  /**
   * At most {@code slots} computations at once. Zero refuses every one: an operator's brake on a
   * costly endpoint under attack, which then serves only what it has cached.
   */
  public ComputationSlots(int slots) {
    this.slots = new Semaphore(Math.max(0, slots));
  }

  /** The result of {@code computation}, run in a free slot, or {@link SearchBusyException}. */
  public <T> T run(Supplier<T> computation) {
    if (!slots.tryAcquire()) {
      throw new SearchBusyException();
    }
    try {
      return computation.get();
    } finally {
      slots.release();
    }
  }
}
