package fr.mediation.directory.federation;

import fr.mediation.directory.federation.Federation.Outcome;
import fr.mediation.directory.federation.Grouping.Pair;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Regroups batches of listings (a département's, or a département's changed listings with their
 * neighbours) one after the other, the grouping of the next batches computed meanwhile on other
 * threads, while the calling thread writes the one before: with one grouping at a time (two cores),
 * the next département is grouped while the database writes the last one's. Reads and writes stay
 * on the calling thread, in order; only grouping, which touches neither the database nor anything
 * shared, runs beside them: two départements' listings never pair, so their groupings do not depend
 * on each other. A batch read before an earlier batch was written, and holding a listing that write
 * reached (a venue merged across départements by people's decision), is read and grouped again
 * after it. The listings in flight are bounded, so that two crowded départements are not held in
 * memory together.
 */
final class Regrouping<K> {

  /** What a batch's grouping reads: its listings by id and people's decisions about them. */
  record Batch(Map<String, Row> all, Map<Pair, MergeDecision.Kind> decisions) {}

  /**
   * A batch read and not written yet: its grouping once started, and whether a write since its read
   * reached one of its listings.
   */
  private static final class Read<K> {
    final K key;
    final Batch batch;
    CompletableFuture<List<Set<String>>> groups;
    boolean stale;

    Read(K key, Batch batch) {
      this.key = key;
      this.batch = batch;
    }

    int size() {
      return batch.all().size();
    }
  }

  private final Function<K, Batch> read;
  private final Function<Batch, List<Set<String>>> group;
  private final BiFunction<Batch, List<Set<String>>, Outcome> write;
  private final Executor threads;
  private final int parallelism;
  private final int rowsInFlight;

  /** The batches read and not written yet (being grouped, or grouped), oldest first. */
  private final Deque<Read<K>> flight = new ArrayDeque<>();

  /** The batch read and waiting for room among them, if any. */
  private Read<K> waiting;

  /** Groupings started and not ended: at most {@link #parallelism}. Guarded by {@code this}. */
  private int running;

  /** Groupings waiting for one of those to end. Guarded by {@code this}. */
  private final Deque<Queued> queued = new ArrayDeque<>();

  /**
   * @param read reads the batch of a key, on the calling thread
   * @param group groups a batch, on any thread: it reads nothing but the batch
   * @param write writes a batch's groups, on the calling thread
   * @param threads where batches are grouped
   * @param parallelism how many batches may be grouped at once; one more may be read, waiting for
   *     the oldest one's write
   * @param rowsInFlight how many listings the batches read and not written yet may hold together (a
   *     batch larger than that is grouped alone)
   */
  Regrouping(
      Function<K, Batch> read,
      Function<Batch, List<Set<String>>> group,
      BiFunction<Batch, List<Set<String>>, Outcome> write,
      Executor threads,
      int parallelism,
      int rowsInFlight) {
    this.read = read;
    this.group = group;
    this.write = write;
    this.threads = threads;
    this.parallelism = Math.max(1, parallelism);
    this.rowsInFlight = rowsInFlight;
  }

  /** Reads, groups and writes the batch of each key, written in the order of {@code keys}. */
  Outcome run(Iterable<? extends K> keys) {
    Outcome outcome = Outcome.NONE;
    try {
      for (K key : keys) {
        // A batch is read when it can be grouped as soon as a grouping ends: the one being
        // written, and as many as are grouped at once.
        while (flight.size() > parallelism) {
          outcome = outcome.plus(writeOldest());
        }
        waiting = new Read<>(key, read.apply(key));
        while (!flight.isEmpty()
            && flight.stream().mapToInt(Read::size).sum() + waiting.size() > rowsInFlight) {
          outcome = outcome.plus(writeOldest());
        }
        Read<K> next = waiting;
        waiting = null;
        next.groups = grouped(next.batch);
        flight.addLast(next);
      }
      while (!flight.isEmpty()) {
        outcome = outcome.plus(writeOldest());
      }
      return outcome;
    } finally {
      flight.forEach(f -> f.groups.cancel(false));
    }
  }

  /**
   * Writes the oldest batch's groups, or reads and groups it again when a write since its read
   * reached it; then marks the batches read before this write that hold one of its listings.
   */
  private Outcome writeOldest() {
    Read<K> oldest = flight.removeFirst();
    List<Set<String>> groups = await(oldest.groups);
    Batch batch = oldest.batch;
    if (oldest.stale) {
      batch = read.apply(oldest.key);
      groups = group.apply(batch);
    }
    Outcome outcome = write.apply(batch, groups);
    Set<String> written = batch.all().keySet();
    for (Read<K> other : flight) {
      other.stale |= !Collections.disjoint(other.batch.all().keySet(), written);
    }
    if (waiting != null) {
      waiting.stale |= !Collections.disjoint(waiting.batch.all().keySet(), written);
    }
    return outcome;
  }

  /** A grouping to run: its batch, and where its groups go. */
  private record Queued(Batch batch, CompletableFuture<List<Set<String>>> groups) {}

  /**
   * The groups of {@code batch}, computed on a thread as soon as fewer are grouped than allowed.
   */
  private CompletableFuture<List<Set<String>>> grouped(Batch batch) {
    Queued grouping = new Queued(batch, new CompletableFuture<>());
    synchronized (this) {
      if (running >= parallelism) {
        queued.add(grouping);
        return grouping.groups();
      }
      running++;
    }
    start(grouping);
    return grouping.groups();
  }

  /**
   * Groups on a grouping thread, then starts the next grouping waiting, if any. A grouping the
   * threads refuse (stopped with the application) fails, and so its batch's write: the listings
   * stay pending for the next federation, and nothing waits for a grouping that never comes.
   */
  private void start(Queued grouping) {
    try {
      threads.execute(
          () -> {
            try {
              if (!grouping.groups().isDone()) { // done: cancelled after a failure
                grouping.groups().complete(group.apply(grouping.batch()));
              }
            } catch (RuntimeException | Error e) {
              grouping.groups().completeExceptionally(e);
            } finally {
              startNext();
            }
          });
    } catch (RejectedExecutionException e) {
      grouping.groups().completeExceptionally(e);
      startNext();
    }
  }

  /** Starts the next grouping waiting, or counts one grouping fewer running. */
  private void startNext() {
    Queued next;
    synchronized (this) {
      next = queued.poll();
      if (next == null) {
        running--;
      }
    }
    if (next != null) {
      start(next);
    }
  }

  /** A batch's groups, with its grouping's failure thrown as it was. */
  private static List<Set<String>> await(CompletableFuture<List<Set<String>>> groups) {
    try {
      return groups.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
