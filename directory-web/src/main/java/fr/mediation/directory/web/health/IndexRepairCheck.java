package fr.mediation.directory.web.health;

import fr.mediation.directory.index.IndexRepair;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness, informative: UP while the search index is compared with the database at start-up (the
 * directory keeps serving), with in its data how far the comparison went and what it repaired:
 * venues the index lacked or held in an older state, documents of venues the database does not
 * have.
 */
@Readiness
@ApplicationScoped
public class IndexRepairCheck implements HealthCheck {

  static final String NAME = "search-index-repair";

  @Inject IndexRepair repair;

  @Override
  public HealthCheckResponse call() {
    IndexRepair.Status status = repair.status();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("state", status.state().name().toLowerCase(Locale.ROOT));
    data.put("checked", status.checked());
    data.put("missing", status.missing());
    data.put("stale", status.stale());
    data.put("removed", status.removed());
    if (status.error() != null) {
      data.put("error", status.error());
    }
    return Checks.up(NAME, data);
  }
}
