package fr.mediation.directory.feed.pull;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link FeedFetcher} fetches: timeouts, size limit, retries, and how it names itself.
 *
 * @param connectTimeout the longest wait to open a connection
 * @param requestTimeout the longest one HTTP request may take, from sending it to the last byte of
 *     the body (each retry gets its own)
 * @param maxBodyBytes the largest file accepted, counted while it streams in, both as transferred
 *     and once gzip-decoded
 * @param maxAttempts how many HTTP requests one fetch may make, retries included (at least 1)
 * @param initialBackoff the wait before the first retry; it doubles before each following one
 * @param maxRetryAfter the longest wait a server's {@code Retry-After} can impose
 * @param userAgent the {@code User-Agent} header sent
 */
public record FetchOptions(
    Duration connectTimeout,
    Duration requestTimeout,
    long maxBodyBytes,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxRetryAfter,
    String userAgent) {

  /** The {@code User-Agent} sent unless told otherwise. */
  public static final String DEFAULT_USER_AGENT =
      "annuaire-mediation-numerique/0.1 (federated directory of digital-mediation venues;"
          + " hub feed pull; Java HttpClient)";

  private static final FetchOptions DEFAULTS =
      new FetchOptions(
          Duration.ofSeconds(10),
          Duration.ofSeconds(60),
          100L * 1024 * 1024,
          3,
          Duration.ofSeconds(1),
          Duration.ofSeconds(60),
          DEFAULT_USER_AGENT);

  /** Checks every value. */
  public FetchOptions {
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(requestTimeout, "requestTimeout");
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (initialBackoff.isNegative() || maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException("waits cannot be negative");
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    Objects.requireNonNull(userAgent, "userAgent");
    if (userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent cannot be blank");
    }
  }

  /**
   * Connect timeout 10 s, request timeout 60 s, 100 MiB at most, 3 attempts waiting 1 s then 2 s,
   * {@code Retry-After} capped at 60 s, {@link #DEFAULT_USER_AGENT}.
   */
  public static FetchOptions defaults() {
    return DEFAULTS;
  }

  public FetchOptions withConnectTimeout(Duration value) {
    return new FetchOptions(
        value, requestTimeout, maxBodyBytes, maxAttempts, initialBackoff, maxRetryAfter, userAgent);
  }

  public FetchOptions withRequestTimeout(Duration value) {
    return new FetchOptions(
        connectTimeout, value, maxBodyBytes, maxAttempts, initialBackoff, maxRetryAfter, userAgent);
  }

  public FetchOptions withMaxBodyBytes(long value) {
    return new FetchOptions(
        connectTimeout,
        requestTimeout,
        value,
        maxAttempts,
        initialBackoff,
        maxRetryAfter,
        userAgent);
  }

  public FetchOptions withMaxAttempts(int value) {
    return new FetchOptions(
        connectTimeout,
        requestTimeout,
        maxBodyBytes,
        value,
        initialBackoff,
        maxRetryAfter,
        userAgent);
  }

  public FetchOptions withInitialBackoff(Duration value) {
    return new FetchOptions(
        connectTimeout, requestTimeout, maxBodyBytes, maxAttempts, value, maxRetryAfter, userAgent);
  }

  public FetchOptions withMaxRetryAfter(Duration value) {
    return new FetchOptions(
        connectTimeout,
        requestTimeout,
        maxBodyBytes,
        maxAttempts,
        initialBackoff,
        value,
        userAgent);
  }

  public FetchOptions withUserAgent(String value) {
    return new FetchOptions(
        connectTimeout,
        requestTimeout,
        maxBodyBytes,
        maxAttempts,
        initialBackoff,
        maxRetryAfter,
        value);
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }
}
