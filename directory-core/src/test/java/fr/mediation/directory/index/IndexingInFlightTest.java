package fr.mediation.directory.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mediation.directory.database.UnitWithIndex;
import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.StandardField;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Writes whose commits do not wait for the index, on the real backend (Lucene, in memory): once
 * awaited, every one of them is found.
 */
class IndexingInFlightTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  @RegisterExtension static final UnitWithIndex unit = new UnitWithIndex("indexing-in-flight");

  @Test
  void venuesOfManyWritesThatDidNotWaitAreAllFoundOnceAwaited() {
    IndexingInFlight indexing = new IndexingInFlight();
    int transactions = 40;
    int each = 50;
    for (int t = 0; t < transactions; t++) {
      int first = t * each;
      unit.inTransaction(
          em -> {
            indexing.track(em);
            for (int v = first; v < first + each; v++) {
              MergedVenue venue = new MergedVenue("merged-" + v, NOW);
              venue.compose(List.of(listing(v)), LocalDate.of(2020, 1, 1), NOW);
              em.persist(venue);
            }
          });
    }

    // The last write's indexing at least is kept to wait for.
    assertThat(indexing.inFlight()).isPositive();
    try (EntityManager em = unit.entityManager()) {
      indexing.awaitSearchable(em);
      assertThat(indexing.inFlight()).isZero();
      assertThat(
              Search.session(em)
                  .search(MergedVenue.class)
                  .where(f -> f.match().field("nom").matching("Œuilly"))
                  .fetchTotalHitCount())
          .isEqualTo(transactions * each);
    }
  }

  @Test
  void awaitingWithNothingWrittenReturnsAtOnce() {
    IndexingInFlight indexing = new IndexingInFlight();
    try (EntityManager em = unit.entityManager()) {
      indexing.awaitSearchable(em);
    }
    assertThat(indexing.inFlight()).isZero();
  }

  @Test
  void awaitingThrowsTheIndexsFailuresAfterWaitingForEveryWrite() {
    IndexingInFlight indexing = new IndexingInFlight();
    CompletableFuture<SearchIndexingPlanExecutionReport> failed = new CompletableFuture<>();
    CompletableFuture<SearchIndexingPlanExecutionReport> later = new CompletableFuture<>();
    indexing.add(failed);
    indexing.add(later);
    failed.complete(report(new IOException("No space left on device")));

    CompletableFuture<Void> awaited = CompletableFuture.runAsync(indexing::awaitIndexed);
    later.complete(report(null));

    assertThatThrownBy(awaited::join)
        .hasCauseInstanceOf(SearchException.class)
        .hasMessageContaining("No space left on device");
    assertThat(later).isDone();
    assertThat(indexing.inFlight()).isZero();
  }

  @Test
  void indexingDoneWellIsNotKeptButAFailureIsUntilAwaited() {
    IndexingInFlight indexing = new IndexingInFlight();
    indexing.add(CompletableFuture.completedFuture(report(null)));
    indexing.add(CompletableFuture.completedFuture(report(new IOException("disque plein"))));
    indexing.add(CompletableFuture.completedFuture(report(null)));

    assertThat(indexing.inFlight()).isEqualTo(2);
    assertThatThrownBy(indexing::awaitIndexed).hasMessageContaining("disque plein");
  }

  /** An indexing's report: {@code failure}, or none. */
  static SearchIndexingPlanExecutionReport report(Throwable failure) {
    return new SearchIndexingPlanExecutionReport() {
      @Override
      public Optional<Throwable> throwable() {
        return Optional.ofNullable(failure);
      }

      @Override
      public List<? extends EntityReference> failingEntities() {
        return List.of();
      }
    };
  }

  private static Venue listing(int n) {
    Map<StandardField, String> row = new EnumMap<>(StandardField.class);
    row.put(StandardField.ID, "l'Île-" + n);
    row.put(StandardField.PIVOT, "00000000000000");
    row.put(StandardField.NOM, "Médiathèque d'Œuilly n° " + n);
    row.put(StandardField.COMMUNE, "Œuilly");
    row.put(StandardField.CODE_POSTAL, "51480");
    row.put(StandardField.ADRESSE, n + " rue de l'Église");
    row.put(StandardField.DATE_MAJ, "2026-11-30");
    return new Venue("hub", VenueRecord.parse(row), Instant.parse("2026-12-01T00:00:00Z"));
  }
}
