package fr.mediation.directory.retry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failsafe.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryingTest {

  private final List<Duration> sleeps = new ArrayList<>();

  private static RetryPolicy<String> untilServed(int maxAttempts) {
    return RetryPolicy.<String>builder()
        .handleResultIf(answer -> answer.startsWith("503"))
        .withMaxAttempts(maxAttempts)
        .withDelayFn(context -> Duration.ofSeconds(context.getAttemptCount()))
        .build();
  }

  @Test
  void triesAgainWhatThePolicyHandlesWaitingWhatItAsks() {
    Retrying.Outcome<String> outcome =
        Retrying.run(
            untilServed(5), sleeps::add, attempt -> attempt < 3 ? "503 réessayez" : "200 servi");

    assertThat(outcome).isEqualTo(new Retrying.Outcome<>("200 servi", 3, false));
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void givesUpAfterTheLastAttemptWithTheLastAnswer() {
    Retrying.Outcome<String> outcome =
        Retrying.run(untilServed(2), sleeps::add, attempt -> "503 n° " + attempt);

    assertThat(outcome).isEqualTo(new Retrying.Outcome<>("503 n° 2", 2, false));
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void anAnswerThePolicyDoesNotHandleIsFinalAtOnce() {
    Retrying.Outcome<String> outcome =
        Retrying.run(untilServed(5), sleeps::add, attempt -> "404 l'adresse n'existe pas");

    assertThat(outcome.attempts()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void anInterruptedWaitStopsWithTheInterruptionKept() {
    Retrying.Outcome<String> outcome =
        Retrying.run(
            untilServed(5),
            d -> {
              throw new InterruptedException();
            },
            attempt -> "503");

    assertThat(outcome).isEqualTo(new Retrying.Outcome<>("503", 1, true));
    assertThat(Thread.interrupted()).isTrue();
  }
}
