package fr.mediation.directory.federation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.federation.FederationStore.Assignment;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The ids {@link Federation} gives merged venues when it groups listings again: kept from the
 * listings' merged venue, taken from the oldest listing of a new group, redirected or retired when
 * no group keeps them. The store is {@link ListingsInMemory}, which records what federation writes.
 */
class FederationIdsTest {

  private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");

  private final ListingsInMemory store = new ListingsInMemory();

  private Federation federation;

  @BeforeEach
  void federation() {
    federation = store.federation();
  }

  /** The France Services of Nérac as a source lists it, and where it stands in the database. */
  private void nerac(String id, String source, String mergedId, Instant created, boolean pending) {
    listing(id, source, "France Services de Nérac", "12 place du Général de Gaulle", mergedId);
    store.listings.put(id, with(store.listings.get(id), mergedId, created, false, pending));
  }

  private void listing(String id, String source, String nom, String adresse, String mergedId) {
    store.add(
        new Row(
            id,
            Listings.placed(
                source,
                id,
                nom,
                adresse,
                "47600",
                "47195",
                44.1360 + store.listings.size() * 0.0001,
                0.3390),
            mergedId,
            JAN,
            false,
            mergedId == null));
  }

  private static Row with(Row r, String mergedId, Instant created, boolean gone, boolean pending) {
    return new Row(r.id(), r.match(), mergedId, created, gone, pending);
  }

  /** Both ways federation runs: every listing again, or the pending ones and their neighbours. */
  enum Pass {
    EVERYTHING {
      @Override
      void run(Federation federation, List<String> pending) {
        federation.reconcileAll(Set.of("47"));
      }
    },
    PENDING_ONLY {
      @Override
      void run(Federation federation, List<String> pending) {
        federation.reconcile(pending);
      }
    };

    abstract void run(Federation federation, List<String> pending);
  }

  private List<String> pendingIds() {
    return store.pendingByDepartement().values().stream().flatMap(List::stream).toList();
  }

  private Map<String, Set<String>> writtenGroups() {
    Map<String, Set<String>> groups = new HashMap<>();
    for (Assignment a : store.written) {
      groups.put(a.mergedId(), Set.copyOf(a.listingIds()));
    }
    return groups;
  }

  @ParameterizedTest
  @EnumSource(Pass.class)
  void aNewListingAloneInItsGroupGivesItsMergedVenueItsOwnId(Pass pass) {
    listing("l-1", "hub", "Médiathèque d'Agen", "2 rue de l'Égalité", null);

    pass.run(federation, pendingIds());

    assertThat(writtenGroups()).isEqualTo(Map.of("l-1", Set.of("l-1")));
    assertThat(store.redirected).isEmpty();
    assertThat(store.retired).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Pass.class)
  void aNewGroupTakesTheIdOfItsOldestListing(Pass pass) {
    nerac("b-hub", "hub", null, FEB, true);
    nerac("a-fs", "france-services", null, FEB, true);
    nerac("c-dept", "dept", null, JAN, true);

    pass.run(federation, pendingIds());

    assertThat(writtenGroups()).isEqualTo(Map.of("c-dept", Set.of("a-fs", "b-hub", "c-dept")));
  }

  @ParameterizedTest
  @EnumSource(Pass.class)
  void listingsCreatedTogetherGiveTheirGroupTheSmallestId(Pass pass) {
    nerac("b-hub", "hub", null, JAN, true);
    nerac("a-fs", "france-services", null, JAN, true);

    pass.run(federation, pendingIds());

    assertThat(writtenGroups()).isEqualTo(Map.of("a-fs", Set.of("a-fs", "b-hub")));
  }

  @ParameterizedTest
  @EnumSource(Pass.class)
  void aListingJoiningAGroupKeepsTheGroupsMergedId(Pass pass) {
    nerac("hub-1", "hub", "m-nerac", JAN, false);
    nerac("fs-1", "france-services", "m-nerac", JAN, false);
    listing("agen", "dept", "Médiathèque d'Agen", "2 rue de l'Égalité", "m-agen");
    store.listings.put("agen", with(store.listings.get("agen"), "m-agen", JAN, false, false));
    nerac("dept-1", "dept", null, JAN, true);

    pass.run(federation, pendingIds());

    assertThat(writtenGroups())
        .as("the Nérac group keeps its id; the untouched Agen venue is not written")
        .isEqualTo(Map.of("m-nerac", Set.of("hub-1", "fs-1", "dept-1")));
  }

