package fr.mediation.directory.web.health;

import fr.mediation.directory.venue.MergedVenue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.hibernate.search.mapper.orm.Search;

/**
 * Readiness: the search index answers a count of its venues (a Lucene read, or a {@code _count}
 * request to OpenSearch) within a few seconds.
 */
@Readiness
@ApplicationScoped
public class SearchIndexCheck implements HealthCheck {

  static final String NAME = "search-index";

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  @Override
  @Transactional
  public HealthCheckResponse call() {
    try {
      long documents =
          Search.session(entityManager)
              .search(MergedVenue.class)
              .where(f -> f.matchAll())
              .failAfter(DatabaseCheck.TIMEOUT_SECONDS, TimeUnit.SECONDS)
              .fetchTotalHitCount();
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("documents", documents);
      return Checks.up(NAME, data);
    } catch (RuntimeException e) {
      return Checks.failed(NAME, e);
    }
  }
}
