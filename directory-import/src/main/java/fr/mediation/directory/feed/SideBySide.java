package fr.mediation.directory.feed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Maps a batch of items on several threads and gives the results in the items' order: the calling
 * thread takes one slice, the executor the others. A row's validation and placing depend on the row
 * alone and are pure computation, so a file's rows are prepared this way on every core, while what
 * depends on the rows before (repeated ids, the chunks written) stays in file order.
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

  /** One slice per core of this machine, up to four. */
  static SideBySide onCores(Executor executor) {
    return new SideBySide(executor, Math.min(4, Runtime.getRuntime().availableProcessors()));
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
      for (int i = 0; i < items.size(); i++) {
        results[i] = f.apply(items.get(i));
      }
      return list(results);
    }
    int size = (items.size() + slices - 1) / slices;
    List<CompletableFuture<Void>> others = new ArrayList<>(slices - 1);
    for (int from = size; from < items.size(); from += size) {
      int start = from;
      int end = Math.min(from + size, items.size());
      others.add(CompletableFuture.runAsync(() -> slice(items, f, results, start, end), executor));
    }
    RuntimeException first = null;
    try {
      slice(items, f, results, 0, size);
    } catch (RuntimeException e) {
      first = e;
    }
    for (CompletableFuture<Void> other : others) {
      try {
        other.join();
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
