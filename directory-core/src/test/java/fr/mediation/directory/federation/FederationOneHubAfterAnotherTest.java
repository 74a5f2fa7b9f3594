package fr.mediation.directory.federation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.federation.Grouping.Pair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hubs' files federated one after another: each file's listings are scored against the listings
 * already grouped, not those listings against each other again, and the venues come out as when
 * every listing is grouped at once.
 */
class FederationOneHubAfterAnotherTest {

  private static final String[] SOURCES = {"hub", "france-services", "dept", "ville"};
  private static final String[] KINDS = {
    "Médiathèque", "France Services", "EPN", "Centre social", "Mairie", "Espace numérique", ""
  };
  private static final String[] NAMES = {
    "Jean Jaurès", "Voltaire", "Louise Michel", "Victor Hugo", "Aimé Césaire", "Les Lilas",
    "Belleville", "Saint-Blaise", "Marie Curie", "Émile Zola", "Pablo Neruda", "Croix-Nivert"
  };
  private static final String[] STREETS = {
    "rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Pyrénées", ""
  };

  private static Federation federation(ListingsInMemory store) {
    store.applyWrites = true;
    return store.federation();
  }

  /**
   * A crowded district: venues each listed by some of four hubs, in the hub's own words (a typo, an
   * initial, a street or a position missing), hub by hub in the order of {@link #SOURCES}.
   */
  private static Map<String, List<Row>> district(int venues, long seed) {
    return district(venues, seed, "", "75011", "75056");
  }

  /** The same in another commune, its listings' ids starting with {@code prefix}. */
  private static Map<String, List<Row>> district(
      int venues, long seed, String prefix, String postcode, String insee) {
    Random random = new Random(seed);
    Map<String, List<Row>> bySource = new HashMap<>();
    for (int v = 0; v < venues; v++) {
      String kind = KINDS[random.nextInt(KINDS.length)];
      String name = NAMES[random.nextInt(NAMES.length)];
      String street = STREETS[random.nextInt(STREETS.length)];
      int number = 1 + random.nextInt(30);
      double lat = 48.85 + random.nextDouble() * 0.02;
      double lon = 2.37 + random.nextDouble() * 0.02;
      for (String source : SOURCES) {
        if (random.nextInt(10) < 4) {
          continue;
        }
        String written =
            switch (random.nextInt(4)) {
              case 0 -> name.substring(0, name.length() - 1);
              case 1 -> name.charAt(0) + ". " + name.substring(name.indexOf(' ') + 1);
              default -> name;
            };
        boolean placed = random.nextInt(6) > 0;
        String id = prefix + source + "-" + v;
        bySource
            .computeIfAbsent(source, s -> new ArrayList<>())
            .add(
                new Row(
                    id,
                    Listings.placed(
                        source,
                        id,
                        (kind + " " + written).strip(),
                        street.isEmpty() || random.nextInt(5) == 0 ? null : number + " " + street,
                        postcode,
                        insee,
                        placed ? lat + random.nextGaussian() * 0.0003 : null,
                        placed ? lon + random.nextGaussian() * 0.0003 : null),
                    null,
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(v),
                    false,
                    true));
      }
    }
    return bySource;
  }

  /** The groups of listings written last for each merged venue standing, as sets of ids. */
  private static Set<Set<String>> venues(ListingsInMemory store) {
    Map<String, Set<String>> byMerged = new HashMap<>();
    store.listings.values().stream()
        .filter(r -> !r.retired())
        .forEach(r -> byMerged.computeIfAbsent(r.mergedId(), k -> new HashSet<>()).add(r.id()));
    return new HashSet<>(byMerged.values());
  }

  @Test
  void noWriteWaitsForTheIndexFederationWaitsOnceAfterItsLastWrite() {
    ListingsInMemory store = new ListingsInMemory();
    Federation federation = federation(store);
    // Two départements, each written in several chunks.
    district(1_000, 7).get("hub").forEach(store::add);
    district(1_000, 7, "lyon-", "69003", "69383").get("hub").forEach(store::add);

    federation.reconcilePending();

    assertThat(store.writesAndWaits).hasSizeGreaterThan(4).endsWith("write", "await");
    assertThat(store.writesAndWaits).containsOnlyOnce("await");
  }

