package fr.mediation.directory.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryTimeoutsTest {

  private final Map<String, Object> hints = new HashMap<>();

  /** A query that only records its hints. */
  private final Query query =
      (Query)
          Proxy.newProxyInstance(
              Query.class.getClassLoader(),
              new Class<?>[] {Query.class},
              (proxy, method, args) -> {
                if (method.getName().equals("setHint")) {
                  hints.put((String) args[0], args[1]);
                }
                return proxy;
              });

  private QueryTimeouts timeouts(Duration sql) {
    QueryTimeouts timeouts = new QueryTimeouts();
    timeouts.sql = sql;
    timeouts.search = Duration.ofSeconds(10);
    return timeouts;
  }

  @Test
  void aSqlQueryIsLimitedToItsSettingOrToWhatIsLeftOfItsSearchWhenShorter() {
    timeouts(Duration.ofSeconds(10)).limit(query);
    assertThat(hints.get(QueryTimeouts.SQL_HINT)).isEqualTo(10_000);

    timeouts(Duration.ofSeconds(10)).limit(query, Duration.ofMillis(3_500).toNanos());
    assertThat(hints.get(QueryTimeouts.SQL_HINT)).isEqualTo(3_500);

    timeouts(Duration.ofSeconds(2)).limit(query, Duration.ofSeconds(8).toNanos());
    assertThat(hints.get(QueryTimeouts.SQL_HINT)).isEqualTo(2_000);
  }

  @Test
  void underASecondIsRoundedUpToOneSinceZeroWouldMeanNone() {
    timeouts(Duration.ofSeconds(10)).limit(query, Duration.ofMillis(40).toNanos());
    assertThat(hints.get(QueryTimeouts.SQL_HINT)).isEqualTo(1_000);
  }
}
