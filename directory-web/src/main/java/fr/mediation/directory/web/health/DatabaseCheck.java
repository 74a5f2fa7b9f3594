package fr.mediation.directory.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the database answers a validation query within a few seconds. */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

  static final String NAME = "database";

  /** How long the validation query may take. */
  static final int TIMEOUT_SECONDS = 3;

  @Resource(lookup = "jdbc/directory")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    return check(dataSource);
  }

  static HealthCheckResponse check(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("product", connection.getMetaData().getDatabaseProductName());
      return connection.isValid(TIMEOUT_SECONDS) ? Checks.up(NAME, data) : Checks.down(NAME, data);
    } catch (SQLException | RuntimeException e) {
      return Checks.failed(NAME, e);
    }
  }
}
