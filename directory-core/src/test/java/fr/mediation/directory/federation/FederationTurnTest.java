package fr.mediation.directory.federation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.federation.FederationStore.Assignment;
import fr.mediation.directory.federation.FederationStore.Row;
import fr.mediation.directory.venue.ListingWrites;
import fr.mediation.directory.venue.search.VenueSearch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Federation writes merged ids into the listings an import's publication also rewrites: each of its
 * write transactions takes its turn with publications (ListingWrites), so that neither rolls the
 * other back on this node.
 */
class FederationTurnTest {

  /** A store of two pending listings of one venue, noting whether each write was in turn. */
  static final class TurnStore extends FederationStore {
    final ListingWrites writes;
    final List<Boolean> writesInTurn = new ArrayList<>();
    final List<Assignment> assignments = new ArrayList<>();

    TurnStore(ListingWrites writes) {
      this.writes = writes;
    }

    private static Row row(String source, String id) {
      return new Row(
          source + ":" + id,
          new Matchable(
              source,
              id,
              "Médiathèque François-Mitterrand",
              "1 place de l'Hôtel de Ville",
              "51200",
              "51230",
              49.0403,
              3.9593,
              "21510230400019",
              "+33326000000",
              null,
              null),
          null,
          Instant.EPOCH,
          false,
          true);
    }

    @Override
    public List<String> pendingIds() {
      return List.of("a:1", "b:1");
    }

    @Override
    public long activeCount() {
      return 100;
    }

    @Override
    public List<Row> rows(Collection<String> ids) {
      return List.of(row("a", "1"), row("b", "1"));
    }

    @Override
    public List<Row> rowsOfMerged(Collection<String> mergedIds) {
      return List.of();
    }

    @Override
    public List<Row> neighbours(
        Set<String> pivots,
        Set<String> phones,
        Set<String> insees,
        Set<String> postcodes,
        Set<String> cells) {
      return List.of();
    }

    @Override
    public List<MergeDecision> decisions(Collection<String> ids) {
      return List.of();
    }

    @Override
    public Set<String> existingMerged(Collection<String> ids) {
      return Set.of();
    }

    @Override
    public int write(
        List<Assignment> assignments,
        Map<String, String> redirects,
        Set<String> retired,
        Collection<String> settled,
        LocalDate freshSince,
        Instant now) {
      writesInTurn.add(writes.heldByCurrentThread());
      this.assignments.addAll(assignments);
      return assignments.size();
    }
  }

  @Test
  void federationWritesMergedVenuesInTurnWithPublications() {
    ListingWrites writes = new ListingWrites();
    TurnStore store = new TurnStore(writes);
    Federation federation = new Federation();
    federation.store = store;
    federation.writes = writes;
    federation.search =
        new VenueSearch() {
          @Override
          public void venuesChanged() {}
        };
    federation.threshold = 0.62;
    federation.maxAgeDays = 730;
    federation.withinSources = " ";

    federation.reconcilePending();

    assertThat(store.assignments).hasSize(1);
    assertThat(store.assignments.get(0).listingIds()).containsExactlyInAnyOrder("a:1", "b:1");
    assertThat(store.writesInTurn).isNotEmpty().containsOnly(true);
  }
}
