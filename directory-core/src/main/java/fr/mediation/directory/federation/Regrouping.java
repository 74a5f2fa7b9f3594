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
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Regroups batches of listings (a département's, or a département's changed listings with their
 * neighbours) one after the other, the grouping of the next batches computed meanwhile on other
 * threads. Reads and writes stay on the calling thread, in order; only grouping, which touches
 * neither the database nor anything shared, runs beside them: two départements' listings never
 * pair, so their groupings do not depend on each other. A batch read before an earlier batch was
 * written, and holding a listing that write reached (a venue merged across départements by people's
 * decision), is read and grouped again after it. The listings in flight are bounded, so that two
 * crowded départements are not held in memory together.
 */
final class Regrouping<K> {

  /** What a batch's grouping reads: its listings by id and people's decisions about them. */
  record Batch(Map<String, Row> all, Map<Pair, MergeDecision.Kind> decisions) {}

  private record InFlight<K>(
      K key, Batch batch, long readAfterWrites, CompletableFuture<List<Set<String>>> groups) {}

  private final Function<K, Batch> read;
  private final Function<Batch, List<Set<String>>> group;
  private final BiFunction<Batch, List<Set<String>>, Outcome> write;
  private final Executor threads;
  private final int parallelism;
  private final int rowsInFlight;

  /** The listing ids of each batch written, by its rank among the writes; kept while needed. */
  private final Deque<Set<String>> recentWrites = new ArrayDeque<>();

  /** The batches being grouped, oldest first, and how many listings they hold. */
  private final Deque<InFlight<K>> flight = new ArrayDeque<>();

  private int rowsGrouped;
  private long writes;
  private long firstRecentWrite;

  /**
   * @param read reads the batch of a key, on the calling thread
   * @param group groups a batch, on any thread: it reads nothing but the batch
   * @param write writes a batch's groups, on the calling thread
   * @param threads where batches are grouped
   * @param parallelism how many batches may be grouped at once
   * @param rowsInFlight how many listings the batches being grouped may hold together (a batch
   *     larger than that is grouped alone)
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
        // A batch is read when it can be grouped at once: its rows are not held waiting.
        while (flight.size() >= parallelism) {
          outcome = outcome.plus(writeOldest());
        }
        long readAfter = writes;
        Batch batch = read.apply(key);
        while (!flight.isEmpty() && rowsGrouped + batch.all().size() > rowsInFlight) {
          outcome = outcome.plus(writeOldest());
        }
        flight.addLast(
            new InFlight<>(
                key,
                batch,
                readAfter,
                CompletableFuture.supplyAsync(() -> group.apply(batch), threads)));
        rowsGrouped += batch.all().size();
      }
      while (!flight.isEmpty()) {
        outcome = outcome.plus(writeOldest());
      }
      return outcome;
    } finally {
      flight.forEach(f -> f.groups().cancel(false));
    }
  }

  private Outcome writeOldest() {
    InFlight<K> oldest = flight.removeFirst();
    rowsGrouped -= oldest.batch().all().size();
    Outcome outcome = finish(oldest);
    // Writes older than every read in flight can no longer make one stale.
    long oldestRead = flight.stream().mapToLong(InFlight::readAfterWrites).min().orElse(writes);
    while (firstRecentWrite < oldestRead && !recentWrites.isEmpty()) {
      recentWrites.removeFirst();
      firstRecentWrite++;
    }
    return outcome;
  }

  /**
   * Writes a batch's groups, or reads and groups it again when a write since its read reached it.
   */
  private Outcome finish(InFlight<K> batch) {
    List<Set<String>> groups = await(batch.groups());
    Batch current = batch.batch();
    if (reachedSince(batch.readAfterWrites(), current.all().keySet())) {
      current = read.apply(batch.key());
      groups = group.apply(current);
    }
    Outcome outcome = write.apply(current, groups);
    // The ids only: the batch's rows are not held once written.
    recentWrites.addLast(Set.copyOf(current.all().keySet()));
    writes++;
    return outcome;
  }

  /** Whether a write from rank {@code since} on reached one of {@code ids}. */
  private boolean reachedSince(long since, Set<String> ids) {
    long rank = firstRecentWrite;
    for (Set<String> written : recentWrites) {
      if (rank++ >= since && !Collections.disjoint(written, ids)) {
        return true;
      }
    }
    return false;
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
