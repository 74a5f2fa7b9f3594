package fr.mediation.directory.feed.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mediation.directory.feed.pull.FetchResult.Failed;
import fr.mediation.directory.feed.pull.FetchResult.Fetched;
import fr.mediation.directory.feed.pull.FetchResult.NotModified;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okio.Buffer;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Against a hub stood in by OkHttp's MockWebServer on the loopback interface. */
class FeedFetcherTest {

  private static final String CSV = "id;nom\n1;La Quincaillerie\n2;Espace numérique\n";
  private static final String ETAG = "\"v1-5f3a\"";
  private static final String LAST_MODIFIED = "Wed, 21 Oct 2025 07:28:00 GMT";

  /** How the hub answers one request. */
  @FunctionalInterface
  interface Answer {
    MockResponse answer(RecordedRequest request);
  }

  /** A request the hub received. */
  record Received(String path, Headers headers) {}

  private final LinkedBlockingDeque<Answer> script = new LinkedBlockingDeque<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final MockWebServer hub = new MockWebServer();
  private FeedFetcher fetcher;

  @BeforeEach
  void startTheHub() throws IOException {
    hub.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            received.add(new Received(request.getUrl().encodedPath(), request.getHeaders()));
            // The last answer of the script repeats.
            Answer answer = script.size() > 1 ? script.poll() : script.peek();
            return answer.answer(request);
          }
        });
    hub.start(InetAddress.getByName("127.0.0.1"), 0);
    fetcher = fetcher(FetchOptions.defaults());
  }

  @AfterEach
  void stopTheHub() {
    fetcher.close();
    hub.close();
  }

  private FeedFetcher fetcher(FetchOptions options) {
    if (fetcher != null) {
      fetcher.close();
    }
    fetcher = new FeedFetcher(options, sleeps::add);
    return fetcher;
  }

  private String url(String path) {
    return "http://127.0.0.1:" + hub.getPort() + path;
  }

  private void script(Answer... answers) {
    script.addAll(List.of(answers));
  }

  private static Answer file(byte[] body, String... headers) {
    return status(200, body, headers);
  }

  private static Answer status(int status, byte[] body, String... headers) {
    return request -> response(status, headers).body(new Buffer().write(body)).build();
  }

  private static MockResponse.Builder response(int status, String... headers) {
    MockResponse.Builder response = new MockResponse.Builder().code(status);
    for (int i = 0; i < headers.length; i += 2) {
      response.addHeader(headers[i], headers[i + 1]);
    }
    return response;
  }

  private static Answer status(int status, String... headers) {
    return status(status, new byte[0], headers);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(content);
    }
    return out.toByteArray();
  }

  private static Answer theCsvFile() {
    return file(
        bytes(CSV),
        "Content-Type",
        "text/csv; charset=utf-8",
        "ETag",
        ETAG,
        "Last-Modified",
        LAST_MODIFIED);
  }

  @Test
  void aFirstPullReturnsTheFileAndTheValidatorsForTheNext() {
    script(theCsvFile());

    FetchResult result = fetcher.fetch(url("/lieux.csv"), FetchState.none());

    assertThat(result).isInstanceOf(Fetched.class);
    Fetched fetched = (Fetched) result;
    assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo(CSV);
    assertThat(fetched.newState()).isEqualTo(new FetchState(ETAG, LAST_MODIFIED));
    assertThat(fetched.contentType()).isEqualTo("text/csv; charset=utf-8");
    assertThat(fetched.attempts()).isEqualTo(1);
    assertThat(received)
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.path()).isEqualTo("/lieux.csv");
              assertThat(request.headers().get("If-None-Match")).isNull();
              assertThat(request.headers().get("If-Modified-Since")).isNull();
            });
  }

  @Test
  void theHubSeesWhoIsPullingAndThatGzipIsWelcome() {
    script(theCsvFile());

    fetcher.fetch(url("/lieux.csv"), FetchState.none());

    Headers headers = received.getFirst().headers();
    assertThat(headers.get("User-Agent"))
        .isEqualTo(FetchOptions.DEFAULT_USER_AGENT)
        .contains("annuaire-mediation-numerique");
    assertThat(headers.get("Accept-Encoding")).isEqualTo("gzip");
  }

  @Test
  void aPullAnswered304ChangesNothing() {
    script(
        request ->
            (ETAG.equals(request.getHeaders().get("If-None-Match")) ? status(304) : theCsvFile())
                .answer(request));
    FetchState state = ((Fetched) fetcher.fetch(url("/lieux.csv"), FetchState.none())).newState();

    FetchResult second = fetcher.fetch(url("/lieux.csv"), state);

    assertThat(second).isEqualTo(new NotModified(1));
    Headers headers = received.get(1).headers();
    assertThat(headers.get("If-None-Match")).isEqualTo(ETAG);
    assertThat(headers.get("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void aChangedFileComesWithItsNewValidators() {
    script(file(bytes("id;nom\n"), "ETag", "\"v2\""));

    FetchResult result = fetcher.fetch(url("/lieux.csv"), new FetchState(ETAG, LAST_MODIFIED));

    assertThat(result).isInstanceOf(Fetched.class);
    assertThat(((Fetched) result).newState()).isEqualTo(new FetchState("\"v2\"", null));
  }

  @Test
  void aServerErrorIsRetriedAndThePullSucceeds() {
    script(status(503), theCsvFile());

    FetchResult result = fetcher.fetch(url("/lieux.csv"), FetchState.none());

    assertThat(result).isInstanceOf(Fetched.class);
    assertThat(result.attempts()).isEqualTo(2);
    assertThat(received).hasSize(2);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void retriesBackOffExponentiallyAndStopAfterTheLastAttempt() {
    script(status(500), status(502), status(503));

    FetchResult result = fetcher.fetch(url("/lieux.csv"), FetchState.none());

    assertThat(result)
        .isEqualTo(
            new Failed(
                "HTTP 503 Service Unavailable from " + url("/lieux.csv") + " (after 3 attempts)",
                "Le serveur du hub a répondu 503 (service indisponible), après 3 tentatives.",
                503,
                3));
    assertThat(received).hasSize(3);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void retryAfterSecondsAreHonoured() {
    script(status(429, "Retry-After", "7"), theCsvFile());

    FetchResult result = fetcher.fetch(url("/lieux.csv"), FetchState.none());

    assertThat(result).isInstanceOf(Fetched.class);
    assertThat(result.attempts()).isEqualTo(2);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void aLongRetryAfterIsCapped() {
    script(status(503, "Retry-After", "86400"), theCsvFile());

    fetcher.fetch(url("/lieux.csv"), FetchState.none());

    assertThat(sleeps).containsExactly(FetchOptions.defaults().maxRetryAfter());
  }

  @Test
  void aMissingFileFailsAtOnceWithoutRetry() {
    script(status(404), theCsvFile());

    FetchResult result = fetcher.fetch(url("/lieux.csv"), FetchState.none());

    assertThat(result)
        .isEqualTo(
            new Failed(
                "HTTP 404 Not Found from " + url("/lieux.csv"),
                "Le serveur du hub a répondu 404 (introuvable).",
                404,
                1));
    assertThat(received).hasSize(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void redirectsAreFollowed() {
    script(status(301, "Location", "/2025/lieux.csv"), theCsvFile());

    FetchResult result = fetcher.fetch(url("/lieux.csv"), FetchState.none());

    assertThat(result).isInstanceOf(Fetched.class);
    assertThat(received)
        .extracting(Received::path)
        .containsExactly("/lieux.csv", "/2025/lieux.csv");
  }

  /** A second server on the loopback interface: another origin, serving {@code body}. */
  private static MockWebServer elsewhere(String body) throws IOException {
    MockWebServer other = new MockWebServer();
    other.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder().body(body).build();
          }
        });
    other.start(InetAddress.getByName("127.0.0.1"), 0);
    return other;
  }

  @Test
  void aRedirectToAnotherPortOfTheLoopbackIsNotFollowed() throws IOException {
    MockWebServer other = elsewhere("secret,interne\nmot de passe,hunter2\n");
    try {
      String target = "http://127.0.0.1:" + other.getPort() + "/admin";
      script(status(302, "Location", target));

      FetchResult result = fetcher.fetch(url("/lieux.csv"), FetchState.none());

      assertThat(result).isInstanceOf(Failed.class);
      Failed failed = (Failed) result;
      assertThat(failed.reasonFr()).contains("redirection (302)", "autre hôte ou port");
      assertThat(failed.reason() + failed.reasonFr()).doesNotContain("hunter2");
    } finally {
      other.close();
    }
  }

  @Test
  void aRedirectToALoopbackHostNameIsNotFollowedEvenWhenTheHostIsAllowed() throws IOException {
    MockWebServer other = elsewhere(CSV);
    try {
      fetcher =
          new FeedFetcher(
              FetchOptions.defaults(), sleeps::add, RedirectPolicy.of("localhost", false));
      script(status(302, "Location", "http://localhost:" + other.getPort() + "/x.csv"));

      FetchResult result = fetcher.fetch(url("/lieux.csv"), FetchState.none());

      assertThat(result).isInstanceOf(Failed.class);
      assertThat(((Failed) result).reasonFr()).contains("adresse locale ou privée");
    } finally {
      other.close();
    }
  }

  @Test
  void aRedirectToAnAllowedHostIsFollowedWhenPrivateAddressesAreAllowed() throws IOException {
    MockWebServer other = elsewhere(CSV);
    try {
      fetcher =
          new FeedFetcher(
              FetchOptions.defaults(),
              sleeps::add,
              RedirectPolicy.of("localhost, cdn.example", true));
      script(status(302, "Location", "http://localhost:" + other.getPort() + "/x.csv"));

      FetchResult result = fetcher.fetch(url("/lieux.csv"), FetchState.none());

      assertThat(result).isInstanceOf(Fetched.class);
    } finally {
      other.close();
    }
  }

  @Test
  void endlessRedirectsStop() {
    script(status(302, "Location", "/encore"));

    FetchResult result = fetcher.fetch(url("/lieux.csv"), FetchState.none());

    assertThat(result).isInstanceOf(Failed.class);
    assertThat(received).hasSize(FeedFetcher.MAX_REDIRECTS + 1);
  }

  @Test
  void anEndlessBodyIsCutOffAtTheLimit() {
    fetcher(
        FetchOptions.defaults().withMaxBodyBytes(1000).withRequestTimeout(Duration.ofSeconds(20)));
    // Would stream for ever (well, 1 GiB, chunked: no declared length) to a client that buffered
    // without limit.
    script(request -> response(200).body(new Endless(1L << 30)).build());

    FetchResult result = fetcher.fetch(url("/lieux.csv"), FetchState.none());

    assertThat(result)
        .isEqualTo(
            new Failed(
                "The file at " + url("/lieux.csv") + " is larger than the limit of 1000 bytes",
                "Le fichier du hub dépasse la taille maximale acceptée (1000 octets).",
                200,
                1));
    assertThat(received).hasSize(1);
  }

  @Test
  void aDeclaredLengthOverTheLimitFailsWithoutReadingTheBody() {
    fetcher(FetchOptions.defaults().withMaxBodyBytes(1000));
    script(file(new byte[5000]));

    FetchResult result = fetcher.fetch(url("/lieux.csv"), FetchState.none());

    assertThat(result).isInstanceOf(Failed.class);
    assertThat(((Failed) result).reason())
        .isEqualTo(
            "The file at "
                + url("/lieux.csv")
                + " is larger than the limit of 1000 bytes (it declares 5000 bytes)");
    assertThat(result.attempts()).isEqualTo(1);
  }

  @Test
  void largeLimitsAreSpeltInMegabytes() {
    fetcher(FetchOptions.defaults().withMaxBodyBytes(1024 * 1024));
    script(file(new byte[2 * 1024 * 1024]));

    Failed failed = (Failed) fetcher.fetch(url("/lieux.csv"), FetchState.none());

    assertThat(failed.reason()).endsWith("limit of 1 MiB (it declares 2097152 bytes)");
    assertThat(failed.reasonFr())
        .isEqualTo("Le fichier du hub dépasse la taille maximale acceptée (1 Mo).");
  }

  @Test
  void aSlowServerTimesOutAndFailsAfterTheBoundedRetries() {
    fetcher(FetchOptions.defaults().withRequestTimeout(Duration.ofMillis(300)));
    script(request -> response(200).onResponseStart(SocketEffect.Stall.INSTANCE).build());
    // The hub never answers: without its request time-out, the fetch would wait for ever.
    FetchResult result = fetcher.fetch(url("/lieux.csv"), FetchState.none());

    assertThat(result)
        .isEqualTo(
            new Failed(
                "No complete answer from "
                    + url("/lieux.csv")
                    + " within 300 ms (after 3 attempts)",
                "Le serveur du hub n'a pas envoyé le fichier complet en moins de 300 ms, après 3"
                    + " tentatives.",
                null,
                3));
    assertThat(received).hasSize(3);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void theRequestTimeoutCoversABodyThatTrickles() {
    // Long enough for the connection itself on a loaded machine; the body trickles for 5 s.
    fetcher(FetchOptions.defaults().withRequestTimeout(Duration.ofSeconds(2)).withMaxAttempts(1));
    script(
        request ->
            response(200)
                .body("1;lieu\n".repeat(100))
                .throttleBody(7, 50, TimeUnit.MILLISECONDS)
                .build());

    FetchResult result = fetcher.fetch(url("/lieux.csv"), FetchState.none());

    assertThat(result)
        .isEqualTo(
            new Failed(
                "No complete answer from " + url("/lieux.csv") + " within 2 s",
                "Le serveur du hub n'a pas envoyé le fichier complet en moins de 2 s.",
                null,
                1));
  }

  @Test
  void anUnreachableHubIsRetriedThenFails() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }

    FetchResult result =
        fetcher.fetch("http://127.0.0.1:" + closedPort + "/lieux.csv", FetchState.none());

    assertThat(result).isInstanceOf(Failed.class);
    Failed failed = (Failed) result;
    assertThat(failed.reason())
        .startsWith("Could not connect to http://127.0.0.1:" + closedPort + "/lieux.csv")
        .endsWith("(after 3 attempts)");
    assertThat(failed.reasonFr()).startsWith("Impossible de se connecter au serveur du hub");
    assertThat(failed.lastStatus()).isNull();
    assertThat(failed.attempts()).isEqualTo(3);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void aGzipBodyIsDecoded() throws IOException {
    script(file(gzip(bytes(CSV)), "Content-Encoding", "gzip", "ETag", ETAG));

    FetchResult result = fetcher.fetch(url("/lieux.csv"), FetchState.none());

    assertThat(result).isInstanceOf(Fetched.class);
    assertThat(new String(((Fetched) result).body(), StandardCharsets.UTF_8)).isEqualTo(CSV);
  }

  @Test
  void aGzipBodyThatInflatesPastTheLimitFails() throws IOException {
    fetcher(FetchOptions.defaults().withMaxBodyBytes(100_000));
    byte[] bomb = gzip(new byte[10 * 1024 * 1024]);
    assertThat(bomb.length).isLessThan(100_000);
    script(file(bomb, "Content-Encoding", "gzip"));

    FetchResult result = fetcher.fetch(url("/lieux.csv"), FetchState.none());

    assertThat(result)
        .isEqualTo(
            new Failed(
                "The file at " + url("/lieux.csv") + " is larger than the limit of 100000 bytes",
                "Le fichier du hub dépasse la taille maximale acceptée (100000 octets).",
                200,
                1));
  }

  @Test
  void aCorruptGzipBodyFailsClearly() {
    script(file(bytes(CSV), "Content-Encoding", "gzip"));

    FetchResult result = fetcher.fetch(url("/lieux.csv"), FetchState.none());

    assertThat(result).isInstanceOf(Failed.class);
    Failed failed = (Failed) result;
    assertThat(failed.reason()).contains("declared gzip-encoded but cannot be decoded");
    assertThat(failed.reasonFr())
        .isEqualTo(
            "Le fichier du hub est annoncé compressé (gzip) mais n'a pas pu être décompressé.");
    assertThat(failed.attempts()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ftp://hub.example.fr/lieux.csv", "file:///etc/passwd", "lieux.csv", "http:/x"})
  void aUrlThatIsNotHttpIsRejected(String url) {
    assertThatThrownBy(() -> fetcher.fetch(url, FetchState.none()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fetcher.fetch(URI.create(url), FetchState.none()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(received).isEmpty();
  }

  @Test
  void credentialsInTheUrlAreNotRepeatedInReasons() {
    assertThat(FetchTexts.display(URI.create("https://hub:s3cret@hub.example.fr/lieux.csv")))
        .isEqualTo("https://hub.example.fr/lieux.csv");
  }

  /** A chunked body of {@code length} zero bytes, written 256 at a time until the client leaves. */
  private record Endless(long length) implements MockResponseBody {

    @Override
    public long getContentLength() {
      return -1;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      byte[] chunk = new byte[256];
      for (long written = 0; written < length; written += chunk.length) {
        sink.write(chunk);
        sink.flush();
      }
    }
  }
}