  @Test
  void hubsFederatedOneAfterAnotherGiveTheVenuesOfEveryListingGroupedAtOnce() {
    Map<String, List<Row>> district = district(160, 5);

    ListingsInMemory inTurn = new ListingsInMemory();
    Federation federation = federation(inTurn);
    for (String source : SOURCES) {
      district.get(source).forEach(inTurn::add);
      federation.reconcilePending();
      assertThat(inTurn.listings.values()).noneMatch(Row::pending);
    }
    // The last hub again with one listing renamed: few changed, its neighbours are read again.
    Row renamed = district.get("ville").get(0);
    inTurn.add(
        new Row(
            renamed.id(),
            Listings.placed(
                "ville",
                renamed.id(),
                "Maison de quartier des Amandiers",
                renamed.match().adresse(),
                "75011",
                "75056",
                renamed.match().latitude(),
                renamed.match().longitude()),
            renamed.mergedId(),
            renamed.createdAt(),
            false,
            true));
    federation.reconcilePending();
    // And a hub's file without some of its listings: their venues are grouped again without them.
    for (Row gone : district.get("france-services").subList(0, 20)) {
      Row now = inTurn.listings.get(gone.id());
      inTurn.add(new Row(now.id(), now.match(), now.mergedId(), now.createdAt(), true, true));
    }
    federation.reconcilePending();

    ListingsInMemory atOnce = new ListingsInMemory();
    for (String source : SOURCES) {
      district.get(source).forEach(atOnce::add);
    }
    atOnce.add(inTurn.listings.get(renamed.id()));
    atOnce.listings.replaceAll(
        (id, r) ->
            new Row(id, r.match(), null, r.createdAt(), inTurn.listings.get(id).retired(), true));
    federation(atOnce).reconcilePending();

    Set<Set<String>> expected = venues(atOnce);
    assertThat(expected.stream().filter(g -> g.size() > 1).count()).isGreaterThan(60);
    assertThat(venues(inTurn)).isEqualTo(expected);
  }

  @Test
  void aHubsListingsAreScoredAgainstTheVenuesAlreadyGroupedNotThoseAgainstEachOther() {
    Map<String, List<Row>> district = district(160, 9);
    ListingsInMemory store = new ListingsInMemory();
    Federation federation = federation(store);
    for (String source : List.of("hub", "france-services", "dept")) {
      district.get(source).forEach(store::add);
      federation.reconcilePending();
    }
    district.get("ville").forEach(store::add);
    List<Member> members = Member.of(store.listings.values());

    Grouping grouping = federation.grouping();
    Map<String, Member> byId = new HashMap<>();
    members.forEach(m -> byId.put(m.id(), m));
    Set<Pair> everyPair = new HashSet<>();
    grouping
        .scored(members.stream().map(m -> new Member(m.id(), m.match(), m.createdAt())).toList())
        .forEach(s -> everyPair.add(s.pair()));
    Set<Pair> expected = new HashSet<>();
    for (Pair pair : everyPair) {
      Member a = byId.get(pair.a());
      Member b = byId.get(pair.b());
      if (!a.settled() || !b.settled() || a.mergedId().equals(b.mergedId())) {
        expected.add(pair);
      }
    }

    Set<Pair> scored = new HashSet<>();
    grouping.scored(members).forEach(s -> scored.add(s.pair()));

    assertThat(scored).isEqualTo(expected);
    assertThat(members).filteredOn(Member::settled).hasSizeGreaterThan(members.size() / 2);
    assertThat(everyPair.size() - scored.size()).isGreaterThan(everyPair.size() / 3);
  }

