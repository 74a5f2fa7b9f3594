package fr.mediation.directory.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mediation.directory.database.UnitWithIndex;
import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.VenueFields;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.StandardField;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.util.Bits;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchWorkspace;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The embedded index rebuilt with each city's venues together, on the real backend (Lucene, in
 * memory) and the unit's database: venues written in any order end up in runs of neighbours.
 */
class PlaceOrderedRebuildTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  /** Cells of 0.05 degree, from Lille to Réunion, each with a few venues. */
  private static final int CELLS = 30;

  private static final int PER_CELL = 8;

  @RegisterExtension static final UnitWithIndex unit = new UnitWithIndex("place-ordered-rebuild");

  private static ExecutorService threads;

  /** How many times the cell changes along the index as the venues were first written. */
  private static int changesAsWritten;

  @BeforeAll
  static void venuesWrittenInNoParticularOrder() {
    threads = Executors.newFixedThreadPool(4);
    List<double[]> positions = new ArrayList<>();
    Random random = new Random(7);
    for (int cell = 0; cell < CELLS; cell++) {
      // Across the metropolis and overseas: negative longitudes and latitudes included.
      double latitude = cell % 3 == 0 ? -21.1 + cell * 0.05 : 43.0 + cell * 0.3;
      double longitude = cell % 5 == 0 ? -61.5 + cell * 0.05 : -1.5 + cell * 0.25;
      for (int v = 0; v < PER_CELL; v++) {
        // Inside the cell, away from its edges.
        positions.add(
            new double[] {
              cellStart(latitude) + 0.005 + random.nextDouble() * 0.04,
              cellStart(longitude) + 0.005 + random.nextDouble() * 0.04
            });
      }
    }
    Collections.shuffle(positions, random);
    positions.add(null);
    unit.inTransaction(
        em -> {
          int n = 0;
          for (double[] position : positions) {
            MergedVenue venue = new MergedVenue(UUID.randomUUID().toString(), NOW);
            venue.compose(List.of(listing(n++, position)), LocalDate.of(2020, 1, 1), NOW);
            em.persist(venue);
          }
        });
    try {
      changesAsWritten = changesOfCell(documents());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterAll
  static void stop() {
    threads.shutdownNow();
  }

  @Test
  void theRebuiltIndexKeepsEachCellsVenuesTogether() throws Exception {
    // Written as they came, the venues of a cell are scattered over the index.
    assertThat(changesAsWritten).isGreaterThan(CELLS * PER_CELL / 2);

    AtomicLong total = new AtomicLong();
    AtomicLong done = new AtomicLong();
    rebuild(PER_CELL).run(1, threads, total::addAndGet, done::addAndGet);

    assertThat(documents()).hasSize(CELLS * PER_CELL + 1);
    assertThat(total).hasValue(CELLS * PER_CELL + 1);
    assertThat(done).hasValue(CELLS * PER_CELL + 1);
    // Each of the index's threads writes a segment of its own: each segment in place order.
    for (List<Long> segment : segments()) {
      assertThat(segment).isSortedAccordingTo(Comparator.naturalOrder());
    }
  }

  @Test
  void twoThreadsKeepNeighbouringCellsTogetherToo() throws Exception {
    rebuild(PER_CELL).run(2, threads, n -> {}, n -> {});

    List<Long> keys = documents();
    assertThat(keys).hasSize(CELLS * PER_CELL + 1);
    // Two chunks at a time may mix in the index: still far fewer runs than as written.
    assertThat(changesOfCell(keys)).isLessThan(changesAsWritten / 2);
  }

  @Test
  void eachThreadTakesItsNextChunkOnlyOnceItsLastIsIndexed() throws Exception {
    List<CompletableFuture<SearchIndexingPlanExecutionReport>> handed =
        new CopyOnWriteArrayList<>();
    Executor indexLater = CompletableFuture.delayedExecutor(5, TimeUnit.MILLISECONDS);
    PlaceOrderedRebuild.Store slowIndex =
        new PlaceOrderedRebuild.Store() {
          @Override
          public List<String> idsInPlaceOrder() {
            return IntStream.range(0, 20).mapToObj(i -> "lieu-" + i).toList();
          }

          @Override
          public void index(List<String> ids, IndexingInFlight indexing) {
            // Otherwise the index's queues would take many chunks at once, and mix them.
            assertThat(handed).allMatch(CompletableFuture::isDone);
            CompletableFuture<SearchIndexingPlanExecutionReport> indexed =
                new CompletableFuture<>();
            handed.add(indexed);
            indexing.add(indexed);
            indexLater.execute(() -> indexed.complete(IndexingInFlightTest.report(null)));
          }
        };

    new PlaceOrderedRebuild(
            slowIndex, Search.mapping(unit.factory()).scope(MergedVenue.class).workspace(), 2)
        .run(1, threads, n -> {}, n -> {});

    assertThat(handed).hasSize(10).allMatch(CompletableFuture::isDone);
  }

  @Test
  void theDatabasesOrderIsTheOneOfTheKey() {
    List<String> ordered = store().idsInPlaceOrder();
    List<Long> keys = new ArrayList<>();
    unit.inTransaction(
        em ->
            ordered.forEach(
                id -> {
                  MergedVenue venue = em.find(MergedVenue.class, id);
                  keys.add(PlaceOrder.key(venue.getLatitude(), venue.getLongitude()));
                }));
    assertThat(keys).hasSize(CELLS * PER_CELL + 1).isSortedAccordingTo(Comparator.naturalOrder());
    // The venue without a position comes last.
    assertThat(keys.getLast()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void aChunkThatFailsStopsTheRebuildAndSaysWhy() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    PlaceOrderedRebuild.Store failing =
        new PlaceOrderedRebuild.Store() {
          final PlaceOrderedRebuild.Store store = store();

          @Override
          public List<String> idsInPlaceOrder() {
            return store.idsInPlaceOrder();
          }

          @Override
          public void index(List<String> ids, IndexingInFlight indexing) {
            if (calls.incrementAndGet() == 3) {
              throw new IllegalStateException("connexion perdue");
            }
            store.index(ids, indexing);
          }
        };
    SearchWorkspace workspace = Search.mapping(unit.factory()).scope(MergedVenue.class).workspace();
    assertThatThrownBy(
            () -> new PlaceOrderedRebuild(failing, workspace, 1).run(2, threads, n -> {}, n -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("connexion perdue");
    // The other thread stopped at its next chunk, far from the 241 chunks.
    assertThat(calls.get()).isLessThan(10);
    // A rebuild that succeeds afterwards leaves every venue once.
    rebuild(PER_CELL).run(2, threads, n -> {}, n -> {});
    assertThat(documents()).hasSize(CELLS * PER_CELL + 1);
  }

  private static PlaceOrderedRebuild rebuild(int chunk) {
    return new PlaceOrderedRebuild(
        store(), Search.mapping(unit.factory()).scope(MergedVenue.class).workspace(), chunk);
  }

  /** The unit's store, each call in a transaction of its own, as the server's. */
  private static PlaceOrderedRebuild.Store store() {
    return new PlaceOrderedRebuild.Store() {
      @Override
      public List<String> idsInPlaceOrder() {
        List<String> ids = new ArrayList<>();
        inPages(pages -> ids.addAll(pages.idsInPlaceOrder()));
        return ids;
      }

      @Override
      public void index(List<String> ids, IndexingInFlight indexing) {
        inPages(pages -> pages.index(ids, indexing));
      }
    };
  }

  private static void inPages(Consumer<IndexPages> work) {
    unit.inTransaction(
        em -> {
          IndexPages pages = new IndexPages();
          pages.entityManager = em;
          work.accept(pages);
        });
  }

  /** The place keys of the live documents, in the index's order (no position: the last key). */
  private static List<Long> documents() throws IOException {
    return segments().stream().flatMap(List::stream).toList();
  }

  /** The same, segment by segment. */
  private static List<List<Long>> segments() throws IOException {
    List<List<Long>> segments = new ArrayList<>();
    try (IndexReader reader =
        Search.mapping(unit.factory())
            .scope(MergedVenue.class)
            .extension(LuceneExtension.get())
            .openIndexReader()) {
      for (LeafReaderContext leaf : reader.leaves()) {
        List<Long> keys = new ArrayList<>();
        segments.add(keys);
        Bits live = leaf.reader().getLiveDocs();
        SortedNumericDocValues location =
            leaf.reader().getSortedNumericDocValues(VenueFields.LOCATION);
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          if (location != null && location.advanceExact(doc)) {
            long encoded = location.nextValue();
            keys.add(
                PlaceOrder.key(
                    GeoEncodingUtils.decodeLatitude((int) (encoded >> 32)),
                    GeoEncodingUtils.decodeLongitude((int) encoded)));
          } else {
            keys.add(Long.MAX_VALUE);
          }
        }
      }
    }
    return segments;
  }

  /** How many times the cell changes from a document to the next. */
  private static int changesOfCell(List<Long> keys) {
    int changes = 0;
    for (int i = 1; i < keys.size(); i++) {
      if (!keys.get(i).equals(keys.get(i - 1))) {
        changes++;
      }
    }
    return changes;
  }

  private static double cellStart(double degrees) {
    return Math.floor(degrees * PlaceOrder.CELLS_PER_DEGREE) / PlaceOrder.CELLS_PER_DEGREE;
  }

  private static Venue listing(int n, double[] position) {
    Map<StandardField, String> row = new EnumMap<>(StandardField.class);
    row.put(StandardField.ID, "lieu-" + n);
    row.put(StandardField.PIVOT, "00000000000000");
    row.put(StandardField.NOM, "Espace numérique n° " + n);
    row.put(StandardField.COMMUNE, "Saint-Denis");
    row.put(StandardField.CODE_POSTAL, "97400");
    row.put(StandardField.ADRESSE, n + " rue de l'Église");
    row.put(StandardField.DATE_MAJ, "2026-11-30");
    if (position != null) {
      row.put(StandardField.LATITUDE, String.format(Locale.ROOT, "%.6f", position[0]));
      row.put(StandardField.LONGITUDE, String.format(Locale.ROOT, "%.6f", position[1]));
    }
    return new Venue("hub", VenueRecord.parse(row), Instant.parse("2026-12-01T00:00:00Z"));
  }
}
