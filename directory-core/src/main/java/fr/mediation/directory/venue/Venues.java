package fr.mediation.directory.venue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The stored venues and listings, by id. Searching is {@link fr.mediation.directory.venue.search}'s
 * job.
 */
@ApplicationScoped
@Transactional
public class Venues {

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  /** The listing with id {@code id} (see {@link Venue#idFor}). */
  public Optional<Venue> find(String id) {
    return Optional.ofNullable(entityManager.find(Venue.class, id));
  }

  /** The listing that source {@code sourceKey} publishes under {@code localId}. */
  public Optional<Venue> find(String sourceKey, String localId) {
    return find(Venue.idFor(sourceKey, localId));
  }

  /** The merged venue with public id {@code id}. */
  public Optional<MergedVenue> findMerged(String id) {
    return Optional.ofNullable(entityManager.find(MergedVenue.class, id));
  }

  /** The listings of merged venue {@code mergedId}, published ones first, freshest first. */
  public List<Venue> listingsOf(String mergedId) {
    return entityManager
        .createQuery(
            "select v from Venue v where v.mergedId = :m"
                + " order by case when v.retiredAt is null then 0 else 1 end, v.dateMaj desc,"
                + " v.sourceKey, v.localId",
            Venue.class)
        .setParameter("m", mergedId)
        .getResultList();
  }

  /**
   * Replaces the recorded closures of merged venue {@code id} (the index follows on commit).
   *
   * @return the venue, empty when no merged venue has this id
   */
  public Optional<MergedVenue> recordClosures(
      String id, List<fr.mediation.directory.venue.hours.Closure> closures, java.time.Instant now) {
    Optional<MergedVenue> venue = findMerged(id);
    venue.ifPresent(v -> v.setClosures(closures, now));
    return venue;
  }

  /**
   * The published listings of source {@code sourceKey}, by name: at most {@code limit}, only those
   * whose name, commune or postcode contains {@code words} (case ignored) when it is given.
   */
  public List<Venue> publishedBy(String sourceKey, String words, int limit) {
    String like =
        words == null || words.isBlank()
            ? null
            : "%" + words.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "") + "%";
    var query =
        entityManager
            .createQuery(
                "select v from Venue v where v.sourceKey = :s and v.retiredAt is null"
                    + (like == null
                        ? ""
                        : " and (lower(v.nom) like :q or lower(v.commune) like :q"
                            + " or v.codePostal like :q)")
                    + " order by v.nom, v.localId",
                Venue.class)
            .setParameter("s", sourceKey);
    if (like != null) {
      query.setParameter("q", like);
    }
    return query.setMaxResults(limit).getResultList();
  }

  /** How many listings of source {@code sourceKey} are published. */
  public long countPublishedBy(String sourceKey) {
    return entityManager
        .createQuery(
            "select count(v) from Venue v where v.sourceKey = :s and v.retiredAt is null",
            Long.class)
        .setParameter("s", sourceKey)
        .getSingleResult();
  }

  /**
   * The merged venues published now that group the listings of several sources, by name: at most
   * {@code limit}, only those whose name, commune or postcode contains {@code words} (case ignored)
   * when it is given.
   */
  public List<MergedVenue> mergedFromSeveralSources(String words, int limit) {
    String like =
        words == null || words.isBlank()
            ? null
            : "%" + words.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "") + "%";
    var query =
        entityManager.createQuery(
            "select m from MergedVenue m where m.retiredAt is null and m.redirectTo is null"
                + " and m.sourceKeys like '%|%'"
                + (like == null
                    ? ""
                    : " and (lower(m.nom) like :q or lower(m.commune) like :q"
                        + " or m.codePostal like :q)")
                + " order by m.nom, m.id",
            MergedVenue.class);
    if (like != null) {
      query.setParameter("q", like);
    }
    return query.setMaxResults(limit).getResultList();
  }
}
