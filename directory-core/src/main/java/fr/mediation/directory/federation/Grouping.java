package fr.mediation.directory.federation;

import fr.mediation.directory.geo.Departements;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Groups listings into venues: pairs are found by blocking (same registry number, phone, commune,
 * postcode or neighbouring grid cell, always within one département), scored by the {@link
 * DuplicateScorer}, and joined strongest first into transitive groups, except where people decided
 * otherwise: "same venue" pairs are joined first, and two groups are never joined when a "not
 * duplicates" decision links them.
 */
public final class Grouping {

  /** Size of a grid cell in degrees: neighbouring cells cover at least 1 km in every direction. */
  public static final double CELL_DEGREES = 0.015;

  private final DuplicateScorer scorer;
  private final Predicate<String> dedupeWithinSource;
  private final long crowdedPairs;

  /** The lowest score of the pairs that must be scored. */
  private final double floor;

  /**
   * @param dedupeWithinSource the sources whose own listings may be duplicates of each other (by
   *     default a source's listings are distinct venues)
   */
  public Grouping(DuplicateScorer scorer, Predicate<String> dedupeWithinSource) {
    this(scorer, dedupeWithinSource, DenseBlocks.CROWDED_PAIRS);
  }

  /**
   * @param crowdedPairs from how many pairs a geographic block is {@linkplain DenseBlocks paired by
   *     features} ({@link Long#MAX_VALUE}: never, 0: always), where the threshold allows it
   */
  public Grouping(DuplicateScorer scorer, Predicate<String> dedupeWithinSource, long crowdedPairs) {
    this(scorer, dedupeWithinSource, crowdedPairs, scorer.threshold());
  }

  private Grouping(
      DuplicateScorer scorer,
      Predicate<String> dedupeWithinSource,
      long crowdedPairs,
      double floor) {
    this.scorer = scorer;
    this.dedupeWithinSource = dedupeWithinSource;
    this.crowdedPairs = crowdedPairs;
    this.floor = floor;
  }

  /**
   * The same grouping, whose {@link #scored} pairs include every pair scoring {@code floor} or more
   * (the review of pairs just under the threshold), not only the duplicates.
   */
  public Grouping lookingDownTo(double floor) {
    return new Grouping(scorer, dedupeWithinSource, crowdedPairs, floor);
  }

  /** Two listing ids, in order. */
  public record Pair(String a, String b) {
    public Pair {
      if (a.compareTo(b) > 0) {
        String t = a;
        a = b;
        b = t;
      }
    }

    /**
     * Spread: a record's {@code 31 × a + b} gives ids that differ in their last characters the same
     * hash, and the sets of a city's millions of pairs fell into slow collision chains.
     */
    @Override
    public int hashCode() {
      int h = a.hashCode() * 0x9E3779B9 + b.hashCode();
      return h ^ (h >>> 16);
    }
  }

  /** An edge between two listings and its score. */
  private record Edge(Pair pair, double score) {}

  /** The grid cell of a position, e.g. {@code "3257:156"}; {@code null} without a position. */
  public static String cellOf(Double latitude, Double longitude) {
    if (latitude == null || longitude == null) {
      return null;
    }
    return (long) Math.floor(latitude / CELL_DEGREES)
        + ":"
        + (long) Math.floor(longitude / CELL_DEGREES);
  }

  /** The cell of a position and its eight neighbours. */
  public static List<String> cellAndNeighbours(Double latitude, Double longitude) {
    if (latitude == null || longitude == null) {
      return List.of();
    }
    long y = (long) Math.floor(latitude / CELL_DEGREES);
    long x = (long) Math.floor(longitude / CELL_DEGREES);
    List<String> cells = new ArrayList<>(9);
    for (long dy = -1; dy <= 1; dy++) {
      for (long dx = -1; dx <= 1; dx++) {
        cells.add((y + dy) + ":" + (x + dx));
      }
    }
    return cells;
  }

  /** The département of a postcode: its first two digits, three overseas (97x, 98x). */
  public static String departement(String codePostal) {
    if (codePostal == null || codePostal.length() < 3) {
      return "";
    }
    return Departements.codeOf(codePostal);
  }

