package fr.mediation.directory.federation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The listings sharing a blocking key, by source and by rank among a grouping's: full members meet
 * every member, partial members only the full ones; and which blocks a listing is in.
 */
final class Block {
  private static final int[] NONE = new int[0];

  /** One source's members: ranks ascending (listings are added in rank order). */
  private static final class Side {
    private int[] full = NONE;
    private int fullCount;
    private int[] partial = NONE;
    private int partialCount;

    void add(int rank, boolean isFull) {
      if (isFull) {
        if (fullCount == full.length) {
          full = Arrays.copyOf(full, Math.max(2, fullCount * 2));
        }
        full[fullCount++] = rank;
      } else {
        if (partialCount == partial.length) {
          partial = Arrays.copyOf(partial, Math.max(2, partialCount * 2));
        }
        partial[partialCount++] = rank;
      }
    }

    int size() {
      return fullCount + partialCount;
    }
  }

  private final Map<String, Side> sides = new HashMap<>(4);

  void add(int rank, Member m, boolean isFull) {
    sides.computeIfAbsent(m.match().source(), k -> new Side()).add(rank, isFull);
  }

  /** How many members it has. */
  int size() {
    int size = 0;
    for (Side side : sides.values()) {
      size += side.size();
    }
    return size;
  }

  /** How many pairs of two sources the block holds, about. */
  long pairCount() {
    List<Integer> sizes = new ArrayList<>(sides.size());
    sides.values().forEach(side -> sizes.add(side.size()));
    return DenseBlocks.crossPairs(sizes);
  }

  /** Receives a member's rank and whether it is a full member. */
  interface MemberSink {
    void member(int rank, boolean full);
  }

  /** Every member, source by source. */
  void members(MemberSink sink) {
    for (Side side : sides.values()) {
      for (int i = 0; i < side.fullCount; i++) {
        sink.member(side.full[i], true);
      }
      for (int i = 0; i < side.partialCount; i++) {
        sink.member(side.partial[i], false);
      }
    }
  }

  /**
   * The members ranked after {@code rank} that its listing meets here: the full ones, and the
   * partial ones too when it is a full member ({@code isFull}); those of its own {@code source}
   * only when that source's listings are compared with each other ({@code withinSource}), so that a
   * block of one hub's listings costs nothing.
   */
  void meetAfter(int rank, boolean isFull, String source, boolean withinSource, IntConsumer sink) {
    sides.forEach(
        (of, side) -> {
          if (withinSource || !of.equals(source)) {
            after(side.full, side.fullCount, rank, sink);
            if (isFull) {
              after(side.partial, side.partialCount, rank, sink);
            }
          }
        });
  }

  private static void after(int[] ranks, int count, int rank, IntConsumer sink) {
    int from = Arrays.binarySearch(ranks, 0, count, rank);
    for (int i = from >= 0 ? from + 1 : -from - 1; i < count; i++) {
      sink.accept(ranks[i]);
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
