package fr.mediation.directory.retry;

import java.time.Duration;

/** Waits between attempts; injectable so that tests need not wait. */
@FunctionalInterface
public interface Sleeper {

  /** Waits for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;

  /** The real wait, {@link Thread#sleep(Duration)}. */
  static Sleeper real() {
    return Thread::sleep;
  }
}
