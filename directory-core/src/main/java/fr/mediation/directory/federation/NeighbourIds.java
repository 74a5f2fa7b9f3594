package fr.mediation.directory.federation;

import jakarta.persistence.EntityManager;
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
    ids.addAll(sharingIn(around.pivots(), "v.pivot"));
    ids.addAll(sharingIn(around.phones(), "v.telephone"));
    ids.addAll(idsWith(around.insees(), "v.codeInsee"));
    ids.addAll(idsWith(around.postcodes(), "v.codePostal"));
    ids.addAll(reachedOf(around.placedByInsee(), "v.codeInsee"));
    ids.addAll(reachedOf(around.placedByPostcode(), "v.codePostal"));
    ids.addAll(idsWith(around.cells(), "v.geoCell"));
    return ids;
  }

  /**
   * The ids of the listings sharing a value of {@code property} with changed listings of their
   * département ({@link Neighbourhood#sharedIn}), decided on their postcodes before any wide row is
   * read: a network's number is shared across the country.
   */
  private List<String> sharingIn(Map<String, Set<String>> byValue, String property) {
    return idsKept(
        byValue.keySet(),
        property,
        "v.codePostal",
        r -> Neighbourhood.sharedIn(byValue, (String) r[1], Grouping.departement((String) r[2])));
  }

  /**
   * The ids of the listings of the communes (or postcodes) of {@code changed} within their reach
   * ({@link Neighbourhood#reached}), decided on their positions before any wide row is read.
   */
  private List<String> reachedOf(Map<String, List<Matchable>> changed, String property) {
    return idsKept(
        changed.keySet(),
        property,
        "v.latitude, v.longitude",
        r -> Neighbourhood.reached(changed.get((String) r[1]), (Double) r[2], (Double) r[3]));
  }

  /** The ids of the listings whose {@code property} is one of {@code values}. */
  private List<String> idsWith(Collection<String> values, String property) {
    return idsKept(values, property, "", r -> true);
  }

  /**
   * The ids of the listings whose {@code property} is one of {@code values} and whose row of id,
   * that property and {@code columns} (none when empty) is {@code kept}.
   */
  private List<String> idsKept(
      Collection<String> values, String property, String columns, Predicate<Object[]> kept) {
    String query =
        "select v.id, "
            + property
            + (columns.isEmpty() ? "" : ", " + columns)
            + " from Venue v where "
            + property
            + " in :values";
    return FederationStore.inBatches(
        values,
        batch ->
            entityManager
                .createQuery(query, Object[].class)
                .setParameter("values", batch)
                .getResultStream()
                .filter(kept)
                .map(r -> (String) r[0])
                .toList());
  }
}
