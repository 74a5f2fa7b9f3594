package fr.mediation.directory.federation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.federation.Grouping.Pair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

class DenseBlocksTest {

  private static final String[] KINDS = {
    "Espaces numériques",
    "Médiatèque",
    "Médiathèque",
    "France Services",
    "EPN",
    "Mairie",
    "",
    "Centre social",
    "Espace numérique",
    "Association",
    "Bibliothèque municipale",
    "Cyber-base"
  };
  private static final String[] NAMES = {
    "Jean Jaurès", "Voltaire", "Louise Michel", "Victor Hugo", "Aimé Césaire", "Les Lilas",
    "Belleville", "Saint-Blaise", "Marie Curie", "Émile Zola", "Pablo Neruda", "Croix-Nivert"
  };
  private static final String[] STREETS = {
    "rue de la République", "av. Jean Jaurès", "boulevard Voltaire", "", "allée Louise Michel"
  };
  private static final String[] SOURCES = {"hub", "france-services", "dept", "ville"};

  /**
   * In a grouping where every block of places is crowded, each pair is scored once, whatever the
   * number of blocks and features its listings share, and the pairs scored are exactly those of two
   * listings sharing a feature one of them holds in full, within the latitude of candidates when
   * both are placed, that the grouping scores (settled listings of two venues are not).
   */
  @Test
  void meetsExactlyTheListingsSharingAFeatureOneOfThemHoldsInFull() {
    Random random = new Random(5);
    Grouping grouping = new Grouping(new DuplicateScorer(), "ville"::equals, 0);
    List<Member> members = district(random, 600, false);
    double threshold = new DuplicateScorer().threshold();
    Map<String, Map<String, Boolean>> features = new HashMap<>();
    for (Member m : members) {
      Map<String, Boolean> own = new HashMap<>();
      DenseBlocks.features(
          DuplicateScorer.Compared.of(m.match()),
          DenseBlocks.genericShare(threshold),
          (key, full) -> own.merge(key, full, Boolean::logicalOr));
      features.put(m.id(), own);
    }
    Set<Pair> expected =
        pairsWhere(
            members,
            (a, b) ->
                (!a.match().placed()
                        || !b.match().placed()
                        || Math.abs(a.match().latitude() - b.match().latitude())
                            <= DenseBlocks.NEAR_LATITUDE)
                    && share(features.get(a.id()), features.get(b.id()))
                    && a.scoredWith(b)
                    && grouping.sourcesMeet(a, b)
                    && DuplicateScorer.candidate(a.match(), b.match()));

    assertScoredOnceExactly(grouping, members, expected);
  }

  /**
   * Where no block is crowded, each pair is scored once, whatever the number of blocks its listings
   * share, and the pairs scored are exactly those of two listings sharing a block one of them is a
   * full member of, in one département, that the grouping scores and the detector's candidate test
   * passes.
   */
  @Test
  void meetsExactlyTheListingsSharingABlockOneOfThemIsAFullMemberOf() {
    Random random = new Random(11);
    Grouping grouping = new Grouping(new DuplicateScorer(), "ville"::equals, Long.MAX_VALUE);
    List<Member> members = district(random, 500, true);
    Map<String, Map<String, Boolean>> keys = new HashMap<>();
    for (Member m : members) {
      Map<String, Boolean> own = new HashMap<>();
      Block.keys(m.match(), (key, full) -> own.merge(key, full, Boolean::logicalOr));
      keys.put(m.id(), own);
    }
    Set<Pair> expected =
        pairsWhere(
            members,
            (a, b) ->
                share(keys.get(a.id()), keys.get(b.id()))
                    && a.scoredWith(b)
                    && grouping.sourcesMeet(a, b)
                    && Grouping.departement(a.match().codePostal())
                        .equals(Grouping.departement(b.match().codePostal()))
                    && DuplicateScorer.candidate(a.match(), b.match()));

    assertScoredOnceExactly(grouping, members, expected);
  }

  /** Every pair of {@code members} that {@code rule} holds for, tried one by one. */
  private static Set<Pair> pairsWhere(List<Member> members, BiPredicate<Member, Member> rule) {
    Set<Pair> pairs = new HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        if (rule.test(members.get(i), members.get(j))) {
          pairs.add(new Pair(members.get(i).id(), members.get(j).id()));
        }
      }
    }
    return pairs;
  }

  /** The grouping scores each pair once, and exactly the pairs {@code expected}. */
  private static void assertScoredOnceExactly(
      Grouping grouping, List<Member> members, Set<Pair> expected) {
    List<Pair> met = grouping.scored(members).stream().map(Grouping.Scored::pair).toList();

    assertThat(expected).hasSizeGreaterThan(2_000);
    assertThat(met).doesNotHaveDuplicates();
    assertThat(new HashSet<>(met)).isEqualTo(expected);
  }

  /**
   * Listings of a Paris district: names of a few kinds of venues, often generic, initials, typos;
   * four sources; a third new, the others settled in 200 venues; a sixth without a position. When
   * {@code mixed}, some share registry numbers and phones, and some lie across the border, in
   * Boulogne-Billancourt (another département).
   */
  private static List<Member> district(Random random, int count, boolean mixed) {
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String kind = KINDS[random.nextInt(KINDS.length)];
      String name = NAMES[random.nextInt(NAMES.length)];
      String nom =
          switch (random.nextInt(4)) {
            case 0 -> kind + " " + name.charAt(0) + ". " + name.substring(name.indexOf(' ') + 1);
            case 1 -> kind.isEmpty() ? "Espace public numérique" : kind;
            default -> (kind + " " + name).strip();
          };
      String street = STREETS[random.nextInt(STREETS.length)];
      boolean placed = random.nextInt(6) > 0;
      boolean acrossBorder = mixed && random.nextInt(5) == 0;
      Matchable match =
          new Matchable(
              SOURCES[random.nextInt(SOURCES.length)],
              "l" + i,
              nom,
              street.isEmpty() ? null : (1 + random.nextInt(4)) + " " + street,
              acrossBorder ? "92100" : "750" + (10 + random.nextInt(3)),
              acrossBorder ? "92012" : "75056",
              placed ? 48.80 + random.nextDouble() * 0.12 : null,
              placed ? 2.30 + random.nextDouble() * 0.1 : null,
              mixed && random.nextInt(5) == 0
                  ? "1234567890001" + random.nextInt(3)
                  : "00000000000000",
              mixed && random.nextInt(4) == 0 ? "0140000" + random.nextInt(6) : null,
              random.nextInt(6) == 0 ? "contact" + random.nextInt(8) + "@paris.fr" : null,
              null);
      boolean settled = random.nextInt(3) > 0;
      members.add(
          new Member(
              "l" + i,
              match,
              Instant.parse("2026-01-01T00:00:00Z"),
              settled ? "v" + random.nextInt(200) : null,
              settled));
    }
    return members;
  }

  private static boolean share(Map<String, Boolean> a, Map<String, Boolean> b) {
    for (Map.Entry<String, Boolean> feature : a.entrySet()) {
      Boolean other = b.get(feature.getKey());
      if (other != null && (feature.getValue() || other)) {
        return true;
      }
    }
    return false;
  }
}
