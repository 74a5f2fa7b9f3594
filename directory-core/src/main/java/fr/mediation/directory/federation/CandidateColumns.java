package fr.mediation.directory.federation;

import fr.mediation.directory.geo.GreatCircle;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether the detector compares two listings that met ({@link CandidatePairs}), read from columns
 * of the grouping's listings by rank: each value the test reads (source, merged venue, département,
 * registry number, phone, commune, position) worked out once per listing, the strings as numbers.
 *
 * <p>A crowded city meets each listing with thousands of others, most of them to be dropped by this
 * test: read from the listings themselves, each pair cost a walk through several objects per
 * listing met (its member, its match, its strings, its boxed position), scattered in the heap, and
 * that walk was most of the test's time. The same rules as {@link Member#scoredWith}, {@link
 * Grouping#departement} and {@link DuplicateScorer#candidate}, which {@code CandidateColumnsTest}
 * compares it with.
 */
final class CandidateColumns {

  private static final int NONE = -1;

  private final Member[] all;
  private final boolean[] within;
  private final int[] source;
  private final boolean[] settled;
  private final int[] merged;
  private final int[] departement;
  private final int[] pivot;
  private final int[] telephone;
  private final int[] insee;
  private final int[] postcode;
  private final boolean[] placed;
  private final double[] longitude;
  private final double[] latitudeRadians;
  private final double[] latitudeCosine;

  /**
   * @param all the grouping's listings by rank
   */
  CandidateColumns(Grouping grouping, Member[] all) {
    int n = all.length;
    this.all = all;
    within = new boolean[n];
    source = new int[n];
    settled = new boolean[n];
    merged = new int[n];
    departement = new int[n];
    pivot = new int[n];
    telephone = new int[n];
    insee = new int[n];
    postcode = new int[n];
    placed = new boolean[n];
    longitude = new double[n];
    latitudeRadians = new double[n];
    latitudeCosine = new double[n];
    // One numbering for all strings: values of different columns are never compared together.
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Member m = all[i];
      Matchable match = m.match();
      within[i] = grouping.comparesWithin(match.source());
      source[i] = number(numbers, match.source());
      settled[i] = m.settled();
      merged[i] = number(numbers, m.mergedId());
      departement[i] = number(numbers, Grouping.departement(match.codePostal()));
      pivot[i] = number(numbers, DuplicateScorer.identifying(match.pivot()) ? match.pivot() : null);
      telephone[i] = number(numbers, known(match.telephone()));
      insee[i] = number(numbers, known(match.codeInsee()));
      postcode[i] = number(numbers, known(match.codePostal()));
      placed[i] = match.placed();
      if (placed[i]) {
        longitude[i] = match.longitude();
        latitudeRadians[i] = Math.toRadians(match.latitude());
        latitudeCosine[i] = Math.cos(latitudeRadians[i]);
      }
    }
  }

  /**
   * Whether the detector compares the listings of ranks {@code a} and {@code b}, {@code a} met
   * first: their sources meet, they are not two settled listings of different venues, they lie in
   * one département and pass the detector's candidate test.
   */
  boolean compares(int a, int b) {
    return (within[a] || source[a] != source[b])
        && (!settled[a] || !settled[b] || (merged[a] != NONE && merged[a] == merged[b]))
        && departement[a] == departement[b]
        && candidate(a, b)
        // Members are distinct listings; the test costs nothing on the few pairs that get here.
        && !all[a].id().equals(all[b].id());
  }

  /** {@link DuplicateScorer#candidate} on the columns. */
  private boolean candidate(int a, int b) {
    if (same(pivot, a, b) || same(telephone, a, b)) {
      return true;
    }
    boolean sameCommune = same(insee, a, b) || same(postcode, a, b);
    if (placed[a] && placed[b]) {
      double h =
          GreatCircle.haversine(
              latitudeRadians[a],
              latitudeCosine[a],
              longitude[a],
              latitudeRadians[b],
              latitudeCosine[b],
              longitude[b]);
      return h <= DuplicateScorer.CANDIDATE_HAVERSINE
          || (sameCommune && h <= DuplicateScorer.MAX_HAVERSINE);
    }
    return sameCommune;
  }

  private static boolean same(int[] column, int a, int b) {
    return column[a] != NONE && column[a] == column[b];
  }

  /** A value the detector may find the same in two listings: not null, not blank. */
  private static String known(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static int number(Map<String, Integer> numbers, String value) {
    if (value == null) {
      return NONE;
    }
    Integer number = numbers.get(value);
    if (number == null) {
      number = numbers.size();
      numbers.put(value, number);
    }
    return number;
  }
}
