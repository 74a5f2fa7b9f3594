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
import java.util.stream.Stream;
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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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

  /** Another origin on the loopback interface, for the tests of redirects ({@link #elsewhere}). */
  private MockWebServer elsewhere;

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
    fetcher = new FeedFetcher(FetchOptions.defaults(), sleeps::add);
  }

  @AfterEach
  void stopTheHub() {
    fetcher.close();
    hub.close();
    if (elsewhere != null) {
      elsewhere.close();
    }
  }

  /** Replaces the fetcher by one with {@code options}, redirected as the default allows. */
  private void fetcher(FetchOptions options) {
    fetcher(options, RedirectPolicy.SAME_ORIGIN);
  }

  private void fetcher(FetchOptions options, RedirectPolicy redirects) {
    fetcher.close();
    fetcher = new FeedFetcher(options, sleeps::add, redirects);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + hub.getPort() + path;
  }

  /** A first pull of the hub's file, /lieux.csv. */
  private FetchResult pull() {
    return fetcher.fetch(url("/lieux.csv"), FetchState.none());
  }

  /** The pull that {@code result} tells of, which failed. */
  private static Failed failed(FetchResult result) {
    assertThat(result).isInstanceOf(Failed.class);
    return (Failed) result;
  }

  /**
   * The pull that {@code result} tells of failed at its first attempt (status 200), for a file over
   * the limit: {@code limit} as the English reason gives it, {@code limite} as the French one.
   */
  private void assertTooLarge(FetchResult result, String limit, String limite) {
    assertThat(result)
        .isEqualTo(
            new Failed(
                "The file at " + url("/lieux.csv") + " is larger than the limit of " + limit,
                "Le fichier du hub dépasse la taille maximale acceptée (" + limite + ").",
                200,
                1));
  }

  /** The pull that {@code result} tells of, which brought a file. */
  private static Fetched fetched(FetchResult result) {
    assertThat(result).isInstanceOf(Fetched.class);
    return (Fetched) result;
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

    Fetched fetched = fetched(pull());

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

    pull();

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
    FetchState state = fetched(pull()).newState();

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

    assertThat(fetched(result).newState()).isEqualTo(new FetchState("\"v2\"", null));
  }

  /**
   * Answers the hub may give when it is busy, and how long the fetcher waits before it asks again:
   * a second by default, what Retry-After says, but no longer than the options allow.
   */
  static Stream<Arguments> busyAnswers() {
    return Stream.of(
        Arguments.of(503, null, Duration.ofSeconds(1)),
        Arguments.of(429, "7", Duration.ofSeconds(7)),
        Arguments.of(503, "86400", FetchOptions.defaults().maxRetryAfter()));
  }

  @ParameterizedTest(name = "{0}, Retry-After {1}: waits {2}")
  @MethodSource("busyAnswers")
  void aBusyHubIsAskedAgainAfterAWaitAndThePullSucceeds(
      int status, String retryAfter, Duration wait) {
    script(
        retryAfter == null ? status(status) : status(status, "Retry-After", retryAfter),
        theCsvFile());

    Fetched fetched = fetched(pull());

    assertThat(fetched.attempts()).isEqualTo(2);
    assertThat(received).hasSize(2);
    assertThat(sleeps).containsExactly(wait);
  }

  @Test
  void retriesBackOffExponentiallyAndStopAfterTheLastAttempt() {
    script(status(500), status(502), status(503));

    FetchResult result = pull();

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
  void aMissingFileFailsAtOnceWithoutRetry() {
    script(status(404), theCsvFile());

    FetchResult result = pull();

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

    fetched(pull());

    assertThat(received)
        .extracting(Received::path)
        .containsExactly("/lieux.csv", "/2025/lieux.csv");
  }

  /** Starts {@link #elsewhere}, serving {@code body}; its port. */
  private int elsewhere(String body) throws IOException {
    elsewhere = new MockWebServer();
    elsewhere.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder().body(body).build();
          }
        });
    elsewhere.start(InetAddress.getByName("127.0.0.1"), 0);
    return elsewhere.getPort();
  }

  @Test
  void aRedirectToAnotherPortOfTheLoopbackIsNotFollowed() throws IOException {
    int port = elsewhere("secret,interne\nmot de passe,hunter2\n");
    script(status(302, "Location", "http://127.0.0.1:" + port + "/admin"));

    Failed failed = failed(pull());

    assertThat(failed.reasonFr()).contains("redirection (302)", "autre hôte ou port");
    assertThat(failed.reason() + failed.reasonFr()).doesNotContain("hunter2");
  }

  @Test
  void aRedirectToALoopbackHostNameIsNotFollowedEvenWhenTheHostIsAllowed() throws IOException {
    fetcher(FetchOptions.defaults(), RedirectPolicy.of("localhost", false));
    int port = elsewhere(CSV);
    script(status(302, "Location", "http://localhost:" + port + "/x.csv"));

    Failed failed = failed(pull());

    assertThat(failed.reasonFr()).contains("adresse locale ou privée");
  }

  @Test
  void aRedirectToAnAllowedHostIsFollowedWhenPrivateAddressesAreAllowed() throws IOException {
    fetcher(FetchOptions.defaults(), RedirectPolicy.of("localhost, cdn.example", true));
    int port = elsewhere(CSV);
    script(status(302, "Location", "http://localhost:" + port + "/x.csv"));

    assertThat(new String(fetched(pull()).body(), StandardCharsets.UTF_8)).isEqualTo(CSV);
  }

  @Test
  void endlessRedirectsStop() {
    script(status(302, "Location", "/encore"));

    failed(pull());

    assertThat(received).hasSize(FeedFetcher.MAX_REDIRECTS + 1);
  }

  @Test
  void anEndlessBodyIsCutOffAtTheLimit() {
    fetcher(
        FetchOptions.defaults().withMaxBodyBytes(1000).withRequestTimeout(Duration.ofSeconds(20)));
    // Would stream for ever (well, 1 GiB, chunked: no declared length) to a client that buffered
    // without limit.
    script(request -> response(200).body(new Endless(1L << 30)).build());

    assertTooLarge(pull(), "1000 bytes", "1000 octets");
    assertThat(received).hasSize(1);
  }

  @Test
  void aDeclaredLengthOverTheLimitFailsWithoutReadingTheBody() {
    fetcher(FetchOptions.defaults().withMaxBodyBytes(1000));
    script(file(new byte[5000]));

    assertTooLarge(pull(), "1000 bytes (it declares 5000 bytes)", "1000 octets");
  }

  @Test
  void largeLimitsAreSpeltInMegabytes() {
    fetcher(FetchOptions.defaults().withMaxBodyBytes(1024 * 1024));
    script(file(new byte[2 * 1024 * 1024]));

    assertTooLarge(pull(), "1 MiB (it declares 2097152 bytes)", "1 Mo");
  }

  @Test
  void aSlowServerTimesOutAndFailsAfterTheBoundedRetries() {
    fetcher(FetchOptions.defaults().withRequestTimeout(Duration.ofMillis(300)));
    script(request -> response(200).onResponseStart(SocketEffect.Stall.INSTANCE).build());
    // The hub never answers: without its request time-out, the fetch would wait for ever.
    FetchResult result = pull();

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

    FetchResult result = pull();

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

    Failed failed = failed(result);
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

    Fetched fetched = fetched(pull());

    assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo(CSV);
  }

  @Test
  void aGzipBodyThatInflatesPastTheLimitFails() throws IOException {
    fetcher(FetchOptions.defaults().withMaxBodyBytes(100_000));
    byte[] bomb = gzip(new byte[10 * 1024 * 1024]);
    assertThat(bomb.length).isLessThan(100_000);
    script(file(bomb, "Content-Encoding", "gzip"));

    assertTooLarge(pull(), "100000 bytes", "100000 octets");
  }

  @Test
  void aCorruptGzipBodyFailsClearly() {
    script(file(bytes(CSV), "Content-Encoding", "gzip"));

    Failed failed = failed(pull());

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
