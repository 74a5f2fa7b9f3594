package fr.mediation.directory.index;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * At start-up, in the background, brings the search index back to the database: indexes the venues
 * the index lacks or holds in an older state, and removes the documents of venues the database does
 * not have. A Lucene index commits its writes every second, after the database: a node killed
 * meanwhile (power cut, {@code kill -9}, out of memory) restarts with venues the database has and
 * searches would not find. A database restored from a backup under a newer index is repaired the
 * same way. Memory stays small whatever the directory's size: both sides are read a page at a time.
 * An empty index beside a database of venues is rebuilt whole instead, which is faster.
 */
@ApplicationScoped
public class IndexRepair {

  /** Venues compared per page: within Lucene's 1,024 clauses of a query. */
  static final int PAGE = 1_000;

  private static final Logger LOG = Logger.getLogger(IndexRepair.class.getName());

  /** A venue's id and when it last changed. */
  public record Stamp(String id, Instant updatedAt) {}

  /** The two sides compared, a page at a time ({@link IndexPages}). */
  public interface Store {

    /** The database's venues after {@code afterId} (all if null), in the database's id order. */
    List<Stamp> database(String afterId, int size);

    /** When each of {@code ids} last changed, as its document says; absent when not indexed. */
    Map<String, Instant> indexed(Collection<String> ids);

    /** The ids of the indexed documents after {@code afterId} (all if null), in index order. */
    List<String> index(String afterId, int size);

    /** Those of {@code ids} that are venues of the database. */
    Set<String> existing(Collection<String> ids);

    /** Indexes the venues {@code ids} again from the database. */
    void reindex(Collection<String> ids);

    /** Removes the documents {@code ids} from the index. */
    void purge(Collection<String> ids);
  }

  /** Where the repair stands. */
  public enum State {
    IDLE,
    RUNNING,
    SUCCEEDED,
    FAILED,
    /**
     * Not run, or stopped between two pages: a rebuild of the whole index replaces it (a new
     * mapping, an empty index, or an administrator's).
     */
    SKIPPED
  }

  /**
   * The current or last repair.
   *
   * @param checked venues of the database compared so far
   * @param missing venues the index lacked, indexed
   * @param stale venues the index held in another state, indexed again
   * @param removed documents of venues the database does not have, removed
   */
  public record Status(
      State state,
      Instant startedAt,
      Instant finishedAt,
      long checked,
      long missing,
      long stale,
      long removed,
      String error) {

    static final Status IDLE = new Status(State.IDLE, null, null, 0, 0, 0, 0, null);

    /** Not run at all: a rebuild of the whole index replaces it. */
    static Status skipped() {
      Instant now = Instant.now();
      return new Status(State.SKIPPED, now, now, 0, 0, 0, 0, null);
    }
  }

  /** Loading threads of the rebuild of an empty index: leaves a core to the requests. */
  private static final int REBUILD_THREADS = 1;

  /** After the start-up's rebuild for a new mapping, which makes this repair needless. */
  static final int PRIORITY = IndexUpgrade.PRIORITY + 1;

  @Inject IndexPages pages;

  @Inject Reindexing reindexing;

  @Inject IndexState state;

  @Resource ManagedExecutorService executor;

  private final AtomicReference<Status> status = new AtomicReference<>(Status.IDLE);

  /**
   * Held while a page is compared and repaired: a rebuild waits for it, so that a Lucene rebuild's
   * purge and added documents never interleave with the repair's updates (which would leave two
   * documents of one venue). Fair: the rebuild gets it before the next page.
   */
  private final ReentrantLock page = new ReentrantLock(true);

  private volatile boolean stopped;

  void onStart(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object event) {
    Reindexing.State rebuild = reindexing.status().state();
    if (rebuild == Reindexing.State.RUNNING || rebuild == Reindexing.State.SUCCEEDED) {
      status.set(Status.skipped());
      LOG.info("Search index repair skipped: the whole index is being rebuilt.");
      return;
    }
    // Decided here, on the start-up thread, before the start's own imports (the sample dataset,
    // federation catching up) write: in the background, an index still empty beside venues just
    // written would be taken for a lost one, and rebuilt (purged) under those writes.
    if (pages.indexEmpty() && !state.noVenue()) {
      // A lost index, or a new one beside a restored database: the mass indexer refills it faster
      // than the repair's pages would (docs/benchmarks.md).
      status.set(Status.skipped());
      LOG.info("The search index is empty while the database has venues: rebuilding it.");
      reindexing.start(REBUILD_THREADS);
      return;
    }
    status.set(new Status(State.RUNNING, Instant.now(), null, 0, 0, 0, 0, null));
    executor.submit(() -> run(pages));
  }

