package fr.mediation.directory.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * How many listings wait for federation: written by an import (or marked by a regrouping) and not
 * yet composed into their merged venues. A read only, for health checks and metrics; it stays near
 * zero between imports, and a count that keeps growing means federation does not keep up or fails.
 */
@ApplicationScoped
public class FederationBacklog {

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  /**
   * The listings pending federation, read from the narrow table alone along its index {@code
   * venue_federation_pending}: through the entity, the database joined every pending listing's wide
   * row to read its id (the pending marks of a first import of 100,000 rows took seconds to count,
   * at every metrics refresh).
   */
  static final String PENDING = "from venue_federation where federation_pending = true";

  /** The number of listings pending federation. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long pending() {
    return ((Number)
            entityManager.createNativeQuery("select count(*) " + PENDING).getSingleResult())
        .longValue();
  }
}
