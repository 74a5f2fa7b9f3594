package fr.mediation.directory.web.health;

import fr.mediation.directory.database.DatabaseMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: every Flyway migration of this release is applied to the database (the start-up did
 * it). Once seen complete it is not read again: applied migrations stay applied.
 */
@Readiness
@ApplicationScoped
public class MigrationsCheck implements HealthCheck {

  static final String NAME = "database-migrations";

  @Resource(lookup = "jdbc/directory")
  DataSource dataSource;

  private volatile HealthCheckResponse complete;

  @Override
  public HealthCheckResponse call() {
    if (complete != null) {
      return complete;
    }
    HealthCheckResponse response = check(dataSource);
    if (response.getStatus() == HealthCheckResponse.Status.UP) {
      complete = response;
    }
    return response;
  }

  static HealthCheckResponse check(DataSource dataSource) {
    try {
      List<String> pending = DatabaseMigrations.pending(dataSource);
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("schema_version", String.valueOf(DatabaseMigrations.current(dataSource)));
      data.put("pending", String.join(",", pending));
      return pending.isEmpty() ? Checks.up(NAME, data) : Checks.down(NAME, data);
    } catch (RuntimeException e) {
      return Checks.failed(NAME, e);
    }
  }
}
