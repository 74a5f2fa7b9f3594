package fr.mediation.directory.web.health;

import fr.mediation.directory.index.IndexState;
import fr.mediation.directory.index.IndexUpgrade;
import fr.mediation.directory.index.Reindexing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness, informative: UP while the search index is rebuilt (the directory keeps serving), with
 * in its data whether a rebuild runs on this node, its progress, whether searches find every venue
 * meanwhile ({@code complete_results}: false while a Lucene index is refilled), and the mapping
 * version the index was built with against the one this release expects.
 */
@Readiness
@ApplicationScoped
public class IndexRebuildCheck implements HealthCheck {

  static final String NAME = "search-index-rebuild";

  @Inject Reindexing reindexing;

  @Inject IndexState state;

  @Override
  public HealthCheckResponse call() {
    try {
      Reindexing.Status status = reindexing.status();
      boolean running = status.state() == Reindexing.State.RUNNING;
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("state", status.state().name().toLowerCase(java.util.Locale.ROOT));
      data.put("done", status.done());
      data.put("total", status.total());
      data.put("complete_results", !running || status.inPlace());
      data.put("mapping_version", (long) state.mappingVersion());
      data.put("expected_mapping_version", (long) IndexUpgrade.MAPPING_VERSION);
      return Checks.up(NAME, data);
    } catch (RuntimeException e) {
      return Checks.failed(NAME, e);
    }
  }
}
