package fr.mediation.directory.federation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What federation reads around changed listings: every listing that shares a registry number or a
 * phone with one of them; for a listing without a position, every listing of its commune and
 * postcode; for a placed one, the placed listings within {@link DuplicateScorer#MAX_DISTANCE_M}
 * (the grid cells around it) and its commune's and postcode's listings without a position.
 *
 * <p>That is every listing the detector can compare with a changed one ({@link
 * DuplicateScorer#candidate}): two placed listings further apart are never candidates, even in one
 * commune. Reading a placed listing's whole commune instead brought whole cities into the
 * regrouping of a national hub's daily file: tens of thousands of listings read for a few changed.
 */
public record Neighbourhood(
    Set<String> pivots,
    Set<String> phones,
    Set<String> insees,
    Set<String> postcodes,
    Set<String> unplacedOfInsees,
    Set<String> unplacedOfPostcodes,
    Set<String> cells) {

  /** Degrees of latitude in {@link DuplicateScorer#MAX_DISTANCE_M}, with a margin. */
  private static final double REACH_DEGREES = DuplicateScorer.MAX_DISTANCE_M / 111_000.0;

  /** The neighbourhood of {@code changed}. */
  public static Neighbourhood of(Iterable<Matchable> changed) {
    Neighbourhood n =
        new Neighbourhood(
            new HashSet<>(),
            new HashSet<>(),
            new HashSet<>(),
            new HashSet<>(),
            new HashSet<>(),
            new HashSet<>(),
            new HashSet<>());
    for (Matchable m : changed) {
      if (Grouping.realPivot(m.pivot())) {
        n.pivots.add(m.pivot());
      }
      if (m.telephone() != null) {
        n.phones.add(m.telephone());
      }
      if (m.placed()) {
        if (m.codeInsee() != null) {
          n.unplacedOfInsees.add(m.codeInsee());
        }
        n.unplacedOfPostcodes.add(m.codePostal());
        n.cells.addAll(cellsWithinReach(m.latitude(), m.longitude()));
      } else {
        if (m.codeInsee() != null) {
          n.insees.add(m.codeInsee());
        }
        n.postcodes.add(m.codePostal());
      }
    }
    return n;
  }

  /**
   * The {@linkplain Grouping#cellOf grid cells} holding every position within {@link
   * DuplicateScorer#MAX_DISTANCE_M} of a position (a degree of longitude shrinks with the cosine of
   * the latitude).
   */
  static List<String> cellsWithinReach(double latitude, double longitude) {
    double size = Grouping.CELL_DEGREES;
    double cos = Math.max(Math.cos(Math.toRadians(latitude)), 0.05);
    double dLon = REACH_DEGREES / cos;
    long y0 = (long) Math.floor((latitude - REACH_DEGREES) / size);
    long y1 = (long) Math.floor((latitude + REACH_DEGREES) / size);
    long x0 = (long) Math.floor((longitude - dLon) / size);
    long x1 = (long) Math.floor((longitude + dLon) / size);
    List<String> cells = new ArrayList<>();
    for (long y = y0; y <= y1; y++) {
      for (long x = x0; x <= x1; x++) {
        cells.add(y + ":" + x);
      }
    }
    return cells;
  }

  /** Whether a listing is in this neighbourhood (for stores that do not ask a database). */
  public boolean holds(Matchable m) {
    if ((Grouping.realPivot(m.pivot()) && pivots.contains(m.pivot()))
        || (m.telephone() != null && phones.contains(m.telephone()))
        || (m.codeInsee() != null && insees.contains(m.codeInsee()))
        || postcodes.contains(m.codePostal())) {
      return true;
    }
    if (m.placed()) {
      return cells.contains(Grouping.cellOf(m.latitude(), m.longitude()));
    }
    return (m.codeInsee() != null && unplacedOfInsees.contains(m.codeInsee()))
        || unplacedOfPostcodes.contains(m.codePostal());
  }
}
