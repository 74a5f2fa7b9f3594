package fr.mediation.directory.federation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * The pairs of crowded blocks: in a city, a commune or a grid cell holds thousands of listings, and
 * pairing each with every other grows with the square of their number (a million venues put tens of
 * millions of pairs in Paris). There, two listings are paired only when they also share one of the
 * features without which the detector's score cannot reach its threshold; a phone number or a
 * registry number, the other ways to get there, are blocks of their own and are not thinned.
 *
 * <p>Why these features are enough, from the detector's weights: two listings that share no phone,
 * registry number, e-mail or website score at most {@code 0.40 × names + 0.20 + 0.15}, plus 0.20
 * when their names say the same kind of venue (0.35 less when they say two kinds). So:
 *
 * <ul>
 *   <li>without the same kind, their names must be at least {@code (threshold − 0.35) / 0.40} alike
 *       (0.675 at the default 0.62): they share a distinctive word or an initial, or their names
 *       are mostly generic words ("Espace public numérique") and share one: the likeness of two
 *       names lies between the shares of generic words of each, so one of the two is that generic;
 *   <li>with the same kind, their addresses share a street word, or one of them has no street: two
 *       known streets with no word in common take 0.10 off, and the rest cannot make up for it.
 * </ul>
 *
 * <p>Words match when they are within a Jaro-Winkler similarity of 0.92: two words of a name up to
 * two typos apart share a key (each less up to two letters; a name misspelt once by each of two
 * hubs), a generic word and its plural or misspelling ("espaces", "médiatèque") too, two words of a
 * street one typo apart; further apart, words of 8 letters and more usually keep their first or
 * last four letters, which are keys too. What is missed in a crowded block: a short word misspelt
 * three times, a street misspelt twice at both ends.
 */
final class DenseBlocks {

  /** From this many pairs a geographic block is paired by features. */
  static final int CROWDED_PAIRS = 5_000;

  /** Receives a feature and whether its holder meets every holder or only the full ones. */
  interface FeatureSink {
    void feature(String key, boolean full);
  }

  /**
   * The share of generic words from which a name may reach the threshold without a distinctive word
   * in common; above 1, never.
   */
  static double genericShare(double threshold) {
    return (threshold - DuplicateScorer.ADDRESS_WEIGHT - DuplicateScorer.PROXIMITY_WEIGHT)
        / DuplicateScorer.NAME_WEIGHT;
  }

  /** Whether blocks can be thinned at this threshold (the argument above holds). */
  static boolean applies(double threshold) {
    return genericShare(threshold) > 0;
  }

  /** The features of a listing, as the class comment explains them. */
  static void features(DuplicateScorer.Compared c, double genericShare, FeatureSink sink) {
    features(c, genericShare, new HashMap<>(), sink);
  }

  /**
   * The same, the keys of each word kept in {@code keysOf}: a crowded district's listings share
   * most of their words, and a word's keys (itself less one or two letters) were worked out again
   * for each listing.
   */
  private static void features(
      DuplicateScorer.Compared c,
      double genericShare,
      Map<String, String[]> keysOf,
      FeatureSink sink) {
    double distinctive = 0;
    double generic = 0;
    double articles = 0;
    for (String t : c.name()) {
      if (NameTokens.weight(t) == 1.0) {
        distinctive += 1;
      } else {
        generic += NameTokens.weight(t);
        if (ARTICLES.contains(t)) {
          articles += NameTokens.weight(t);
        }
      }
    }
    double total = generic + distinctive;
    // Two names sharing generic words only are at most as alike as the more generic of the two,
    // and sharing articles only, as the one with the larger share of articles.
    boolean mostlyGeneric = generic > 0 && generic / total >= genericShare;
    boolean mostlyArticles = articles > 0 && articles / total >= genericShare;
    for (String t : c.name()) {
      if (NameTokens.weight(t) < 1.0) {
        if (ARTICLES.contains(t)) {
          sink.feature("a:" + t, mostlyArticles);
        } else {
          fuzzy("w", t, 1, mostlyGeneric, keysOf, sink);
          // A distinctive word may be a generic one misspelt or in the plural ("espaces").
          fuzzy("n", t, 1, false, keysOf, sink);
        }
      } else {
        fuzzy("n", t, 2, true, keysOf, sink);
        if (t.length() == 1 && Character.isLetter(t.charAt(0))) {
          sink.feature("1:" + t, true);
        }
      }
      if (t.length() > 2) {
        // An initial stands for any word, generic or not, of its first letter.
        sink.feature("1:" + t.charAt(0), false);
      }
    }
    for (VenueKinds kind : c.kinds()) {
      sink.feature("k:" + kind, c.street().isEmpty());
      for (String w : c.street()) {
        fuzzy("k" + kind.ordinal(), w, 1, true, keysOf, sink);
      }
    }
    c.emails().forEach(e -> sink.feature("e:" + e, true));
    c.hosts().forEach(h -> sink.feature("h:" + h, true));
  }

