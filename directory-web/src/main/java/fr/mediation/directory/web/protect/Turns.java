package fr.mediation.directory.web.protect;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A few requests served at once, the others waiting their turn in arrival order (the JDK's fair
 * semaphore is first in, first out), each for a limited time.
 *
 * <p>Why: on a busy node, requests that all run at once share the processors, and each takes as
 * many times its own cost as there are requests running: a costly search among sixteen waits for
 * sixteen of them. Served a few at a time, in order, a request waits for those ahead of it and then
 * runs at full speed, so the slowest answers come much closer to the typical one, and the
 * processors' caches are not shared by sixteen searches.
 */
final class Turns {

  private final Semaphore slots;
  private final long maxWaitNanos;

  /**
   * At most {@code atOnce} requests served at once, a request waiting at most {@code maxWait} for
   * its turn; {@code atOnce} of zero or less: every request is served at once, as it arrives.
   */
  Turns(int atOnce, Duration maxWait) {
    this.slots = atOnce > 0 ? new Semaphore(atOnce, true) : null;
    this.maxWaitNanos = Math.max(0, maxWait.toNanos());
  }

  /**
   * Waits for a turn: true when it came (the caller must then {@link #leave()}), false when the
   * wait would exceed its limit. An interrupted wait gives up, the thread's interrupt kept.
   */
  boolean take() {
    if (slots == null) {
      return true;
    }
    try {
      return slots.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Ends a turn taken by {@link #take()}: the next request in line is served. */
  void leave() {
    if (slots != null) {
      slots.release();
    }
  }

  /** Requests waiting for their turn now (an estimate: tests wait on it). */
  int waiting() {
    return slots == null ? 0 : slots.getQueueLength();
  }
}
