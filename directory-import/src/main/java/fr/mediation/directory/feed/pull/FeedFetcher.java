package fr.mediation.directory.feed.pull;

import static fr.mediation.directory.feed.pull.FetchOutcome.settled;
import static fr.mediation.directory.feed.pull.FetchTexts.describe;
import static fr.mediation.directory.feed.pull.FetchTexts.find;
import static fr.mediation.directory.feed.pull.FetchTexts.text;

import dev.failsafe.RetryPolicy;
import fr.mediation.directory.feed.pull.BoundedBody.BodyTooLarge;
import fr.mediation.directory.feed.pull.BoundedBody.LimitedBody;
import fr.mediation.directory.feed.pull.FetchOutcome.Redirected;
import fr.mediation.directory.feed.pull.FetchOutcome.Retryable;
import fr.mediation.directory.feed.pull.FetchOutcome.Settled;
import fr.mediation.directory.feed.pull.FetchResult.Failed;
import fr.mediation.directory.feed.pull.FetchResult.NotModified;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.retry.Retrying;
import fr.mediation.directory.retry.Sleeper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a hub's file over HTTP(S).
 *
 * <p>Built on the JDK's own {@link HttpClient}: on Java 21+ it is the HTTP library made for this
 * (HTTP/2, redirects, timeouts, streaming bodies with back-pressure; part of the platform since
 * Java 11), so the pull needs no extra dependency. A fetch:
 *
 * <ul>
 *   <li>is conditional: {@code If-None-Match} and {@code If-Modified-Since} carry the {@link
 *       FetchState} of the previous successful fetch, and a 304 answer gives {@link NotModified};
 *   <li>follows at most {@value #MAX_REDIRECTS} redirects, as its {@link RedirectPolicy} allows (by
 *       default to the same origin only, never from HTTPS to HTTP);
 *   <li>is bounded: a connect timeout, a timeout on each whole request (body included), and a
 *       maximum file size enforced while the body streams in and again while it is gzip-decoded;
 *   <li>retries, with exponential backoff, connection errors, timeouts, 429 and 5xx answers
 *       (waiting as a {@code Retry-After} in seconds asks, up to a cap), but no other 4xx: a
 *       Failsafe {@link RetryPolicy} run by {@link Retrying}, waiting with the injected {@link
 *       Sleeper};
 *   <li>asks for and decodes {@code gzip} content encoding;
 *   <li>names the directory in its {@code User-Agent}.
 * </ul>
 *
 * <p>It never throws for a network or HTTP problem: those are {@link Failed} results, explained in
 * English and French ({@link FetchTexts}). Instances are thread-safe; {@linkplain #close() close}
 * them when done. Here, one fetch's conditional request, retries and redirects; the reading of an
 * answer is {@link FetchAnswer}'s, the size limit {@link BoundedBody}'s.
 */
public final class FeedFetcher implements AutoCloseable {

  private final FetchOptions options;
  private final Sleeper sleeper;
  private final RetryPolicy<FetchOutcome> retries;
  private final RedirectPolicy redirects;
  private final FetchAnswer answers;
  private final HttpClient client;

  /** Redirects followed at most in one fetch. */
  static final int MAX_REDIRECTS = 5;

  /** A fetcher with {@link FetchOptions#defaults()}. */
  public FeedFetcher() {
    this(FetchOptions.defaults());
  }

  /** A fetcher with these options, really waiting between attempts. */
  public FeedFetcher(FetchOptions options) {
    this(options, Sleeper.real());
  }

  /** A fetcher with these options, waiting between attempts with {@code sleeper}. */
  public FeedFetcher(FetchOptions options, Sleeper sleeper) {
    this(options, sleeper, RedirectPolicy.SAME_ORIGIN);
  }

  /** A fetcher with these options, following the redirects {@code redirects} allows. */
  public FeedFetcher(FetchOptions options, Sleeper sleeper, RedirectPolicy redirects) {
    this.options = Objects.requireNonNull(options, "options");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.redirects = Objects.requireNonNull(redirects, "redirects");
    this.answers = new FetchAnswer(options);
    this.retries =
        RetryPolicy.<FetchOutcome>builder()
            .handleResultIf(outcome -> outcome instanceof Retryable)
            .withMaxAttempts(options.maxAttempts())
            .withDelayFn(
                context ->
                    wait(
                        context.getAttemptCount(),
                        ((Retryable) context.getLastResult()).retryAfter()))
            .build();
    // Redirects are followed here, each one checked, never by the client itself.
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(options.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The options this fetcher applies. */
  public FetchOptions options() {
    return options;
  }

  /**
   * Fetches {@code url}, conditionally on {@code previous}.
   *
   * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL with a host
   */
  public FetchResult fetch(String url, FetchState previous) {
    Objects.requireNonNull(url, "url");
    return fetch(URI.create(url.strip()), previous);
  }

  /**
   * Fetches {@code url}, conditionally on {@code previous} ({@link FetchState#none()} for an
   * unconditional fetch).
   *
   * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL with a host
   */
  public FetchResult fetch(URI url, FetchState previous) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(previous, "previous");
    requireHttp(url);
    String shown = FetchTexts.display(url);
    Redirects followed = new Redirects(url, request(url, previous));
    Retrying.Outcome<FetchOutcome> done =
        Retrying.run(
            retries, sleeper, attempt -> followingRedirects(followed, previous, shown, attempt));
    if (done.last() instanceof Settled settled) {
      return settled.result();
    }
    Retryable failure = (Retryable) done.last();
    return done.interrupted()
        ? interrupted(shown, failure.status(), done.attempts())
        : failure.toFailed(done.attempts());
  }

  /** Where the redirects followed so far lead: a retry asks there again. */
  private static final class Redirects {
    URI current;
    HttpRequest request;
    int count;

    Redirects(URI current, HttpRequest request) {
      this.current = current;
      this.request = request;
    }
  }

  /**
   * One attempt: a request, and the redirects it meets, each checked by the {@link RedirectPolicy}
   * (a redirect followed is not a failed attempt).
   */
  private FetchOutcome followingRedirects(
      Redirects followed, FetchState previous, String shown, int attempt) {
    while (true) {
      FetchOutcome outcome = attempt(followed.request, shown, attempt);
      if (!(outcome instanceof Redirected redirect)) {
        return outcome;
      }
      URI target = redirect.target();
      Optional<Message> refusal =
          ++followed.count > MAX_REDIRECTS
              ? Optional.of(text("redirect.too-many", String.valueOf(MAX_REDIRECTS)))
              : redirects.check(followed.current, target);
      if (refusal.isPresent()) {
        Message why =
            text(
                "redirect.refused",
                String.valueOf(redirect.status()),
                shown,
                refusal.get().en(),
                refusal.get().fr());
        return settled(why, redirect.status(), attempt);
      }
      followed.current = target;
      followed.request = request(target, previous);
    }
  }

  /** Closes the underlying HTTP client, aborting any fetch under way. */
  @Override
  public void close() {
    client.shutdownNow();
  }

  private static void requireHttp(URI url) {
    String scheme = url.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      throw new IllegalArgumentException("Not an http(s) URL: " + FetchTexts.display(url));
    }
    if (url.getHost() == null || url.getHost().isBlank()) {
      throw new IllegalArgumentException("No host in URL: " + FetchTexts.display(url));
    }
  }

  private HttpRequest request(URI url, FetchState previous) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(url)
            .GET()
            .timeout(options.requestTimeout())
            .header("User-Agent", options.userAgent())
            .header("Accept-Encoding", "gzip");
    // A stored value the JDK refuses as a header only makes the fetch unconditional.
    if (previous.etag() != null) {
      try {
        builder.header("If-None-Match", previous.etag());
      } catch (IllegalArgumentException ignored) {
        // not a valid header value
      }
    }
    if (previous.lastModified() != null) {
      try {
        builder.header("If-Modified-Since", previous.lastModified());
      } catch (IllegalArgumentException ignored) {
        // not a valid header value
      }
    }
    return builder.build();
  }

  private Duration wait(int attempt, Duration retryAfter) {
    if (retryAfter != null) {
      return retryAfter.compareTo(options.maxRetryAfter()) > 0
          ? options.maxRetryAfter()
          : retryAfter;
    }
    return options.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
  }

  // --- one attempt ---

  private FetchOutcome attempt(HttpRequest request, String shown, int attempt) {
    boolean conditional =
        request.headers().firstValue("If-None-Match").isPresent()
            || request.headers().firstValue("If-Modified-Since").isPresent();
    CompletableFuture<HttpResponse<byte[]>> future;
    HttpResponse<byte[]> response;
    try {
      future = client.sendAsync(request, this::bodySubscriber);
    } catch (RuntimeException e) {
      return settled(text("fetch.error", shown, describe(e)), null, attempt);
    }
    try {
      response = future.get(options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return timeout(shown);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return new Settled(interrupted(shown, null, attempt));
    } catch (ExecutionException e) {
      return failure(e.getCause(), shown, attempt);
    }
    return answers.read(response, shown, conditional, attempt);
  }

  private BodySubscriber<byte[]> bodySubscriber(ResponseInfo info) {
    int status = info.statusCode();
    if (status >= 200 && status < 300) {
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      return new LimitedBody(options.maxBodyBytes(), declared, status);
    }
    // Error and 304 answers: their body, if any, is not needed.
    return BodySubscribers.replacing(null);
  }

  private FetchOutcome failure(Throwable cause, String shown, int attempt) {
    BodyTooLarge tooLarge = find(cause, BodyTooLarge.class);
    if (tooLarge != null) {
      return new Settled(answers.tooLarge(shown, tooLarge.declared, tooLarge.status, attempt));
    }
    if (find(cause, HttpConnectTimeoutException.class) != null) {
      String within = FetchTexts.duration(options.connectTimeout());
      return retryable(text("connect.timeout", shown, within));
    }
    if (find(cause, HttpTimeoutException.class) != null) {
      return timeout(shown);
    }
    ConnectException connect = find(cause, ConnectException.class);
    if (connect != null) {
      return retryable(text("connect.refused", shown, describe(connect)));
    }
    IOException io = find(cause, IOException.class);
    if (io != null) {
      return retryable(text("network", shown, describe(io)));
    }
    return settled(text("fetch.error", shown, describe(cause)), null, attempt);
  }

  private FetchOutcome timeout(String shown) {
    return retryable(text("timeout", shown, FetchTexts.duration(options.requestTimeout())));
  }

  /** A failure without an HTTP answer, worth another attempt after the usual backoff. */
  private static Retryable retryable(Message reason) {
    return new Retryable(reason, null, null);
  }

  private static Failed interrupted(String shown, Integer status, int attempts) {
    Message reason = text("interrupted", shown);
    return new Failed(reason.en(), reason.fr(), status, attempts);
  }
}