  /**
   * The keys a word shares with the words it may match: itself; longer than 3 letters (the detector
   * compares those within Jaro-Winkler 0.92), itself less up to {@code typos} letters, which two
   * words that many typos apart share (a letter added, dropped, changed or two swapped on each
   * side: two hubs each misspelling a name once); from 8 letters, its first and its last four.
   */
  private static void fuzzy(
      String prefix,
      String word,
      int typos,
      boolean full,
      Map<String, String[]> keysOf,
      FeatureSink sink) {
    for (String key :
        keysOf.computeIfAbsent(prefix + "/" + typos + " " + word, k -> keys(prefix, word, typos))) {
      sink.feature(key, full);
    }
  }

  private static String[] keys(String prefix, String word, int typos) {
    List<String> keys = new ArrayList<>();
    keys.add(prefix + ":" + word);
    if (word.length() > 3) {
      // One namespace with the words themselves: "lilas" is "liilas" less one letter.
      Set<String> less = new HashSet<>();
      lessLetters(word, typos, less);
      less.forEach(w -> keys.add(prefix + ":" + w));
    }
    if (word.length() >= 8) {
      keys.add(prefix + "<" + word.substring(0, 4));
      keys.add(prefix + ">" + word.substring(word.length() - 4));
    }
    return keys.toArray(String[]::new);
  }

  private static void lessLetters(String word, int letters, Set<String> into) {
    if (letters == 0 || word.length() <= 2) {
      return;
    }
    for (int i = 0; i < word.length(); i++) {
      String less = word.substring(0, i) + word.substring(i + 1);
      if (into.add(less)) {
        lessLetters(less, letters - 1, into);
      }
    }
  }

  /** The generic words that are articles and prepositions: in most names, and alone, say little. */
  private static final Set<String> ARTICLES =
      Set.of(
          "de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "en", "sur",
          "sous");

  /** How many pairs of listings of two different sources a block of these sources' sizes holds. */
  static long crossPairs(Iterable<Integer> sizes) {
    long total = 0;
    long squares = 0;
    for (int size : sizes) {
      total += size;
      squares += (long) size * size;
    }
    return (total * total - squares) / 2;
  }

  private final Member[] all;
  private final IntFunction<DuplicateScorer.Compared> compared;
  private final double genericShare;
  private final Map<String, Feature> features = new HashMap<>();
  private final Map<String, String[]> keysOf = new HashMap<>();
  private final List<List<Feature>> fullOf;
  private final List<List<Feature>> partialOf;

  /**
   * @param all the grouping's listings, by rank
   * @param compared what the detector reads of the listing of a rank, worked out once per grouping
   */
  DenseBlocks(Member[] all, IntFunction<DuplicateScorer.Compared> compared, double threshold) {
    this.all = all;
    this.compared = compared;
    this.genericShare = genericShare(threshold);
    this.fullOf = new ArrayList<>(Collections.nCopies(all.length, null));
    this.partialOf = new ArrayList<>(Collections.nCopies(all.length, null));
  }

  /**
   * Adds the listing of {@code rank}, one of a crowded block: its features are worked out once,
   * however many crowded blocks it is in.
   */
  void add(int rank) {
    if (fullOf.get(rank) != null) {
      return;
    }
    full.clear();
    partial.clear();
    features(
        compared.apply(rank),
        genericShare,
        keysOf,
        (key, isFull) -> {
          Feature feature = features.computeIfAbsent(key, k -> new Feature());
          (isFull ? feature.full : feature.partial).add(rank, all[rank]);
          (isFull ? full : partial).add(feature);
        });
    fullOf.set(rank, List.copyOf(full));
    partialOf.set(rank, List.copyOf(partial));
  }

  /**
   * A listing's features while they are worked out, then kept at their size: a listing has a
   * hundred or more, and growing a list for each listing took a third of the features' time.
   */
  private final List<Feature> full = new ArrayList<>();

  private final List<Feature> partial = new ArrayList<>();

  /** Once every listing of crowded blocks is added: sorts what {@link #meet} reads. */
  void sort() {
    features.values().forEach(Feature::sort);
  }

