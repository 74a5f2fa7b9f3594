package fr.mediation.directory.feed.pull;

import static fr.mediation.directory.feed.pull.FetchOutcome.settled;
import static fr.mediation.directory.feed.pull.FetchTexts.describe;
import static fr.mediation.directory.feed.pull.FetchTexts.text;

import fr.mediation.directory.feed.pull.BoundedBody.BodyTooLarge;
import fr.mediation.directory.feed.pull.FetchOutcome.Redirected;
import fr.mediation.directory.feed.pull.FetchOutcome.Retryable;
import fr.mediation.directory.feed.pull.FetchOutcome.Settled;
import fr.mediation.directory.feed.pull.FetchResult.Failed;
import fr.mediation.directory.feed.pull.FetchResult.Fetched;
import fr.mediation.directory.feed.pull.FetchResult.NotModified;
import fr.mediation.directory.message.Message;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a hub's HTTP answer means for a {@link FeedFetcher}: its file (gzip decoded), not modified,
 * a redirect to check, a failure worth another attempt (429, 5xx, with its {@code Retry-After}) or
 * one that is final.
 */
final class FetchAnswer {

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final FetchOptions options;

  FetchAnswer(FetchOptions options) {
    this.options = options;
  }

  /**
   * The outcome of {@code response} from {@code shown}, to a request {@code conditional} or not.
   */
  FetchOutcome read(HttpResponse<byte[]> response, String shown, boolean conditional, int attempt) {
    int status = response.statusCode();
    HttpHeaders headers = response.headers();
    if (status == 304) {
      if (conditional) {
        return new Settled(new NotModified(attempt));
      }
      return settled(text("not-modified.unasked", shown), status, attempt);
    }
    if (status >= 200 && status < 300) {
      return fetched(response, shown, attempt);
    }
    if (status == 429 || (status >= 500 && status < 600)) {
      return new Retryable(FetchTexts.status("status", status, shown), status, retryAfter(headers));
    }
    Optional<String> location = headers.firstValue("Location");
    if (REDIRECTS.contains(status) && location.isPresent()) {
      try {
        return new Redirected(response.uri().resolve(location.get().strip()), status);
      } catch (IllegalArgumentException e) {
        return settled(FetchTexts.status("redirect.invalid", status, shown), status, attempt);
      }
    }
    if (status >= 300 && status < 400) {
      return settled(FetchTexts.status("redirect.no-location", status, shown), status, attempt);
    }
    return settled(FetchTexts.status("status.final", status, shown), status, attempt);
  }

  private FetchOutcome fetched(HttpResponse<byte[]> response, String shown, int attempt) {
    int status = response.statusCode();
    HttpHeaders headers = response.headers();
    byte[] body = response.body();
    List<String> encodings = new ArrayList<>();
    for (String value : headers.allValues("Content-Encoding")) {
      for (String token : value.split(",")) {
        String encoding = token.strip().toLowerCase(Locale.ROOT);
        if (!encoding.isEmpty() && !encoding.equals("identity")) {
          encodings.add(encoding);
        }
      }
    }
    if (encodings.size() > 1
        || (encodings.size() == 1
            && !encodings.getFirst().equals("gzip")
            && !encodings.getFirst().equals("x-gzip"))) {
      String named = String.join(", ", encodings);
      return settled(text("encoding.unsupported", shown, named), status, attempt);
    }
    if (encodings.size() == 1) {
      try {
        body = BoundedBody.gunzip(body, options.maxBodyBytes());
      } catch (BodyTooLarge e) {
        return new Settled(tooLarge(shown, -1, status, attempt));
      } catch (IOException e) {
        return settled(text("gzip.broken", shown, describe(e)), status, attempt);
      }
    }
    FetchState state =
        new FetchState(
            headers.firstValue("ETag").orElse(null),
            headers.firstValue("Last-Modified").orElse(null));
    return new Settled(
        new Fetched(body, state, headers.firstValue("Content-Type").orElse(null), attempt));
  }

  /** The wait a {@code Retry-After} in seconds asks for; null for none, a date or an odd value. */
  private static Duration retryAfter(HttpHeaders headers) {
    String value = headers.firstValue("Retry-After").map(String::strip).orElse("");
    if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(Character::isDigit)) {
      return null; // absent, an HTTP date, or unreasonably long: the usual backoff applies
    }
    return Duration.ofSeconds(Long.parseLong(value));
  }

  /** The file is larger than the limit ({@code declared} by the server, or -1 when found out). */
  Failed tooLarge(String shown, long declared, int status, int attempts) {
    Message limit = FetchTexts.size(options.maxBodyBytes());
    Message reason =
        text(
            declared > 0 ? "too-large.declared" : "too-large",
            shown,
            limit.en(),
            String.valueOf(declared),
            limit.fr());
    return new Failed(reason.en(), reason.fr(), status, attempts);
  }
}
