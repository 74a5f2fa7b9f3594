package fr.mediation.directory.feed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Maps a batch of items on several threads and gives the results in the items' order: the batch is
 * cut into slices, the executor is offered every slice but the first, and the calling thread takes
 * the first and then every slice no other thread has started. A row's validation and placing depend
 * on the row alone and are pure computation, so a file's rows are prepared this way on every core,
 * while what depends on the rows before (repeated ids, the chunks written) stays in file order.
 *
 * <p>The calling thread never waits for a slice nobody has started: the server runs no task of an
 * application that is still starting, and the sample dataset is imported while it starts.
 */
final class SideBySide {

  private final Executor executor;
  private final int threads;

  /**
   * @param executor runs the slices beyond the first; with {@code null} the calling thread does all
   * @param threads how many slices a batch is cut into (at least 1)
   */
  SideBySide(Executor executor, int threads) {
    this.executor = executor;
    this.threads = executor == null ? 1 : Math.max(1, threads);
  }

  /** {@code threads} slices, or one per core (up to four) when {@code threads} is 0 or less. */
  static SideBySide configured(Executor executor, int threads) {
    return new SideBySide(
        executor, threads > 0 ? threads : Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  /**
   * {@code f} applied to each item, in the items' order.
   *
   * @throws RuntimeException the first failure of {@code f}, as it was thrown
   */
  <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
    int slices = Math.min(threads, items.size());
    Object[] results = new Object[items.size()];
    if (slices <= 1) {
      slice(items, f, results, 0, items.size());
      return list(results);
    }
    int size = (items.size() + slices - 1) / slices;
    List<Slice> offered = new ArrayList<>(slices - 1);
    for (int from = size; from < items.size(); from += size) {
      Slice slice = new Slice(from, Math.min(from + size, items.size()));
      try {
        slice.done =
            CompletableFuture.runAsync(
                () -> {
                  if (slice.taken.compareAndSet(false, true)) {
                    slice(items, f, results, slice.from, slice.to);
                  }
                },
                executor);
      } catch (RejectedExecutionException e) {
        // Left to the calling thread, below.
      }
      offered.add(slice);
    }
    RuntimeException first = null;
    try {
      slice(items, f, results, 0, size);
      for (Slice slice : offered) {
        if (slice.taken.compareAndSet(false, true)) {
          slice.done = null; // done here: nothing to wait for
          slice(items, f, results, slice.from, slice.to);
        }
      }
    } catch (RuntimeException e) {
      first = e;
    }
    for (Slice slice : offered) {
      if (slice.done == null || !slice.taken.get()) {
        continue;
      }
      try {
        slice.done.join();
      } catch (CompletionException e) {
        if (first == null) {
          first =
              e.getCause() instanceof RuntimeException cause
                  ? cause
                  : new IllegalStateException(e.getCause());
        }
      }
    }
    if (first != null) {
      throw first;
    }
    return list(results);
  }

  /** Items {@code from} to {@code to}, taken by the first thread that claims them. */
  private static final class Slice {
    final int from;
    final int to;
    final AtomicBoolean taken = new AtomicBoolean();
    volatile CompletableFuture<Void> done;

    Slice(int from, int to) {
      this.from = from;
      this.to = to;
    }
  }

  private static <T, R> void slice(
      List<T> items, Function<? super T, ? extends R> f, Object[] results, int from, int to) {
    for (int i = from; i < to; i++) {
      results[i] = f.apply(items.get(i));
    }
  }

  @SuppressWarnings("unchecked")
  private static <R> List<R> list(Object[] results) {
    return (List<R>) Arrays.asList(results);
  }
}
