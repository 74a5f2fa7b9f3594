package fr.mediation.directory.federation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * The pairs of a grouping's listings that the detector compares, each met once: two listings
 * sharing a blocking key ({@link Block}), or, in a crowded block of places, a feature ({@link
 * DenseBlocks}); in one département, of sources that meet, not two settled listings of different
 * venues ({@link Member#scoredWith}), and passing the detector's candidate test.
 *
 * <p>Two things keep it from growing with the square of a dense city's listings, without changing
 * which pairs are compared: a block pairs its listings only across sources (when a source's own
 * listings are not compared, a block of one source costs nothing); and two placed listings of one
 * commune, which the detector compares only within {@link DuplicateScorer#MAX_DISTANCE_M}, meet in
 * the commune's {@linkplain Block#NEAR_DEGREES neighbouring cells} rather than in the whole commune
 * (its unplaced listings still meet every listing of the commune).
 *
 * <p>Two listings of one commune share several blocks (commune, postcode, cells) and two names a
 * typo apart many features: each listing gathers its partners across all of its blocks and
 * features, marks each one met (an array of the grouping's listings: no set of pairs, no hashing of
 * ids), and a pair is taken from its first listing's side only.
 *
 * <p>When a hub's file arrives in cities the other hubs filled, most listings are settled, and most
 * pairs met are of two settled listings of different venues, which are not compared again: the
 * changed listings are ranked first and meet everyone, and a settled listing, on its own, meets
 * only the listings of its own venue.
 */
final class CandidatePairs {

  /** Receives a pair of listings by their ranks, the first ranked before the second. */
  interface Sink {
    void pair(int a, int b);
  }

  /** Blocks of places (commune, postcode, cells), which crowd in cities. */
  private static final Set<String> GEOGRAPHIC = Set.of("i:", "c:", "g:", "n:");

  private CandidatePairs() {}

  /**
   * Gives {@code sink} the pairs of {@code all} the detector compares.
   *
   * @param all the listings, the changed ones ranked before the settled ones
   * @param compared what the detector reads of the listing of a rank, worked out once
   * @param crowdedPairs from how many pairs a block of places is paired by features
   * @param floor the lowest score the pairs must be able to reach
   */
  static void of(
      Grouping grouping,
      Member[] all,
      IntFunction<DuplicateScorer.Compared> compared,
      long crowdedPairs,
      double floor,
      Sink sink) {
    for (int i = 1; i < all.length; i++) {
      if (all[i - 1].settled() && !all[i].settled()) {
        throw new IllegalArgumentException("A changed listing ranked after a settled one: " + i);
      }
    }
    Map<String, Block> blocks = new HashMap<>();
    for (int i = 0; i < all.length; i++) {
      int rank = i;
      Block.keys(
          all[i].match(),
          (key, full) -> blocks.computeIfAbsent(key, k -> new Block()).add(rank, all[rank], full));
    }
    // Each listing's blocks, where it meets the other members; crowded ones go by features.
    List<List<Block>> fullIn = new ArrayList<>(Collections.nCopies(all.length, null));
    List<List<Block>> partialIn = new ArrayList<>(Collections.nCopies(all.length, null));
    DenseBlocks crowded = new DenseBlocks(all, compared, floor);
    boolean thinned = DenseBlocks.applies(floor);
    blocks.forEach(
        (key, block) -> {
          if (thinned
              && GEOGRAPHIC.contains(key.substring(0, 2))
              && block.pairCount() >= crowdedPairs) {
            block.members((rank, full) -> crowded.add(rank));
          } else if (block.size() > 1) {
            block.members(
                (rank, full) -> {
                  List<List<Block>> in = full ? fullIn : partialIn;
                  if (in.get(rank) == null) {
                    in.set(rank, new ArrayList<>(4));
                  }
                  in.get(rank).add(block);
                });
          }
        });
    crowded.sort();

    // A settled listing meets the changed ones from their side (ranked first) and, on its own, only
    // the listings of its venue: it is not compared with the other settled ones.
    Map<String, List<Integer>> settledOf = new HashMap<>();
    for (int i = 0; i < all.length; i++) {
      if (all[i].settled()) {
        settledOf.computeIfAbsent(all[i].mergedId(), k -> new ArrayList<>(2)).add(i);
      }
    }
    CandidateColumns columns = new CandidateColumns(grouping, all);
    int[] metBy = new int[all.length];
    Arrays.fill(metBy, -1);
    for (int i = 0; i < all.length; i++) {
      int from = i;
      Member a = all[i];
      String source = a.match().source();
      boolean within = grouping.comparesWithin(source);
      if (a.settled()) {
        for (int j : settledOf.get(a.mergedId())) {
          if (j > i
              && (shareBlock(fullIn, partialIn, i, j) || crowded.meets(i, j))
              && columns.compares(i, j)) {
            sink.pair(i, j);
          }
        }
        continue;
      }
      IntConsumer meet =
          j -> {
            if (j > from && metBy[j] != from) {
              metBy[j] = from;
              if (columns.compares(from, j)) {
                sink.pair(from, j);
              }
            }
          };
      List<Block> full = fullIn.get(i);
      if (full != null) {
        full.forEach(block -> block.meetAfter(from, true, source, within, meet));
      }
      List<Block> partial = partialIn.get(i);
      if (partial != null) {
        partial.forEach(block -> block.meetAfter(from, false, source, within, meet));
      }
      crowded.meet(i, meet);
    }
  }

  /** Whether two listings share a block that one of them is a full member of. */
  private static boolean shareBlock(
      List<List<Block>> fullIn, List<List<Block>> partialIn, int a, int b) {
    return shareAny(fullIn.get(a), fullIn.get(b))
        || shareAny(fullIn.get(a), partialIn.get(b))
        || shareAny(partialIn.get(a), fullIn.get(b));
  }

  /** Whether two lists (either may be null) hold one object in common. */
  static <T> boolean shareAny(List<T> a, List<T> b) {
    if (a == null || b == null) {
      return false;
    }
    for (T x : a) {
      for (T y : b) {
        if (x == y) {
          return true;
        }
      }
    }
    return false;
  }
}
