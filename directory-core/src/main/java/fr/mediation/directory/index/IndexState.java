package fr.mediation.directory.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * The row of {@code search_index_state}: the mapping version of the index, and which node is
 * rebuilding it. Shared by every node of a directory, since they share the database.
 */
@ApplicationScoped
@Transactional
public class IndexState {

  /** A rebuild claimed longer ago than this is taken over (its node died). */
  static final Duration CLAIM_EXPIRY = Duration.ofHours(6);

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  /** The mapping version the index was built with. */
  public int mappingVersion() {
    return ((Number)
            entityManager
                .createNativeQuery("select mapping_version from search_index_state where id = 1")
                .getSingleResult())
        .intValue();
  }

  /** Whether the directory has no venue yet (then nothing needs rebuilding). */
  boolean noVenue() {
    return entityManager
        .createNativeQuery("select id from merged_venue")
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * Claims the rebuild to version {@code version}: true for one node only, unless the claim
   * expired.
   */
  boolean claim(int version, Instant now) {
    return entityManager
            .createNativeQuery(
                "update search_index_state set rebuilding_since = ?1 where id = 1"
                    + " and mapping_version < ?2"
                    + " and (rebuilding_since is null or rebuilding_since < ?3)")
            .setParameter(1, now)
            .setParameter(2, version)
            .setParameter(3, now.minus(CLAIM_EXPIRY))
            .executeUpdate()
        == 1;
  }

  /** Records that the index now follows {@code version}, and releases the claim. */
  void completed(int version) {
    entityManager
        .createNativeQuery(
            "update search_index_state set mapping_version = ?1, rebuilding_since = null"
                + " where id = 1")
        .setParameter(1, version)
        .executeUpdate();
  }

  /** Releases the claim after a failed rebuild: the next start tries again. */
  void released() {
    entityManager
        .createNativeQuery("update search_index_state set rebuilding_since = null where id = 1")
        .executeUpdate();
  }
}
