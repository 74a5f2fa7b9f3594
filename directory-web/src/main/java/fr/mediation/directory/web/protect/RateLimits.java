package fr.mediation.directory.web.protect;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * A token bucket per client: {@code capacity} requests, all given back every {@code period}. The
 * buckets of clients quiet for a whole period are forgotten.
 */
final class RateLimits {

  /** Clients remembered at most (the oldest forgotten first). */
  private static final int CLIENTS = 100_000;

  private final int capacity;
  private final Duration period;
  private final Cache<String, Bucket> buckets;

  RateLimits(int capacity, Duration period) {
    this.capacity = capacity;
    this.period = period;
    this.buckets = Caffeine.newBuilder().maximumSize(CLIENTS).expireAfterAccess(period).build();
  }

  /**
   * Takes one request from {@code client}'s budget: empty when it is allowed, else the seconds
   * until the budget is refilled. A capacity of 0 or less means no limit.
   */
  OptionalLong take(String client) {
    if (capacity <= 0) {
      return OptionalLong.empty();
    }
    Bucket bucket =
        buckets.get(
            client,
            key ->
                Bucket.builder()
                    .addLimit(
                        Bandwidth.builder()
                            .capacity(capacity)
                            .refillIntervally(capacity, period)
                            .build())
                    .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return OptionalLong.empty();
    }
    long seconds = Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1;
    return OptionalLong.of(seconds);
  }
}
