package fr.mediation.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link BanGeocoder} against a MockWebServer that replays real BAN answers recorded in public
 * repositories ({@code src/test/resources/ban/}, sources in its README.md).
 */
class BanGeocoderTest {

  /** The recorded answer for each {@code q}. */
  static final Map<String, String> FIXTURES =
      Map.of(
          "18 rue Duhesme Paris", "housenumber-18-rue-duhesme.json",
          "10 PL 5 MARTYRS LYCEE BUFFON Paris", "housenumber-10-pl-5-martyrs-lycee-buffon.json",
          "10 PL 5 ANATOLE Paris", "empty-10-pl-5-anatole.json",
          "Rue Stephen Atwater Saint-Barthélemy", "street-rue-stephen-atwater.json",
          "80190 Y", "municipality-y.json",
          "Paris", "municipality-paris-18e-low-score.json",
          "Saint-Paul", "municipality-saint-paul.json");

  static final GeocodingQuery DUHESME =
      new GeocodingQuery("18 rue Duhesme", "75018", "Paris", "75118");

  private ReplayServer ban;
  private BanGeocoder geocoder;

  /** The waits between attempts: recorded, never slept. */
  private static final List<Duration> SLEEPS = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    ban = ReplayServer.start();
    SLEEPS.clear();
    geocoder = geocoderOn(ban.baseUrl()).build();
  }

  @AfterEach
  void stop() {
    geocoder.close();
    ban.close();
  }

  static BanGeocoder.Builder geocoderOn(URI baseUrl) {
    return BanGeocoder.builder()
        .baseUrl(baseUrl)
        .retryDelay(Duration.ofMillis(700))
        .sleeper(SLEEPS::add);
  }

  @Test
  void geocodesAnAddressToHousenumberPrecision() {
    GeocodedPosition duhesme = geocoder.geocode(DUHESME).orElseThrow();

    assertThat(duhesme.precision()).isEqualTo(Precision.ADDRESS);
    assertThat(duhesme.latitude()).isEqualTo(48.890787); // coordinates are [lon, lat]
    assertThat(duhesme.longitude()).isEqualTo(2.338562);
    assertThat(duhesme.label()).isEqualTo("18 Rue Duhesme 75018 Paris");
    assertThat(duhesme.inseeCode()).isEqualTo("75118");
  }

  @Test
  void sendsPostcodeAndCitycodeFilters() {
    geocoder.geocode(DUHESME);

    assertThat(ban.requests()).hasSize(1);
    ReplayServer.Request request = ban.requests().getFirst();
    assertThat(request.path()).isEqualTo("/search/");
    assertThat(request.params())
        .containsExactly(
            Map.entry("q", "18 rue Duhesme Paris"),
            Map.entry("postcode", "75018"),
            Map.entry("citycode", "75118"),
            Map.entry("limit", "1"));
  }

  @Test
  void sendsTheArrondissementsCodeForACityWithArrondissements() {
    Optional<GeocodedPosition> byCityCode =
        geocoder.geocode(new GeocodingQuery("18 rue Duhesme", "75018", "Paris", "75056"));

    assertThat(ban.requests().getFirst().params()).containsEntry("citycode", "75118");
    assertThat(byCityCode).map(GeocodedPosition::inseeCode).contains("75118");
  }

  @Test
  void keepsACedexPostcodeOutOfTheFilters() {
    Optional<GeocodedPosition> cedex =
        geocoder.geocode(new GeocodingQuery("18 rue Duhesme", "75898", "Paris", null));

    assertThat(ban.requests().getFirst().params()).doesNotContainKey("postcode");
    assertThat(cedex).map(GeocodedPosition::precision).contains(Precision.ADDRESS);
  }

  @Test
  void geocodesAStreetToStreetPrecision() {
    GeocodedPosition atwater =
        geocoder
            .geocode(
                new GeocodingQuery("Rue Stephen Atwater", "97133", "Saint-Barthélemy", "97701"))
            .orElseThrow();

    assertThat(atwater.precision()).isEqualTo(Precision.STREET);
    assertThat(atwater.inseeCode()).isEqualTo("97701");
    assertThat(atwater.latitude()).isCloseTo(17.897144, within(1e-9));
    assertThat(atwater.longitude()).isCloseTo(-62.851796, within(1e-9));
  }

  @Test
  void geocodesACommuneNameToCommunePrecision() {
    GeocodedPosition y = geocoder.geocode(GeocodingQuery.of("80190", "Y")).orElseThrow();

    assertThat(y.precision()).isEqualTo(Precision.COMMUNE);
    assertThat(y.inseeCode()).isEqualTo("80829");
    assertThat(y.label()).isEqualTo("Y");
    // "Y" alone is too short for the API: the postcode goes before it.
    assertThat(ban.requests().getFirst().params())
        .containsExactly(
            Map.entry("q", "80190 Y"),
            Map.entry("postcode", "80190"),
            Map.entry("type", "municipality"),
            Map.entry("limit", "1"));
  }

  @Test
  void refusesAnAnswerInAnotherCommune() {
    // BAN's best "Saint-Paul" is in La Réunion (97415, 97423); this one is in the Oise.
    assertThat(geocoder.geocode(new GeocodingQuery(null, "60650", "Saint-Paul", "60591")))
        .isEmpty();
    assertThat(geocoder.geocode(new GeocodingQuery(null, null, "Saint-Paul", "60591"))).isEmpty();
    assertThat(geocoder.geocode(GeocodingQuery.of("60650", "Saint-Paul"))).isEmpty();
    assertThat(geocoder.geocode(GeocodingQuery.of("60999", "Saint-Paul"))) // a CEDEX code of 60
        .isEmpty();

    assertThat(ban.requests()).hasSize(4);
    assertThat(geocoder.geocode(GeocodingQuery.of("97423", "Saint-Paul")))
        .map(GeocodedPosition::inseeCode)
        .contains("97415");
  }

  @Test
  void refusesALowScore() {
    // Score 0.208 for "Paris" in the 18th arrondissement.
    assertThat(geocoder.geocode(new GeocodingQuery(null, "75018", "Paris", "75118"))).isEmpty();

    assertThat(ban.requests().getFirst().params())
        .containsEntry("type", "municipality")
        .containsEntry("citycode", "75118");
  }

  @Test
  void appliesTheConfiguredMinimumScore() {
    // Score 0.52.
    GeocodingQuery buffon =
        new GeocodingQuery("10 PL 5 MARTYRS LYCEE BUFFON", "75015", "Paris", null);

    assertThat(geocoder.geocode(buffon)).map(GeocodedPosition::inseeCode).contains("75115");
    try (BanGeocoder demanding = geocoderOn(ban.baseUrl()).minScore(0.6).build()) {
      assertThat(demanding.geocode(buffon)).isEmpty();
      assertThat(demanding.minScore()).isEqualTo(0.6);
    }
  }

  @Test
  void returnsEmptyForAnEmptyFeatureCollection() {
    assertThat(geocoder.geocode(new GeocodingQuery("10 PL 5 ANATOLE", "75010", "Paris", null)))
        .isEmpty();
    assertThat(ban.requests()).hasSize(1);
  }

  @Test
  void fallsBackToTheGazetteerWhenBanHasNothing() {
    FallbackGeocoder fallback = new FallbackGeocoder(geocoder, new GazetteerGeocoder());

    GeocodedPosition anatole =
        fallback
            .geocode(new GeocodingQuery("10 PL 5 ANATOLE", "75010", "Paris", null))
            .orElseThrow();
    GeocodedPosition duhesme = fallback.geocode(DUHESME).orElseThrow();

    assertThat(anatole.precision()).isEqualTo(Precision.COMMUNE);
    assertThat(anatole.inseeCode()).isEqualTo("75110");
    assertThat(duhesme.precision()).isEqualTo(Precision.ADDRESS);
    assertThat(ban.requests()).hasSize(2);
  }

  @Test
  void locatesWithBanWhatTheGazetteerCannot() {
    // The reference has no position for Saint-Barthélemy.
    GeocodingQuery atwater =
        new GeocodingQuery("Rue Stephen Atwater", "97133", "Saint-Barthélemy", "97701");
    FallbackGeocoder fallback = new FallbackGeocoder(geocoder, new GazetteerGeocoder());

    assertThat(new GazetteerGeocoder().geocode(atwater)).isEmpty();
    assertThat(fallback.geocode(atwater))
        .map(GeocodedPosition::precision)
        .contains(Precision.STREET);
  }

  @Test
  void retriesA503Once() {
    ban.failNext(1, 503);

    Optional<GeocodedPosition> duhesme = geocoder.geocode(DUHESME);

    assertThat(duhesme).map(GeocodedPosition::precision).contains(Precision.ADDRESS);
    assertThat(ban.requests()).hasSize(2);
    assertThat(ban.requests().get(1).params()).isEqualTo(ban.requests().get(0).params());
    assertThat(SLEEPS).containsExactly(Duration.ofMillis(700));
  }

  @Test
  void retriesA429Once() {
    ban.failNext(1, 429);

    assertThat(geocoder.geocode(DUHESME)).isPresent();
    assertThat(ban.requests()).hasSize(2);
  }

  @Test
  void givesUpAfterTwoAttempts() {
    ban.failNext(5, 502);

    assertThat(geocoder.geocode(DUHESME)).isEmpty();
    assertThat(ban.requests()).hasSize(2);
    assertThat(SLEEPS).containsExactly(Duration.ofMillis(700));
  }

  @Test
  void doesNotRetryABadRequest() {
    ban.failNext(5, 400);

    assertThat(geocoder.geocode(DUHESME)).isEmpty();
    assertThat(ban.requests()).hasSize(1);
    assertThat(SLEEPS).isEmpty();
  }

  @Test
  void anInterruptedWaitGivesUpAndKeepsTheInterruption() {
    ban.failNext(5, 503);
    try (BanGeocoder interrupted =
        geocoderOn(ban.baseUrl())
            .sleeper(
                d -> {
                  throw new InterruptedException();
                })
            .build()) {
      assertThat(interrupted.geocode(DUHESME)).isEmpty();
      assertThat(Thread.interrupted()).isTrue();
    }
    assertThat(ban.requests()).hasSize(1);
  }

  @Test
  void returnsEmptyForAnAnswerThatIsNotJson() {
    ban.answerNext(1, 200, "<html>maintenance</html>");

    assertThat(geocoder.geocode(DUHESME)).isEmpty();
  }

  @Test
  void returnsEmptyWhenBanIsUnreachable() throws IOException {
    URI closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }
    try (BanGeocoder unreachable = geocoderOn(closed).build()) {
      assertThat(unreachable.geocode(DUHESME)).isEmpty();
    }
  }

  @Test
  @org.junit.jupiter.api.Timeout(60) // only if the request time-out did not work at all
  void givesUpOnAnAnswerThatNeverComesAndTriesOnceMore() {
    // The stand-in never answers: without its request time-out, the geocoder would wait for ever.
    ban.stall();

    try (BanGeocoder impatient =
        geocoderOn(ban.baseUrl()).requestTimeout(Duration.ofMillis(300)).build()) {
      assertThat(impatient.geocode(DUHESME)).isEmpty();
    }

    assertThat(ban.requests()).hasSize(2);
  }

  @Test
  void warnsAtMostOncePerMinute() throws IOException {
    Logger logger = Logger.getLogger(BanGeocoder.class.getName());
    List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
              warnings.add(record);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(handler);
    try {
      ban.failNext(6, 503);
      for (int i = 0; i < 3; i++) {
        assertThat(geocoder.geocode(DUHESME)).isEmpty();
      }
    } finally {
      logger.removeHandler(handler);
    }

    assertThat(warnings).hasSize(1);
    assertThat(warnings.getFirst().getMessage()).contains("HTTP 503");
  }

  @Test
  void asksNothingWithoutAnythingToSearch() {
    assertThat(geocoder.geocode(new GeocodingQuery(null, null, null, null))).isEmpty();
    assertThat(geocoder.geocode(new GeocodingQuery(" ", "", " ", ""))).isEmpty();
    assertThat(ban.requests()).isEmpty();
  }

  @Test
  void usesTheDefaultsOfThePublicApi() {
    try (BanGeocoder defaults = new BanGeocoder()) {
      assertThat(defaults.baseUrl()).isEqualTo(URI.create("https://api-adresse.data.gouv.fr"));
      assertThat(defaults.minScore()).isEqualTo(0.5);
    }
    try (BanGeocoder configured = new BanGeocoder(URI.create("http://127.0.0.1:7878/ban/"), 0.7)) {
      assertThat(configured.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:7878/ban"));
    }
  }

  /**
   * A BAN stand-in (OkHttp's MockWebServer on the loopback interface and an ephemeral port):
   * answers {@code /search/} with the recorded answer for the request's {@code q} (404 for any
   * other), and records the requests. Failures and an answer that never comes can be staged.
   */
  static final class ReplayServer implements AutoCloseable {

    record Request(String path, Map<String, String> params) {}

    private final MockWebServer server = new MockWebServer();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger staged = new AtomicInteger();
    private volatile int stagedStatus;
    private volatile String stagedBody = "";
    private volatile boolean stalled;

    private ReplayServer() throws IOException {
      server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              return answer(request);
            }
          });
      server.start(InetAddress.getLoopbackAddress(), 0);
    }

    static ReplayServer start() throws IOException {
      return new ReplayServer();
    }

    URI baseUrl() {
      return URI.create("http://127.0.0.1:" + server.getPort());
    }

    List<Request> requests() {
      return new ArrayList<>(requests);
    }

    /** The next {@code count} requests get this status (and an empty body). */
    void failNext(int count, int status) {
      answerNext(count, status, "");
    }

    /** The next {@code count} requests get this status and body. */
    void answerNext(int count, int status, String body) {
      stagedStatus = status;
      stagedBody = body;
      staged.set(count);
    }

    /** No answer comes any more: the connection stays open and silent. */
    void stall() {
      stalled = true;
    }

    private MockResponse answer(RecordedRequest request) {
      HttpUrl url = request.getUrl();
      Map<String, String> params = new LinkedHashMap<>();
      for (String name : url.queryParameterNames()) {
        params.put(name, url.queryParameter(name));
      }
      requests.add(new Request(url.encodedPath(), params));
      MockResponse.Builder answer =
          new MockResponse.Builder().setHeader("Content-Type", "application/json; charset=utf-8");
      if (stalled) {
        return answer.onResponseStart(SocketEffect.Stall.INSTANCE).build();
      }
      if (staged.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        return answer.code(stagedStatus).body(stagedBody).build();
      }
      String fixture = FIXTURES.get(params.get("q"));
      if (!url.encodedPath().equals("/search/") || fixture == null) {
        return answer.code(404).body("No recorded answer for " + params).build();
      }
      return answer.code(200).body(new Buffer().write(fixture(fixture))).build();
    }

    static byte[] fixture(String name) {
      try (InputStream in = BanGeocoderTest.class.getResourceAsStream("/ban/" + name)) {
        if (in == null) {
          throw new IllegalStateException("No fixture ban/" + name);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      server.close();
    }
  }
}
