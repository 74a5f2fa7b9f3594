package fr.mediation.directory.index;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.hibernate.search.mapper.orm.work.SearchWorkspace;

/**
 * A rebuild of the embedded Lucene index that writes the venues in {@link PlaceOrder}: the index is
 * emptied, the ids of every venue read in place order, then indexed a chunk after another by a few
 * threads, each chunk in one transaction, each thread waiting for its chunk to be indexed before it
 * takes the next (so that at any time the index receives a few neighbouring chunks, whatever the
 * order of its own queues); the index is committed and made searchable once at the end. Hibernate
 * Search's mass indexer writes them in the database's order instead, which scatters a city's venues
 * over the whole index.
 */
final class PlaceOrderedRebuild {

  /** The database's side, one transaction per call. */
  interface Store {

    /** The ids of every merged venue, in {@link PlaceOrder}. */
    List<String> idsInPlaceOrder();

    /**
     * Indexes the venues {@code ids} (those that exist) in this order, in one transaction whose
     * documents {@code indexing} tracks.
     */
    void index(List<String> ids, IndexingInFlight indexing);
  }

  /** Venues per transaction: a few cells of a city, so that they stay together in the index. */
  static final int CHUNK = 200;

  private final Store store;
  private final SearchWorkspace workspace;
  private final int chunk;

  PlaceOrderedRebuild(Store store, SearchWorkspace workspace, int chunk) {
    this.store = store;
    this.workspace = workspace;
    this.chunk = chunk;
  }

  /**
   * Rebuilds the index with {@code threads} threads of {@code executor}; tells {@code total} the
   * number of venues once read, and {@code done} each chunk once indexed.
   *
   * @throws IllegalStateException when a chunk or the index failed (the first failure)
   */
  void run(int threads, Executor executor, LongConsumer total, LongConsumer done)
      throws InterruptedException {
    workspace.purge();
    List<String> ids = store.idsInPlaceOrder();
    total.accept(ids.size());
    AtomicInteger next = new AtomicInteger();
    int chunks = (ids.size() + chunk - 1) / chunk;
    List<CompletableFuture<Void>> workers = new ArrayList<>();
    for (int t = 0; t < Math.max(1, threads); t++) {
      workers.add(
          CompletableFuture.runAsync(
              () -> {
                IndexingInFlight indexing = new IndexingInFlight();
                try {
                  // Chunks taken in order: at any time the threads write neighbouring cells.
                  for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                    List<String> part =
                        ids.subList(c * chunk, Math.min(ids.size(), (c + 1) * chunk));
                    store.index(part, indexing);
                    indexing.awaitIndexed();
                    done.accept(part.size());
                  }
                } catch (RuntimeException e) {
                  // The other threads stop at their next chunk.
                  next.set(chunks);
                  throw e;
                }
              },
              executor));
    }
    Throwable failure = null;
    try {
      CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get();
    } catch (InterruptedException e) {
      next.set(chunks);
      throw e;
    } catch (ExecutionException e) {
      failure = e.getCause();
    }
    // What was indexed before a failure is written all the same.
    workspace.flush();
    workspace.refresh();
    if (failure != null) {
      throw new IllegalStateException(failure.getMessage(), failure);
    }
  }
}
