package fr.mediation.directory.web.protect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

  @Test
  void aClientBeyondItsBudgetWaitsAndOthersDoNot() {
    RateLimits limits = new RateLimits(2, Duration.ofHours(1));
    assertThat(limits.take("203.0.113.1")).isEmpty();
    assertThat(limits.take("203.0.113.1")).isEmpty();
    assertThat(limits.take("203.0.113.1")).isPresent();
    assertThat(limits.take("203.0.113.1").getAsLong()).isBetween(1L, 3600L);
    assertThat(limits.take("203.0.113.2")).isEmpty();
  }

  @Test
  void aZeroBudgetMeansNoLimit() {
    RateLimits none = new RateLimits(0, Duration.ofMinutes(1));
    for (int i = 0; i < 1000; i++) {
      assertThat(none.take("203.0.113.1")).isEmpty();
    }
  }

  @Test
  void reportsAreTheApisAndThePagesPosts() {
    assertThat(RateLimitFilter.isReport("POST", "/api/v1/error-reports")).isTrue();
    assertThat(RateLimitFilter.isReport("POST", "/lieux/abc/signaler")).isTrue();
    assertThat(RateLimitFilter.isReport("GET", "/lieux/abc/signaler")).isFalse();
    assertThat(RateLimitFilter.isReport("POST", "/api/v1/sources/x/error-reports")).isFalse();
  }
}