  /**
   * Stops the repair before a rebuild of the whole index starts: returns once the page in progress
   * is written; no page follows. (The repair runs once, at start-up.)
   */
  void stopForRebuild() {
    page.lock();
    try {
      stopped = true;
    } finally {
      page.unlock();
    }
  }

  /** The current or last repair of this node. */
  public Status status() {
    return status.get();
  }

  /** Compares {@code store}'s two sides and repairs the index; the status follows the progress. */
  Status run(Store store) {
    Instant startedAt = Instant.now();
    Progress progress = new Progress(startedAt);
    status.set(progress.status(State.RUNNING, null, null));
    try {
      boolean whole =
          inPages(after -> store.database(after, PAGE), venues -> compare(store, venues, progress))
              && inPages(
                  after -> store.index(after, PAGE), ids -> removeAbsent(store, ids, progress));
      if (!whole) {
        status.set(progress.status(State.SKIPPED, Instant.now(), null));
        LOG.info("Search index repair stopped: the whole index is being rebuilt.");
        return status.get();
      }
      status.set(progress.status(State.SUCCEEDED, Instant.now(), null));
      Status done = status.get();
      LOG.info(
          () ->
              "Search index checked against the database: "
                  + done.checked()
                  + " venues, "
                  + done.missing()
                  + " missing indexed, "
                  + done.stale()
                  + " stale indexed again, "
                  + done.removed()
                  + " removed.");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Search index repair failed.", e);
      String error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
      status.set(progress.status(State.FAILED, Instant.now(), error));
    }
    return status.get();
  }

  /**
   * Reads pages with {@code read} (given the last id of the previous page) and hands each to {@code
   * handle} (which returns its last id), until a page is not full; false when stopped for a
   * rebuild.
   */
  private <T> boolean inPages(Function<String, List<T>> read, Function<List<T>, String> handle) {
    String after = null;
    List<T> items;
    do {
      page.lock();
      try {
        if (stopped) {
          return false;
        }
        items = read.apply(after);
        if (items.isEmpty()) {
          return true;
        }
        after = handle.apply(items);
      } finally {
        page.unlock();
      }
    } while (items.size() == PAGE);
    return true;
  }

  /** Indexes the venues the index lacks or holds in another state; returns the last id. */
  private String compare(Store store, List<Stamp> venues, Progress progress) {
    Map<String, Instant> indexed = store.indexed(venues.stream().map(Stamp::id).toList());
    List<String> missing =
        venues.stream().map(Stamp::id).filter(id -> !indexed.containsKey(id)).toList();
    List<String> stale =
        venues.stream()
            .filter(v -> indexed.containsKey(v.id()) && !sameMillisecond(indexed.get(v.id()), v))
            .map(Stamp::id)
            .toList();
    if (!missing.isEmpty() || !stale.isEmpty()) {
      store.reindex(Stream.concat(missing.stream(), stale.stream()).toList());
    }
    progress.checked += venues.size();
    progress.missing += missing.size();
    progress.stale += stale.size();
    status.set(progress.status(State.RUNNING, null, null));
    return venues.getLast().id();
  }

  /** Removes the documents of venues the database does not have; returns the last id. */
  private String removeAbsent(Store store, List<String> documents, Progress progress) {
    Set<String> existing = store.existing(documents);
    List<String> absent = documents.stream().filter(id -> !existing.contains(id)).toList();
    if (!absent.isEmpty()) {
      store.purge(absent);
    }
    progress.removed += absent.size();
    status.set(progress.status(State.RUNNING, null, null));
    return documents.getLast();
  }

  /**
   * Whether the document was indexed from the venue's current state: the index keeps instants to
   * the millisecond, the database to the microsecond.
   */
  private static boolean sameMillisecond(Instant indexed, Stamp venue) {
    return indexed != null && indexed.toEpochMilli() == venue.updatedAt().toEpochMilli();
  }

  /** Counts of a running repair, written by its one thread. */
  private static final class Progress {
    final Instant startedAt;
    long checked;
    long missing;
    long stale;
    long removed;

    Progress(Instant startedAt) {
      this.startedAt = startedAt;
    }

    Status status(State state, Instant finishedAt, String error) {
      return new Status(state, startedAt, finishedAt, checked, missing, stale, removed, error);
    }
  }
}