  /**
   * The listings of crowded blocks that the listing of {@code rank} meets: those sharing a feature
   * that it or they hold in full (within the latitude of candidates when both are placed), in any
   * of the crowded blocks: the detector's candidate test, run on each pair met, asks for what two
   * listings of one block have in common (the same commune within 3 km, or 1 km apart), so it
   * stands for the blocks themselves. Two names one or two typos apart share many features: the
   * same listing is met once per feature they share, and the caller keeps the first.
   */
  void meet(int rank, IntConsumer sink) {
    List<Feature> full = fullOf.get(rank);
    if (full == null) {
      return;
    }
    Member a = all[rank];
    for (Feature feature : full) {
      feature.full.meet(a, sink);
      feature.partial.meet(a, sink);
    }
    for (Feature feature : partialOf.get(rank)) {
      feature.full.meet(a, sink);
    }
  }

  /**
   * Whether the listings of ranks {@code a} and {@code b} meet in crowded blocks: they share a
   * feature one of them holds in full, and are within {@link #NEAR_LATITUDE} when both are placed
   * (what {@link #meet} gives, for one pair).
   */
  boolean meets(int a, int b) {
    if (fullOf.get(a) == null || fullOf.get(b) == null) {
      return false;
    }
    Matchable x = all[a].match();
    Matchable y = all[b].match();
    if (x.placed() && y.placed() && Math.abs(x.latitude() - y.latitude()) > NEAR_LATITUDE) {
      return false;
    }
    return CandidatePairs.shareAny(fullOf.get(a), fullOf.get(b))
        || CandidatePairs.shareAny(fullOf.get(a), partialOf.get(b))
        || CandidatePairs.shareAny(partialOf.get(a), fullOf.get(b));
  }

  /**
   * Latitude within which placed listings may be candidates: {@link DuplicateScorer#MAX_DISTANCE_M}
   * is 0.027° of latitude; a feature's listings are those of a whole département, and most are too
   * far apart to be measured at all.
   */
  static final double NEAR_LATITUDE = 0.03;

  /**
   * The listings holding a feature: in full, and only for the full ones. A district has hundreds of
   * thousands of features, most held by a few listings: an empty side allocates no array.
   */
  private static final class Feature {
    final Near full = new Near();
    final Near partial = new Near();

    /** Sorts what will be read: the partial holders only meet full ones, when there are. */
    void sort() {
      full.sort();
      if (!full.isEmpty()) {
        partial.sort();
      }
    }
  }

  private static final int[] NO_RANKS = new int[0];
  private static final double[] NO_LATITUDES = new double[0];

  /**
   * Listings by their rank among a grouping's: those placed in order of latitude, and the others.
   */
  private static final class Near {
    private int[] placed = NO_RANKS;
    private double[] latitudes = NO_LATITUDES;
    private int placedCount;
    private int[] unplaced = NO_RANKS;
    private int unplacedCount;

    void add(int rank, Member m) {
      if (!m.match().placed()) {
        if (unplacedCount == unplaced.length) {
          unplaced = Arrays.copyOf(unplaced, Math.max(2, unplacedCount * 2));
        }
        unplaced[unplacedCount++] = rank;
        return;
      }
      if (placedCount == placed.length) {
        int size = Math.max(2, placedCount * 2);
        placed = Arrays.copyOf(placed, size);
        latitudes = Arrays.copyOf(latitudes, size);
      }
      placed[placedCount] = rank;
      latitudes[placedCount++] = m.match().latitude();
    }

    boolean isEmpty() {
      return placedCount == 0 && unplacedCount == 0;
    }

    /** Sorts the placed listings by latitude, once all are added. */
    void sort() {
      if (placedCount < 2) {
        return;
      }
      Integer[] order = new Integer[placedCount];
      for (int i = 0; i < placedCount; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (x, y) -> Double.compare(latitudes[x], latitudes[y]));
      int[] ranks = new int[placedCount];
      double[] sorted = new double[placedCount];
      for (int i = 0; i < placedCount; i++) {
        ranks[i] = placed[order[i]];
        sorted[i] = latitudes[order[i]];
      }
      placed = ranks;
      latitudes = sorted;
    }

    /**
     * The listings {@code a} meets here: the placed ones within {@link #NEAR_LATITUDE} of it (all
     * of them when it has no position: listings without a position meet their commune's, wherever
     * they are) and those without a position.
     */
    void meet(Member a, IntConsumer sink) {
      if (a.match().placed()) {
        double latitude = a.match().latitude();
        int low = 0;
        int high = placedCount;
        while (low < high) {
          int mid = (low + high) >>> 1;
          if (latitudes[mid] < latitude - NEAR_LATITUDE) {
            low = mid + 1;
          } else {
            high = mid;
          }
        }
        for (int i = low; i < placedCount && latitudes[i] <= latitude + NEAR_LATITUDE; i++) {
          sink.accept(placed[i]);
        }
      } else {
        for (int i = 0; i < placedCount; i++) {
          sink.accept(placed[i]);
        }
      }
      for (int i = 0; i < unplacedCount; i++) {
        sink.accept(unplaced[i]);
      }
    }
  }
}
