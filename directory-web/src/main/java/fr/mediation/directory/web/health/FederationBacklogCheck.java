package fr.mediation.directory.web.health;

import fr.mediation.directory.federation.FederationBacklog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness, informative: UP whatever the number of listings waiting for federation (merged venues
 * already served stay right; a backlog that grows is for alerting, see docs/operations.md), which
 * is in its data.
 */
@Readiness
@ApplicationScoped
public class FederationBacklogCheck implements HealthCheck {

  static final String NAME = "federation-backlog";

  @Inject FederationBacklog backlog;

  @Override
  public HealthCheckResponse call() {
    try {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("pending_listings", backlog.pending());
      return Checks.up(NAME, data);
    } catch (RuntimeException e) {
      return Checks.failed(NAME, e);
    }
  }
}
