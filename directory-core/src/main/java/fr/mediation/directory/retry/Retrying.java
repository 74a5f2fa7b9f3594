package fr.mediation.directory.retry;

import dev.failsafe.Execution;
import dev.failsafe.RetryPolicy;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Runs a call under a Failsafe {@link RetryPolicy} (which answers are tried again, how many times,
 * how long to wait before each), waiting with a {@link Sleeper} rather than Failsafe's own clock,
 * so that a test sees every wait and spends none. The calls answer with a value that says how they
 * went, never by throwing: the policy's {@code handleResultIf} picks those worth another attempt.
 */
public final class Retrying {

  private Retrying() {}

  /**
   * What a call came to after its attempts.
   *
   * @param last the last attempt's answer
   * @param attempts how many attempts were made
   * @param interrupted whether a wait was interrupted (the thread's flag is set again)
   */
  public record Outcome<R>(R last, int attempts, boolean interrupted) {}

  /**
   * Calls {@code attempt} (with the attempt's number, from 1) until {@code policy} is satisfied
   * with its answer or gives up, sleeping with {@code sleeper} the delay the policy asks between
   * attempts.
   */
  public static <R> Outcome<R> run(RetryPolicy<R> policy, Sleeper sleeper, IntFunction<R> attempt) {
    Objects.requireNonNull(sleeper, "sleeper");
    Execution<R> execution = Execution.of(policy);
    int attempts = 0;
    while (true) {
      R answer = attempt.apply(++attempts);
      execution.recordResult(answer);
      if (execution.isComplete()) {
        return new Outcome<>(answer, attempts, false);
      }
      try {
        sleeper.sleep(execution.getDelay());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Outcome<>(answer, attempts, true);
      }
    }
  }
}
