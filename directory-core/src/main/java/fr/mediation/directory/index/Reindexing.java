package fr.mediation.directory.index;

import fr.mediation.directory.venue.MergedVenue;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/**
 * Rebuilds the search index of the whole directory from the database, in the background, while the
 * directory keeps serving. On OpenSearch, documents are replaced in place (no purge first), so
 * searches keep finding every venue during the rebuild. The embedded Lucene index is emptied, then
 * written in {@link PlaceOrder}, which keeps a city's venues together ({@link
 * PlaceOrderedRebuild}). One rebuild at a time per node.
 */
@ApplicationScoped
public class Reindexing {

  private static final Logger LOG = Logger.getLogger(Reindexing.class.getName());

  /** Where a rebuild stands. */
  public enum State {
    IDLE,
    RUNNING,
    SUCCEEDED,
    FAILED
  }

  /**
   * A snapshot of the current or last rebuild.
   *
   * @param total entities to index (known shortly after the start)
   * @param done entities indexed so far
   * @param perSecond entities indexed per second since the start
   * @param inPlace whether documents are replaced in place (searches stay complete meanwhile)
   */
  public record Status(
      State state,
      boolean inPlace,
      Instant startedAt,
      Instant finishedAt,
      long total,
      long done,
      double perSecond,
      String error) {}

  @PersistenceUnit(unitName = "directory")
  EntityManagerFactory entityManagerFactory;

  @Resource ManagedExecutorService executor;

  @Inject IndexRepair repair;

  @Inject IndexPages pages;

  private final AtomicReference<Run> current = new AtomicReference<>();

  /** Starts a rebuild unless one is running; returns where the running or new rebuild stands. */
  public Status start(int threads) {
    return start(threads, succeeded -> {});
  }

  /**
   * Starts a rebuild unless one is running, then tells {@code whenDone} whether it succeeded (not
   * called when a rebuild was already running).
   */
  public synchronized Status start(int threads, Consumer<Boolean> whenDone) {
    Run run = current.get();
    if (run != null && run.finishedAt == null) {
      return run.status();
    }
    // The rebuild indexes every venue: a repair running on this node stops, and its page in
    // progress is written before the rebuild's first (a Lucene rebuild purges, then adds).
    repair.stopForRebuild();
    Run next = new Run(Instant.now());
    current.set(next);
    executor.submit(
        () -> {
          next.execute(threads);
          whenDone.accept(next.error == null);
        });
    return next.status();
  }

  /** The current or last rebuild, or IDLE if none ran since the node started. */
  public Status status() {
    Run run = current.get();
    return run == null
        ? new Status(State.IDLE, inPlace(), null, null, 0, 0, 0, null)
        : run.status();
  }

  /**
   * Whether the rebuild writes venues in place order: the embedded Lucene index, written by this
   * node (with several nodes, the outbox's events go through the mass indexer's own path).
   */
  boolean placeOrdered() {
    return !inPlace() && !SearchableAtOnce.outboxPolling(entityManagerFactory);
  }

  /** Whether the backend overwrites a venue's document by id (Elasticsearch/OpenSearch). */
  boolean inPlace() {
    return "elasticsearch"
        .equals(entityManagerFactory.getProperties().get("hibernate.search.backend.type"));
  }

  private final class Run implements MassIndexingMonitor {
    final Instant startedAt;
    final boolean inPlace = inPlace();
    final AtomicLong total = new AtomicLong();
    final AtomicLong done = new AtomicLong();
    volatile Instant finishedAt;
    volatile String error;

    Run(Instant startedAt) {
      this.startedAt = startedAt;
    }

    /** Long enough for the largest directory: a day. */
    static final int TRANSACTION_TIMEOUT_SECONDS = 24 * 60 * 60;

    void execute(int threads) {
      LOG.info("Reindexing started.");
      try {
        if (placeOrdered()) {
          new PlaceOrderedRebuild(
                  pages,
                  Search.mapping(entityManagerFactory).scope(MergedVenue.class).workspace(),
                  PlaceOrderedRebuild.CHUNK)
              .run(threads, executor, total::addAndGet, done::addAndGet);
          return;
        }
        Search.mapping(entityManagerFactory)
            .scope(Object.class)
            .massIndexer()
            .purgeAllOnStart(!inPlace)
            .dropAndCreateSchemaOnStart(false)
            .mergeSegmentsOnFinish(false)
            .threadsToLoadObjects(threads)
            .batchSizeToLoadObjects(200)
            // The ids are read in one JTA transaction: Liberty's default two minutes cut a
            // directory of a million venues short ("ResultSet is closed" after ~270,000).
            .transactionTimeout(TRANSACTION_TIMEOUT_SECONDS)
            .monitor(this)
            .startAndWait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        error = "Interrupted.";
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Reindexing failed.", e);
        error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
      } finally {
        finishedAt = Instant.now();
        LOG.info(() -> "Reindexing ended: " + status());
      }
    }

    Status status() {
      Instant end = finishedAt == null ? Instant.now() : finishedAt;
      double seconds = Math.max(Duration.between(startedAt, end).toMillis(), 1) / 1000.0;
      State state =
          finishedAt == null ? State.RUNNING : error == null ? State.SUCCEEDED : State.FAILED;
      return new Status(
          state,
          inPlace,
          startedAt,
          finishedAt,
          total.get(),
          done.get(),
          done.get() / seconds,
          error);
    }

    @Override
    public void documentsAdded(long increment) {
      done.addAndGet(increment);
    }

    @Override
    public void documentsBuilt(long increment) {}

    @Override
    public void entitiesLoaded(long increment) {}

    @Override
    public void addToTotalCount(long increment) {
      total.addAndGet(increment);
    }

    @Override
    public void indexingCompleted() {}
  }
}
