package fr.mediation.directory.venue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The stored venues, by id. Searching is {@link fr.mediation.directory.venue.search}'s job. */
@ApplicationScoped
@Transactional
public class Venues {

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  /** The venue with public id {@code id}. */
  public Optional<Venue> find(String id) {
    return Optional.ofNullable(entityManager.find(Venue.class, id));
  }

  /** The venue that source {@code sourceKey} publishes under {@code localId}. */
  public Optional<Venue> find(String sourceKey, String localId) {
    return find(Venue.idFor(sourceKey, localId));
  }
}
