package fr.mediation.directory.federation;

import fr.mediation.directory.geo.GreatCircle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What federation reads around changed listings: exactly the listings the detector can compare with
 * one of them ({@link DuplicateScorer#candidate}, in one département: {@link Grouping#pair}). Every
 * listing of its département sharing a registry number or a phone with one; for a listing without a
 * position, every listing of its commune and postcode; for a placed one, the placed listings within
 * {@link DuplicateScorer#CANDIDATE_DISTANCE_M} (the grid cells around it), and those of its commune
 * or postcode within {@link DuplicateScorer#MAX_DISTANCE_M} or without a position.
 *
 * <p>A network's phone number or registry number is shared by its venues across the country: a
 * national hub's daily file of a thousand changed listings read, through them, listings of every
 * other département, which grouping can never pair with the changed ones.
 *
 * <p>Reading a placed listing's whole commune, or every listing within 3 km of it, brought whole
 * cities into the regrouping of a national hub's daily file: tens of thousands of listings read and
 * grouped for a few changed.
 */
public record Neighbourhood(
    Map<String, Set<String>> pivots,
    Map<String, Set<String>> phones,
    Set<String> insees,
    Set<String> postcodes,
    Map<String, List<Matchable>> placedByInsee,
    Map<String, List<Matchable>> placedByPostcode,
    Set<String> cells) {

  /** Degrees of latitude in {@code metres}, with a margin. */
  private static double degrees(double metres) {
    return metres / 111_000.0;
  }

  /** The neighbourhood of {@code changed}. */
  public static Neighbourhood of(Iterable<Matchable> changed) {
    Neighbourhood n =
        new Neighbourhood(
            new HashMap<>(),
            new HashMap<>(),
            new HashSet<>(),
            new HashSet<>(),
            new HashMap<>(),
            new HashMap<>(),
            new HashSet<>());
    for (Matchable m : changed) {
      String departement = Grouping.departement(m.codePostal());
      if (Grouping.realPivot(m.pivot())) {
        n.pivots.computeIfAbsent(m.pivot(), k -> new HashSet<>()).add(departement);
      }
      if (m.telephone() != null) {
        n.phones.computeIfAbsent(m.telephone(), k -> new HashSet<>()).add(departement);
      }
      if (m.placed()) {
        if (m.codeInsee() != null) {
          n.placedByInsee.computeIfAbsent(m.codeInsee(), k -> new ArrayList<>()).add(m);
        }
        n.placedByPostcode.computeIfAbsent(m.codePostal(), k -> new ArrayList<>()).add(m);
        n.cells.addAll(
            cellsWithin(m.latitude(), m.longitude(), DuplicateScorer.CANDIDATE_DISTANCE_M));
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
   * Whether a listing of a commune (or postcode) some changed placed listings are in is within
   * their reach: without a position, or within {@link DuplicateScorer#MAX_DISTANCE_M} of one.
   */
  public static boolean reached(List<Matchable> changed, Double latitude, Double longitude) {
    if (latitude == null || longitude == null) {
      return true;
    }
    for (Matchable c : changed) {
      // As the detector's candidate test measures it.
      if (GreatCircle.haversine(c.latitude(), c.longitude(), latitude, longitude)
          <= DuplicateScorer.MAX_HAVERSINE) {
        return true;
      }
    }
    return false;
  }

  /**
   * The {@linkplain Grouping#cellOf grid cells} holding every position within {@code metres} of a
   * position (a degree of longitude shrinks with the cosine of the latitude).
   */
  static List<String> cellsWithin(double latitude, double longitude, double metres) {
    double size = Grouping.CELL_DEGREES;
    double dLat = degrees(metres);
    double dLon = dLat / Math.max(Math.cos(Math.toRadians(latitude)), 0.05);
    long y0 = (long) Math.floor((latitude - dLat) / size);
    long y1 = (long) Math.floor((latitude + dLat) / size);
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

  /**
   * Whether a listing of {@code departement} with this value of a key ({@link #pivots} or {@link
   * #phones}) shares it with a changed listing of its département.
   */
  public static boolean sharedIn(
      Map<String, Set<String>> byValue, String value, String departement) {
    Set<String> departements = byValue.get(value);
    return departements != null && departements.contains(departement);
  }

  /** Whether a listing is in this neighbourhood (for stores that do not ask a database). */
  public boolean holds(Matchable m) {
    String departement = Grouping.departement(m.codePostal());
    if ((Grouping.realPivot(m.pivot()) && sharedIn(pivots, m.pivot(), departement))
        || (m.telephone() != null && sharedIn(phones, m.telephone(), departement))
        || (m.codeInsee() != null && insees.contains(m.codeInsee()))
        || postcodes.contains(m.codePostal())
        || (m.placed() && cells.contains(Grouping.cellOf(m.latitude(), m.longitude())))) {
      return true;
    }
    List<Matchable> ofInsee = m.codeInsee() == null ? null : placedByInsee.get(m.codeInsee());
    List<Matchable> ofPostcode = placedByPostcode.get(m.codePostal());
    return (ofInsee != null && reached(ofInsee, m.latitude(), m.longitude()))
        || (ofPostcode != null && reached(ofPostcode, m.latitude(), m.longitude()));
  }
}
