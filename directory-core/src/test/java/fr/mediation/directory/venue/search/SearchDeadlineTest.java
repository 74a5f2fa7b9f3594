package fr.mediation.directory.venue.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.util.common.SearchTimeoutException;
import org.junit.jupiter.api.Test;

class SearchDeadlineTest {

  private final AtomicLong now = new AtomicLong(1_000);
  private final SearchDeadline deadline = new SearchDeadline(now::get);

  @Test
  void eachQueryGetsWhatIsLeftOfTheSearchsLimit() {
    long left =
        deadline.within(
            500,
            () -> {
              now.addAndGet(200);
              return deadline.left();
            });
    assertThat(left).isEqualTo(300);
  }

  @Test
  void aQueryPastTheLimitFailsBeforeItRuns() {
    assertThatThrownBy(
            () ->
                deadline.within(
                    500,
                    () -> {
                      now.addAndGet(500);
                      return deadline.left();
                    }))
        .isInstanceOf(SearchTimeoutException.class)
        .hasMessageContaining("directory.search.timeout");
  }

  @Test
  void aNestedSearchKeepsTheOuterDeadlineAndTheNextSearchStartsAfresh() {
    deadline.within(
        500,
        () -> {
          now.addAndGet(400);
          return deadline.within(10_000, () -> assertThat(deadline.left()).isEqualTo(100));
        });
    now.addAndGet(10_000);
    assertThat(deadline.within(500, deadline::left)).isEqualTo(500);
  }

  @Test
  void noQueryOutsideASearch() {
    assertThatThrownBy(deadline::left).isInstanceOf(IllegalStateException.class);
  }
}
