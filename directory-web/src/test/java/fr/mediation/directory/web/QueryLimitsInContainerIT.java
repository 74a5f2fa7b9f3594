package fr.mediation.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mediation.directory.api.ops.Metrics;
import fr.mediation.directory.venue.search.VenueQuery;
import fr.mediation.directory.venue.search.VenueSearch;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.hibernate.search.util.common.SearchTimeoutException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application deployed with limits no query can meet, through the real server: a time limit of
 * one nanosecond for each query of the index (every search times out, whatever the machine's speed)
 * and no slot for computing map clusters (every uncached view is refused). Deterministic: nothing
 * here depends on how long anything takes.
 */
@ExtendWith(ArquillianExtension.class)
class QueryLimitsInContainerIT {

  @Deployment
  static WebArchive deployment() throws URISyntaxException {
    // Above the server's system properties (ordinal 400): these limits win.
    JavaArchive limits =
        ShrinkWrap.create(JavaArchive.class, "query-limits.jar")
            .addAsManifestResource(
                new StringAsset(
                    "config_ordinal=500\n"
                        + "directory.search.timeout=PT0.000000001S\n"
                        + "directory.clusters.max-concurrent=0\n"),
                "microprofile-config.properties");
    return ShrinkWrap.create(ZipImporter.class, "directory-web.war")
        .importFrom(new File("target/directory-web.war"))
        .as(WebArchive.class)
        .addClasses(QueryLimitsInContainerIT.class, InContainer.class)
        .addAsLibraries(InContainer.libraries())
        .addAsLibraries(limits);
  }

  @Inject VenueSearch search;

  @Inject MetricRegistry registry;

  @ArquillianResource URL base;

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private long timeouts(String kind) {
    Counter counter =
        registry.getCounter(new MetricID(Metrics.QUERY_TIMEOUTS, new Tag("kind", kind)));
    return counter == null ? 0 : counter.getCount();
  }

  @Test
  void aSearchOverItsTimeLimitFailsInsteadOfRunningOn() {
    VenueQuery query =
        VenueQuery.builder().near(new VenueQuery.Near(48.8566, 2.3522, 5.0)).page(0, 10).build();
    assertThatThrownBy(() -> search.search(query)).isInstanceOf(SearchTimeoutException.class);
  }

  @Test
  void theApiAnswers503ProblemWithRetryAfterAndCountsIt() throws Exception {
    long before = timeouts("search");

    HttpResponse<String> answer = get("api/v1/venues?lat=48.8566&lon=2.3522&radius_km=5");

    assertThat(answer.statusCode()).isEqualTo(503);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(answer.headers().firstValue("Retry-After")).hasValue("10");
    assertThat(answer.body())
        .contains("\"status\":503")
        .contains("Service momentanément surchargé")
        .contains("Réessayez dans quelques secondes");
    assertThat(timeouts("search")).isEqualTo(before + 1);
  }

  @Test
  void exportsAndTheChangeFeedAreLimitedToo() throws Exception {
    assertThat(get("api/v1/venues/export?format=csv").statusCode()).isEqualTo(503);
    assertThat(get("api/v1/venues/changes?updated_since=2020-01-01T00:00:00Z").statusCode())
        .isEqualTo(503);
  }

  @Test
  void theSearchPageAnswers503InFrenchWithRetryAfter() throws Exception {
    long before = timeouts("search");

    HttpResponse<String> page = get("?lat=48.8566&lon=2.3522");

    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
    assertThat(page.body()).contains("Service surchargé");
    assertThat(timeouts("search")).isEqualTo(before + 1);
  }

  @Test
  void mapClustersBeyondTheConcurrencyLimitAre503WithRetryAfter() throws Exception {
    HttpResponse<String> answer = get("api/v1/venues/clusters?bbox=-5.5,41,10,51.5&zoom=6");

    assertThat(answer.statusCode()).isEqualTo(503);
    assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
    assertThat(answer.body()).contains("Trop de vues de carte");
  }
}
