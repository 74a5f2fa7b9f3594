package fr.mediation.directory.federation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.venue.ListingWrites;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Federation writes merged ids into the listings an import's publication also rewrites: each of its
 * write transactions takes its turn with publications (ListingWrites), so that neither rolls the
 * other back on this node.
 */
class FederationTurnTest {

  /** A pending listing of the Médiathèque of Épernay, as {@code source} lists it. */
  private static Row mediatheque(String source) {
    return new Row(
        source + ":1",
        new Matchable(
            source,
            "1",
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

  @Test
  void federationWritesMergedVenuesInTurnWithPublications() {
    ListingWrites writes = new ListingWrites();
    ListingsInMemory store = new ListingsInMemory();
    store.add(mediatheque("a"));
    store.add(mediatheque("b"));
    List<Boolean> writesInTurn = new ArrayList<>();
    store.onWrite = () -> writesInTurn.add(writes.heldByCurrentThread());
    Federation federation = store.federation();
    federation.writes = writes;

    federation.reconcilePending();

    assertThat(store.written).hasSize(1);
    assertThat(store.written.get(0).listingIds()).containsExactlyInAnyOrder("a:1", "b:1");
    assertThat(writesInTurn).isNotEmpty().containsOnly(true);
  }
}
