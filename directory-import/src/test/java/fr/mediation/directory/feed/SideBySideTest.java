package fr.mediation.directory.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SideBySideTest {

  private final ExecutorService pool = Executors.newFixedThreadPool(3);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void resultsComeInTheItemsOrderWhicheverThreadMadeThem() {
    List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
    Set<String> threads = ConcurrentHashMap.newKeySet();

    List<String> results =
        new SideBySide(pool, 4)
            .map(
                items,
                i -> {
                  threads.add(Thread.currentThread().getName());
                  return "row " + i;
                });

    assertThat(results).isEqualTo(items.stream().map(i -> "row " + i).toList());
    // The calling thread takes the slices no pool thread has started yet: how many threads worked
    // depends on how fast the pool's threads start.
    assertThat(threads).contains(Thread.currentThread().getName()).hasSizeLessThanOrEqualTo(4);
  }

  @Test
  void withoutAnExecutorTheCallingThreadDoesEverything() {
    Set<String> threads = ConcurrentHashMap.newKeySet();

    List<Integer> results =
        new SideBySide(null, 4)
            .map(
                List.of(1, 2, 3),
                i -> {
                  threads.add(Thread.currentThread().getName());
                  return i * 2;
                });

    assertThat(results).containsExactly(2, 4, 6);
    assertThat(threads).containsExactly(Thread.currentThread().getName());
  }

  @Test
  // A guard against the hang this test is about (join cannot be interrupted), not a measure of
  // speed.
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void slicesNoOtherThreadStartsAreDoneByTheCallingThread() {
    // As the server does with the tasks of an application that is still starting: it keeps them.
    List<Runnable> kept = new ArrayList<>();
    List<Integer> items = IntStream.range(0, 1000).boxed().toList();

    List<Integer> results = new SideBySide(kept::add, 4).map(items, i -> i + 1);

    assertThat(results).isEqualTo(items.stream().map(i -> i + 1).toList());
    assertThat(kept).hasSize(3);
  }

  @Test
  void aSliceTheExecutorRefusesIsDoneByTheCallingThread() {
    Executor refusing =
        task -> {
          throw new RejectedExecutionException("shutting down");
        };

    assertThat(new SideBySide(refusing, 4).map(List.of(1, 2, 3, 4, 5), i -> i * 10))
        .containsExactly(10, 20, 30, 40, 50);
  }

  @Test
  void aFailureOnAnotherThreadIsThrownAsItWas() {
    List<Integer> items = IntStream.range(0, 100).boxed().toList();

    assertThatThrownBy(
            () ->
                new SideBySide(pool, 4)
                    .map(
                        items,
                        i -> {
                          if (i == 90) {
                            throw new IllegalArgumentException("row 90");
                          }
                          return i;
                        }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 90");
  }
}