  /**
   * The groups of {@code members}: every member is in exactly one group; groups are listed largest
   * first, members in id order.
   *
   * @param sameVenue pairs people declared the same venue
   * @param notDuplicates pairs people declared distinct venues
   */
  public List<Set<String>> groups(
      Collection<Member> members, Set<Pair> sameVenue, Set<Pair> notDuplicates) {
    Map<String, Member> byId = new HashMap<>();
    for (Member m : members) {
      byId.put(m.id(), m);
    }
    List<Edge> edges = new ArrayList<>();
    for (Pair pair : sameVenue) {
      if (byId.containsKey(pair.a()) && byId.containsKey(pair.b())) {
        edges.add(new Edge(pair, Double.POSITIVE_INFINITY));
      }
    }
    score(
        members,
        false,
        (a, b, decision) -> {
          if (decision.duplicate()) {
            Pair pair = new Pair(a.id(), b.id());
            if (!sameVenue.contains(pair) && !notDuplicates.contains(pair)) {
              edges.add(new Edge(pair, decision.score()));
            }
          }
        });
    edges.sort(
        Comparator.comparingDouble(Edge::score)
            .reversed()
            .thenComparing(e -> e.pair().a())
            .thenComparing(e -> e.pair().b()));

    Map<String, Set<String>> apart = new HashMap<>();
    for (Pair pair : notDuplicates) {
      apart.computeIfAbsent(pair.a(), k -> new HashSet<>()).add(pair.b());
      apart.computeIfAbsent(pair.b(), k -> new HashSet<>()).add(pair.a());
    }
    Map<String, Set<String>> groupOf = new HashMap<>();
    for (Member m : members) {
      Set<String> own = new TreeSet<>();
      own.add(m.id());
      groupOf.put(m.id(), own);
    }
    for (Edge edge : edges) {
      Set<String> ga = groupOf.get(edge.pair().a());
      Set<String> gb = groupOf.get(edge.pair().b());
      if (ga == gb || kept(ga, gb, apart)) {
        continue;
      }
      Set<String> into = ga.size() >= gb.size() ? ga : gb;
      Set<String> from = into == ga ? gb : ga;
      into.addAll(from);
      for (String id : from) {
        groupOf.put(id, into);
      }
    }
    List<Set<String>> groups = new ArrayList<>();
    Set<Set<String>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Member m : members) {
      Set<String> g = groupOf.get(m.id());
      if (seen.add(g)) {
        groups.add(g);
      }
    }
    groups.sort(
        Comparator.<Set<String>>comparingInt(Set::size)
            .reversed()
            .thenComparing(g -> g.iterator().next()));
    return groups;
  }

  /** A pair of listings the detector compared, and its decision. */
  public record Scored(Pair pair, DuplicateScorer.Decision decision) {}

  /**
   * Every pair of {@code members} the detector compares when grouping them (same blocking key, one
   * département, different sources unless allowed, the detector's candidate test), with its
   * decision; people's decisions are not looked at here.
   */
  public List<Scored> scored(Collection<Member> members) {
    List<Scored> scored = new ArrayList<>();
    score(
        members,
        true,
        (a, b, decision) -> scored.add(new Scored(new Pair(a.id(), b.id()), decision)));
    return scored;
  }

  /** Receives a pair of listings compared and the detector's decision. */
  private interface DecisionSink {
    void accept(Member a, Member b, DuplicateScorer.Decision decision);
  }

  /**
   * Scores the pairs {@link #scored} lists, one at a time: grouping keeps only the duplicates, and
   * a city's hundreds of thousands of other pairs are not held.
   */
  private void score(Collection<Member> members, boolean explained, DecisionSink sink) {
    // The changed listings first: CandidatePairs meets their pairs from their side.
    Member[] all =
        Stream.concat(
                members.stream().filter(m -> !m.settled()),
                members.stream().filter(Member::settled))
            .toArray(Member[]::new);
    // A listing of a dense city is scored against many: what the detector reads of it, once.
    DuplicateScorer.Compared[] compared = new DuplicateScorer.Compared[all.length];
    IntFunction<DuplicateScorer.Compared> comparedOf =
        i -> {
          if (compared[i] == null) {
            compared[i] = DuplicateScorer.Compared.of(all[i].match());
          }
          return compared[i];
        };
    CandidatePairs.of(
        this,
        all,
        comparedOf,
        crowdedPairs,
        floor,
        (a, b) ->
            sink.accept(
                all[a],
                all[b],
                scorer.decide(comparedOf.apply(a), comparedOf.apply(b), explained)));
  }

  /** Whether a "not duplicates" decision keeps the two groups apart. */
  private static boolean kept(Set<String> ga, Set<String> gb, Map<String, Set<String>> apart) {
    Set<String> small = ga.size() <= gb.size() ? ga : gb;
    Set<String> large = small == ga ? gb : ga;
    for (String id : small) {
      Set<String> others = apart.get(id);
      if (others != null) {
        for (String other : others) {
          if (large.contains(other)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether a source's own listings may be duplicates of each other. */
  boolean comparesWithin(String source) {
    return dedupeWithinSource.test(source);
  }

  /** Whether two listings' sources let them be compared. */
  boolean sourcesMeet(Member a, Member b) {
    return !a.match().source().equals(b.match().source())
        || dedupeWithinSource.test(a.match().source());
  }

  /**
   * The blocking keys of a listing: two listings are compared only if they share one. The same keys
   * find a listing's neighbours in the database.
   */
  public static List<String> blockingKeys(Matchable m) {
    List<String> keys = new ArrayList<>();
    if (realPivot(m.pivot())) {
      keys.add("p:" + m.pivot());
    }
    if (m.telephone() != null) {
      keys.add("t:" + m.telephone());
    }
    if (m.codeInsee() != null) {
      keys.add("i:" + m.codeInsee());
    }
    if (m.codePostal() != null) {
      keys.add("c:" + m.codePostal());
    }
    String own = cellOf(m.latitude(), m.longitude());
    if (own != null) {
      keys.add("g:" + own);
    }
    // A listing also meets the neighbouring cells' listings: keyed by ordered cell pairs.
    for (String cell : cellAndNeighbours(m.latitude(), m.longitude())) {
      if (!cell.equals(own)) {
        keys.add("n:" + (own.compareTo(cell) < 0 ? own + "/" + cell : cell + "/" + own));
      }
    }
    return keys;
  }

  /**
   * Whether two listings are compared at all by {@link #groups}: they share a blocking key, lie in
   * one département and pass the detector's own candidate test. (Sources are not looked at here.)
   */
  public static boolean comparable(Matchable a, Matchable b) {
    if (!departement(a.codePostal()).equals(departement(b.codePostal()))) {
      return false;
    }
    List<String> keys = blockingKeys(a);
    return blockingKeys(b).stream().anyMatch(keys::contains) && DuplicateScorer.candidate(a, b);
  }

  /** Whether a pivot identifies an organisation (not the standard's "unknown" zeros). */
  public static boolean realPivot(String pivot) {
    return pivot != null && !pivot.isBlank() && !DuplicateScorer.zeros(pivot);
  }
}
