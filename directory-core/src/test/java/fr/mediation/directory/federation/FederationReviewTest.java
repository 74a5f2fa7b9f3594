package fr.mediation.directory.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The review queue: pairs scored near the threshold on both sides, with the grouping federation
 * uses, closest first, without the pairs people decided. The store is {@link ListingsInMemory}.
 */
class FederationReviewTest {

  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

  private final ListingsInMemory store = new ListingsInMemory();

  private FederationReview review() {
    FederationReview review = new FederationReview();
    review.federation = store.federation();
    review.store = store;
    review.defaultBand = 0.12;
    return review;
  }

  private void listing(
      String id, String source, String nom, String adresse, String postcode, double lat) {
    store.add(
        new Row(
            id,
            Listings.placed(source, id, nom, adresse, postcode, null, lat, 0.3390),
            null,
            CREATED,
            false,
            false));
  }

  /** Two pairs within the default band, one on each side of the threshold, in two départements. */
  private void pairsAroundTheThreshold() {
    // 0.67: above the threshold (the detector merges them), within the band.
    listing("o1", "hub", "Centre social Les Ormeaux", "2 allée des Ormeaux", "47600", 44.1360);
    listing("o2", "fs", "Association Les Ormeaux", "2 allée des Ormeaux", "47600", 44.1362);
    // 0.59: under the threshold (kept apart), within the band.
    listing("m1", "hub", "Maison des associations", "3 rue Neuve", "33000", 44.8360);
    listing("m2", "fs", "Maison des associations de Nérac", "4 rue Neuve", "33000", 44.8362);
  }

  @Test
  void pairsJustUnderAndJustAboveTheThresholdAreListedClosestFirstAndDecidedOnesAreNot() {
    pairsAroundTheThreshold();
    // 0.92: far above, no doubt.
    listing("e1", "hub", "Espace numérique Lavardac", "1 rue du Port", "24000", 45.1360);
    listing("e2", "fs", "Espace numérique de Lavardac", "1 rue du Port", "24000", 45.1362);
    // 0.60, but people decided.
    listing("c1", "hub", "Cyber Albret", "1 place Aristide Briand", "40000", 43.9360);
    listing("c2", "fs", "Albret Connect", "1 place Aristide Briand", "40000", 43.9362);
    store.decisions.add(
        new MergeDecision(MergeDecision.Kind.NOT_DUPLICATES, "c1", "c2", "Deux lieux", CREATED));

    FederationReview.Page page = review().queue(0.12, null, 10, 0);

    assertThat(page.total()).isEqualTo(2);
    assertThat(page.pairs())
        .extracting(c -> c.a().id() + "/" + c.b().id())
        .containsExactly("m1/m2", "o1/o2");
    FederationReview.Candidate under = page.pairs().get(0);
    assertThat(under.score()).isBetween(0.50, 0.62);
    assertThat(under.duplicate()).isFalse();
    assertThat(under.distanceMetres()).isEqualTo(22.0);
    assertThat(under.reasons()).contains("names 0.80");
    assertThat(under.a().listing().nom()).isEqualTo("Maison des associations");
    FederationReview.Candidate above = page.pairs().get(1);
    assertThat(above.score()).isBetween(0.62, 0.74);
    assertThat(above.duplicate()).isTrue();
  }

  @Test
  void aNarrowerBandAPageAndADepartementSelectFromTheSamePairs() {
    pairsAroundTheThreshold();

    assertThat(review().queue(0.04, null, 10, 0).pairs())
        .extracting(c -> c.a().id())
        .containsExactly("m1");
    FederationReview.Page second = review().queue(0.12, null, 1, 1);
    assertThat(second.total()).isEqualTo(2);
    assertThat(second.pairs()).extracting(c -> c.a().id()).containsExactly("o1");
    assertThat(review().queue(0.12, "47", 10, 0).pairs())
        .extracting(c -> c.a().id())
        .containsExactly("o1");
  }

  @Test
  void listingsOfOneSourceAreNotPairedUnlessAllowed() {
    listing("o1", "hub", "Centre social Les Ormeaux", "2 allée des Ormeaux", "47600", 44.1360);
    listing("o2", "hub", "Association Les Ormeaux", "2 allée des Ormeaux", "47600", 44.1362);

    assertThat(review().queue(0.12, null, 10, 0).total()).isZero();
  }
}
