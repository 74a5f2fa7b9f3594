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

  /** The number of listings pending federation (index {@code venue_federation_pending}). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long pending() {
    return FederationStore.count(entityManager);
  }
}
