package fr.mediation.directory.feed.pull;

import fr.mediation.directory.feed.pull.FetchResult.Failed;
import fr.mediation.directory.message.Message;
import java.net.URI;
import java.time.Duration;

/** What one HTTP request of a {@link FeedFetcher} came to. */
sealed interface FetchOutcome {

  /** The fetch is over, for better or worse. */
  record Settled(FetchResult result) implements FetchOutcome {}

  /** The server redirects to {@code target}, to be checked before it is followed. */
  record Redirected(URI target, int status) implements FetchOutcome {}

  /** The request failed in a way worth trying again. */
  record Retryable(Message reason, Integer status, Duration retryAfter) implements FetchOutcome {

    /** The failure once the attempts are spent: the reason, and how many attempts it took. */
    Failed toFailed(int attempts) {
      Message told =
          FetchTexts.text(
              attempts == 1 ? "attempts.one" : "attempts",
              reason.en(),
              reason.fr(),
              String.valueOf(attempts));
      return new Failed(told.en(), told.fr(), status, attempts);
    }
  }

  /** A failure that no retry would mend, after {@code attempts} requests. */
  static Settled settled(Message reason, Integer status, int attempts) {
    return new Settled(new Failed(reason.en(), reason.fr(), status, attempts));
  }
}
