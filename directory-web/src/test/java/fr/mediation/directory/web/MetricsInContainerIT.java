package fr.mediation.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.api.ops.Metrics;
import jakarta.inject.Inject;
import java.net.URISyntaxException;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The metrics facade in Liberty's own registry (mpMetrics): what a rate limiter and the request
 * timing record lands in the series operators alert on. A small archive of the facade alone.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsInContainerIT {

  @Deployment
  static WebArchive deployment() throws URISyntaxException {
    return ShrinkWrap.create(WebArchive.class, "ops-metrics.war")
        .addClasses(Metrics.class, MetricsInContainerIT.class, InContainer.class)
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
        .addAsLibraries(InContainer.libraries());
  }

  @Inject Metrics metrics;

  @Inject MetricRegistry registry;

  @Test
  void countsRefusalsByLimit() {
    metrics.rateLimitRefused("api");
    metrics.rateLimitRefused("api");
    metrics.rateLimitRefused("export");

    assertThat(refusals("api")).isEqualTo(2);
    assertThat(refusals("export")).isEqualTo(1);
  }

  @Test
  void timesRequestsByRouteMethodAndStatusWithUnknownMethodsGrouped() {
    metrics.request("/api/v1/venues/{id}", "get", 200, Duration.ofMillis(12));
    metrics.request("/api/v1/venues/{id}", "BREW", 405, Duration.ofMillis(1));

    assertThat(requests("/api/v1/venues/{id}", "GET", "200")).isEqualTo(1);
    assertThat(requests("/api/v1/venues/{id}", "OTHER", "405")).isEqualTo(1);
  }

  private long refusals(String limit) {
    return registry
        .getCounter(new MetricID(Metrics.RATE_LIMIT_REFUSALS, new Tag("limit", limit)))
        .getCount();
  }

  private long requests(String route, String method, String status) {
    return registry
        .getTimer(
            new MetricID(
                Metrics.HTTP_REQUESTS,
                new Tag("route", route),
                new Tag("method", method),
                new Tag("status", status)))
        .getCount();
  }
}
