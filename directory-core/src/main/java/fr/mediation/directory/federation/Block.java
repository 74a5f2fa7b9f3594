package fr.mediation.directory.federation;

import fr.mediation.directory.federation.Grouping.Pair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The listings sharing a blocking key, by source: full members meet every member, partial members
 * only the full ones; and which blocks a listing is in.
 */
final class Block {
  final Map<String, List<Member>> full = new HashMap<>();
  final Map<String, List<Member>> partial = new HashMap<>();

  void add(Member m, boolean isFull) {
    (isFull ? full : partial).computeIfAbsent(m.match().source(), k -> new ArrayList<>()).add(m);
  }

  /** How many pairs of two sources the block holds, about. */
  long pairCount() {
    Map<String, Integer> sizes = new HashMap<>();
    full.forEach((source, l) -> sizes.merge(source, l.size(), Integer::sum));
    partial.forEach((source, l) -> sizes.merge(source, l.size(), Integer::sum));
    return DenseBlocks.crossPairs(sizes.values());
  }

  void members(java.util.function.Consumer<Member> sink) {
    full.values().forEach(l -> l.forEach(sink));
    partial.values().forEach(l -> l.forEach(sink));
  }

  void pairs(Grouping grouping, Set<Pair> pairs) {
    List<String> sources = new ArrayList<>(full.keySet());
    for (int i = 0; i < sources.size(); i++) {
      List<Member> a = full.get(sources.get(i));
      if (grouping.comparesWithin(sources.get(i))) {
        for (int x = 0; x < a.size(); x++) {
          for (int y = x + 1; y < a.size(); y++) {
            grouping.pair(a.get(x), a.get(y), pairs);
          }
        }
        for (Member p : partial.getOrDefault(sources.get(i), List.of())) {
          for (Member m : a) {
            grouping.pair(m, p, pairs);
          }
        }
      }
      for (int j = i + 1; j < sources.size(); j++) {
        for (Member m : a) {
          for (Member n : full.get(sources.get(j))) {
            grouping.pair(m, n, pairs);
          }
        }
      }
      for (Map.Entry<String, List<Member>> other : partial.entrySet()) {
        if (!other.getKey().equals(sources.get(i))) {
          for (Member m : a) {
            for (Member p : other.getValue()) {
              grouping.pair(m, p, pairs);
            }
          }
        }
      }
    }
  }

  /**
   * Size of the cells in which placed listings of one commune meet, in degrees: two positions
   * {@link DuplicateScorer#MAX_DISTANCE_M} apart or less lie in the same or neighbouring cells up
   * to {@value #NEAR_MAX_LATITUDE}° of latitude (3 km is at most 0.027° of latitude and 0.0496° of
   * longitude there).
   */
  static final double NEAR_DEGREES = 0.05;

  /** Beyond this latitude, placed listings meet the whole commune, as unplaced ones do. */
  static final double NEAR_MAX_LATITUDE = 57;

  /** Receives a blocking key and whether the listing is a full member of its block. */
  interface KeySink {
    void key(String key, boolean full);
  }

  /**
   * The blocks of a listing: those of {@link Grouping#blockingKeys}, except that a placed listing
   * is a partial member of its commune's blocks (it meets the unplaced listings there) and meets
   * the commune's placed listings in the blocks of its neighbouring cells.
   */
  static void keys(Matchable m, KeySink sink) {
    boolean near = m.placed() && Math.abs(m.latitude()) <= NEAR_MAX_LATITUDE;
    List<String> nearCells = near ? cellPairs(m.latitude(), m.longitude(), NEAR_DEGREES) : null;
    for (String key : Grouping.blockingKeys(m)) {
      boolean commune = key.startsWith("i:") || key.startsWith("c:");
      if (commune && near) {
        sink.key(key, false);
        for (String cell : nearCells) {
          sink.key(key + "@" + cell, true);
        }
      } else {
        sink.key(key, true);
      }
    }
  }

  /**
   * The cell of {@code size} degrees of a position, and its ordered pairs with its eight
   * neighbours: two positions in the same or neighbouring cells share one of these.
   */
  private static List<String> cellPairs(double latitude, double longitude, double size) {
    long y = (long) Math.floor(latitude / size);
    long x = (long) Math.floor(longitude / size);
    String own = y + ":" + x;
    List<String> keys = new ArrayList<>(9);
    keys.add(own);
    for (long dy = -1; dy <= 1; dy++) {
      for (long dx = -1; dx <= 1; dx++) {
        String cell = (y + dy) + ":" + (x + dx);
        if (!cell.equals(own)) {
          keys.add(own.compareTo(cell) < 0 ? own + "/" + cell : cell + "/" + own);
        }
      }
    }
    return keys;
  }
}