  /**
   * A venue losing a listing is grouped again in full: here the listing that a "not duplicates"
   * decision kept away from another, which can now join the venue.
   */
  @Test
  void aVenueThatLostAListingIsScoredAgainWithItsNeighbours() {
    ListingsInMemory store = new ListingsInMemory();
    Federation federation = federation(store);
    Instant jan = Instant.parse("2026-01-01T00:00:00Z");
    for (String[] l :
        new String[][] {{"a", "hub", "m-a"}, {"x", "fs", "m-a"}, {"b", "fs", "m-b"}}) {
      store.add(
          new Row(
              l[0],
              Listings.placed(
                  l[1],
                  l[0],
                  "France Services de Nérac",
                  "12 place du Général de Gaulle",
                  "47600",
                  "47195",
                  44.1360,
                  0.3390),
              l[2],
              jan,
              false,
              false));
    }
    store.decisions.add(
        new MergeDecision(MergeDecision.Kind.NOT_DUPLICATES, "x", "b", "deux guichets", jan));
    Row x = store.listings.get("x");
    store.add(new Row("x", x.match(), "m-a", jan, true, true));

    federation.reconcilePending();

    assertThat(venues(store)).containsExactly(Set.of("a", "b"));
  }

  /**
   * Four départements' districts, hub after hub, then a few listings renamed in each: grouped on
   * four threads, several départements at once, they give the venues of one département at a time.
   * A "same venue" decision joins two listings of different départements, so that two batches
   * grouped at once hold one listing, and the second is read again after the first is written.
   */
  @Test
  void departementsGroupedAtOnceGiveTheVenuesOfOneAtATime() {
    Map<String, List<Row>> district = new HashMap<>();
    String[][] places = {
      {"75011", "75056"}, {"93100", "93048"}, {"92100", "92012"}, {"94200", "94041"}
    };
    for (int d = 0; d < places.length; d++) {
      String[] place = places[d];
      String prefix = place[0].substring(0, 2) + "-";
      district(120, 11 + d)
          .forEach(
              (source, rows) ->
                  rows.forEach(
                      r ->
                          district
                              .computeIfAbsent(source, k -> new ArrayList<>())
                              .add(elsewhere(r, prefix, place[0], place[1]))));
    }
    GroupingThreads threads = new GroupingThreads();
    try {
      ListingsInMemory together = new ListingsInMemory();
      Federation atOnce = federation(together);
      atOnce.groupingThreads = threads;
      atOnce.groupingAtOnce = Optional.of(4);
      ListingsInMemory alone = new ListingsInMemory();
      Federation oneByOne = federation(alone);
      oneByOne.groupingAtOnce = Optional.of(1);

      for (ListingsInMemory store : List.of(together, alone)) {
        Federation federation = store == together ? atOnce : oneByOne;
        String a = district.get("hub").get(0).id();
        String b = district.get("hub").get(district.get("hub").size() - 1).id();
        store.decisions.add(
            new MergeDecision(
                MergeDecision.Kind.SAME_VENUE, a, b, "un seul guichet", Instant.EPOCH));
        for (String source : SOURCES) {
          district.get(source).forEach(store::add);
          federation.reconcilePending();
        }
        // A few renamed in each département: the pending ones and their neighbours, in turn.
        for (int i = 0; i < district.get("ville").size(); i += 15) {
          Row r = store.listings.get(district.get("ville").get(i).id());
          store.add(
              new Row(
                  r.id(),
                  elsewhere(r, "", r.match().codePostal(), r.match().codeInsee()).match(),
                  r.mergedId(),
                  r.createdAt(),
                  false,
                  true));
        }
        store.add(pending(store.listings.get(a)));
        federation.reconcilePending();
        assertThat(store.listings.values()).noneMatch(Row::pending);
        assertThat(venues(store)).anyMatch(v -> v.containsAll(Set.of(a, b)));
      }

      assertThat(venues(together)).isEqualTo(venues(alone));
      assertThat(venues(alone).stream().filter(v -> v.size() > 1).count()).isGreaterThan(200);
    } finally {
      threads.stop();
    }
  }

  /** A listing moved to another place under another id ({@code prefix} added), renamed if none. */
  private static Row elsewhere(Row r, String prefix, String codePostal, String codeInsee) {
    Matchable m = r.match();
    String id = prefix + r.id();
    return new Row(
        id,
        Listings.placed(
            m.source(),
            id,
            prefix.isEmpty() ? "Espace " + m.nom() : m.nom(),
            m.adresse(),
            codePostal,
            codeInsee,
            m.latitude(),
            m.longitude()),
        r.mergedId(),
        r.createdAt(),
        r.retired(),
        r.pending());
  }

  private static Row pending(Row r) {
    return new Row(r.id(), r.match(), r.mergedId(), r.createdAt(), r.retired(), true);
  }
}
