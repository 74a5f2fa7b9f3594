package fr.mediation.directory.web.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Builds the checks' responses (without the server's builder, so that tests can call them). */
final class Checks {

  private Checks() {}

  static HealthCheckResponse up(String name, Map<String, Object> data) {
    return new HealthCheckResponse(name, HealthCheckResponse.Status.UP, Optional.of(data));
  }

  static HealthCheckResponse down(String name, Map<String, Object> data) {
    return new HealthCheckResponse(name, HealthCheckResponse.Status.DOWN, Optional.of(data));
  }

  /** DOWN, with the error that kept the check from reading what it reports. */
  static HealthCheckResponse failed(String name, Exception e) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("error", e.getMessage() == null ? e.getClass().getName() : e.getMessage());
    return down(name, data);
  }
}
