package fr.mediation.directory.federation;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The ids of a {@linkplain Neighbourhood neighbourhood}'s listings, read along each key's index
 * ({@link FederationStore#neighbours} then reads each listing's row once).
 */
final class NeighbourIds {

  private final EntityManager entityManager;

  NeighbourIds(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** The ids of the listings of {@code around}, published or not, each once. */
  Set<String> of(Neighbourhood around) {
    Set<String> ids = new LinkedHashSet<>();
    ids.addAll(sharingIn(around.pivots(), "pivot"));
    ids.addAll(sharingIn(around.phones(), "telephone"));
    ids.addAll(idsWith(around.insees(), "code_insee"));
    ids.addAll(idsWith(around.postcodes(), "code_postal"));
    ids.addAll(reachedOf(around.placedByInsee(), "code_insee"));
    ids.addAll(reachedOf(around.placedByPostcode(), "code_postal"));
    ids.addAll(idsWith(around.cells(), "geo_cell"));
    return ids;
  }

  /**
   * The ids of the listings sharing a value of {@code column} with changed listings of their
   * département ({@link Neighbourhood#sharedIn}), decided on their postcodes before any wide row is
   * read: a network's number is shared across the country.
   */
  private List<String> sharingIn(Map<String, Set<String>> byValue, String column) {
    return idsKept(
        byValue.keySet(),
        column,
        List.of("code_postal"),
        r -> Neighbourhood.sharedIn(byValue, (String) r[1], Grouping.departement((String) r[2])));
  }

  /**
   * The ids of the listings of the communes (or postcodes) of {@code changed} within their reach
   * ({@link Neighbourhood#reached}), decided on their positions before any wide row is read.
   */
  private List<String> reachedOf(Map<String, List<Matchable>> changed, String column) {
    return idsKept(
        changed.keySet(),
        column,
        List.of("latitude", "longitude"),
        r -> Neighbourhood.reached(changed.get((String) r[1]), (Double) r[2], (Double) r[3]));
  }

  /** The ids of the listings whose {@code column} is one of {@code values}. */
  private List<String> idsWith(Collection<String> values, String column) {
    return idsKept(values, column, List.of(), r -> true);
  }

  /**
   * The ids of the listings whose {@code column} holds one of {@code values} and whose row of id,
   * that column and {@code columns}, as the driver reads them (strings, doubles for positions), is
   * {@code kept}.
   */
  private List<String> idsKept(
      Collection<String> values, String column, List<String> columns, Predicate<Object[]> kept) {
    List<String> read = new ArrayList<>(List.of("id", column));
    read.addAll(columns);
    String query =
        "select " + String.join(", ", read) + " from venue where " + column + " = any(?)";
    List<String> ids = new ArrayList<>();
    for (Object[] row :
        ValuesReads.read(
            entityManager,
            query,
            values,
            r -> {
              Object[] cells = new Object[read.size()];
              for (int i = 0; i < cells.length; i++) {
                cells[i] = r.getObject(i + 1);
              }
              return cells;
            })) {
      if (kept.test(row)) {
        ids.add((String) row[0]);
      }
    }
    return ids;
  }
}