  @ParameterizedTest
  @EnumSource(Pass.class)
  void whenTwoMergedVenuesTurnOutOneTheMajoritysIdStaysAndTheOtherRedirectsToIt(Pass pass) {
    nerac("hub-1", "hub", "m-big", JAN, false);
    nerac("fs-1", "france-services", "m-big", JAN, false);
    nerac("dept-1", "dept", "m-small", JAN, true);

    pass.run(federation, pendingIds());

    assertThat(writtenGroups()).isEqualTo(Map.of("m-big", Set.of("hub-1", "fs-1", "dept-1")));
    assertThat(store.redirected).isEqualTo(Map.of("m-small", "m-big"));
    assertThat(store.retired).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Pass.class)
  void aMergedVenueWhoseListingsAreAllUnpublishedIsRetired(Pass pass) {
    listing("agen", "hub", "Médiathèque d'Agen", "2 rue de l'Égalité", "m-agen");
    store.listings.put("agen", with(store.listings.get("agen"), "m-agen", JAN, true, true));
    listing("epn", "hub", "Espace public numérique", "5 cours Victor Hugo", "m-epn");
    store.listings.put("epn", with(store.listings.get("epn"), "m-epn", JAN, false, false));

    pass.run(federation, pendingIds());

    assertThat(store.retired).containsExactly("m-agen");
    assertThat(store.settled).as("the unpublished listing is no longer pending").contains("agen");
    assertThat(writtenGroups()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Pass.class)
  void aMergedVenueThatRedirectsStillRedirectsWhenItsDepartementIsGroupedAgain(Pass pass) {
    nerac("hub-1", "hub", "m-big", JAN, false);
    nerac("fs-1", "france-services", "m-big", JAN, false);
    // Unpublished while it was m-small's, long ago; m-small has redirected to m-big since.
    listing("old", "dept", "Point numérique de Nérac", "3 rue Gambetta", "m-small");
    store.listings.put("old", with(store.listings.get("old"), "m-small", JAN, true, false));
    nerac("dept-1", "dept", null, FEB, true);

    pass.run(federation, pendingIds());

    assertThat(writtenGroups()).isEqualTo(Map.of("m-big", Set.of("hub-1", "fs-1", "dept-1")));
    assertThat(store.retired).as("a redirect is not turned into a retirement").isEmpty();
    assertThat(store.redirected).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Pass.class)
  void aNewGroupWhoseOldestListingsIdIsAlreadyAMergedVenueGetsAFreshId(Pass pass) {
    // The listing's id names an older merged venue (retired since): ids are never reused.
    store.merged.add("l-1");
    listing("l-1", "hub", "Médiathèque d'Agen", "2 rue de l'Égalité", null);

    pass.run(federation, pendingIds());

    assertThat(store.written).hasSize(1);
    assertThat(store.written.get(0).mergedId()).isNotEqualTo("l-1").hasSize(36);
    assertThat(store.written.get(0).listingIds()).containsExactly("l-1");
  }

  @ParameterizedTest
  @EnumSource(Pass.class)
  void aGroupSplitInTwoKeepsItsIdForTheLargerPartAndTheSmallerPartTakesItsOldestListingsId(
      Pass pass) {
    nerac("hub-1", "hub", "m-nerac", JAN, false);
    nerac("fs-1", "france-services", "m-nerac", JAN, false);
    // The library was wrongly merged with them; its new name now tells it apart.
    listing("lib", "dept", "Médiathèque Jean Jaurès", "2 rue de la République", "m-nerac");
    store.listings.put("lib", with(store.listings.get("lib"), "m-nerac", FEB, false, true));

    pass.run(federation, pendingIds());

    assertThat(writtenGroups())
        .isEqualTo(Map.of("m-nerac", Set.of("hub-1", "fs-1"), "lib", Set.of("lib")));
    assertThat(store.redirected).isEmpty();
  }

  /**
   * A hub of one département sends its whole file: that département is grouped again whole, and the
   * listings of the others, where nothing changed, are not read (here, a pair of Paris listings
   * left unmerged, as an earlier threshold had them, stays as it is).
   */
  @org.junit.jupiter.api.Test
  void aFirstImportInOneDepartementLeavesTheOthersAsTheyAre() {
    for (String id : List.of("p-hub", "p-fs")) {
      store.add(
          new Row(
              id,
              Listings.placed(
                  id.substring(2),
                  id,
                  "France Services Paris 11e",
                  "12 rue Oberkampf",
                  "75011",
                  "75111",
                  48.8650,
                  2.3700),
              "m-" + id,
              JAN,
              false,
              false));
    }
    nerac("n-hub", "hub", null, FEB, true);
    nerac("n-fs", "fs", null, FEB, true);
    nerac("n-dept", "dept", null, FEB, true);

    federation.reconcilePending();

    assertThat(writtenGroups()).isEqualTo(Map.of("n-dept", Set.of("n-hub", "n-fs", "n-dept")));
  }

  /**
   * A few listings changed in two départements, a small share of all: each département's are
   * regrouped with their own neighbours, one département after the other, never all at once (a
   * thousand listings over the country held every dense city's neighbourhood in memory together).
   */
  @org.junit.jupiter.api.Test
  void changedListingsOfSeveralDepartementsAreRegroupedOneDepartementAtATime() {
    ListingsInMemory listings = new ListingsInMemory();
    federation.store = listings;
    for (int i = 0; i < 12; i++) {
      String postcode = i % 2 == 0 ? "47600" : "32100";
      listings.add(unplaced("old-" + i, "hub", "Médiathèque " + i, postcode, "old-" + i, JAN));
    }
    for (String postcode : List.of("47600", "32100")) {
      listings.add(unplaced("new-" + postcode, "fs", "Médiathèque 0", postcode, null, FEB));
    }

    federation.reconcilePending();

    assertThat(listings.written)
        .extracting(Assignment::listingIds)
        .containsExactlyInAnyOrder(List.of("new-47600", "old-0"), List.of("new-32100"));
    assertThat(listings.neighbourCalls).isEqualTo(List.of(Set.of("32100"), Set.of("47600")));
  }

  /** A listing without an address or a position, pending when it has no merged venue yet. */
  private static Row unplaced(
      String id, String source, String nom, String postcode, String mergedId, Instant created) {
    return new Row(
        id,
        Listings.placed(source, id, nom, null, postcode, null, null, null),
        mergedId,
        created,
        false,
        mergedId == null);
  }
}
