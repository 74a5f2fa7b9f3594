package fr.mediation.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The integration tests' fixture: a Liberty server the build installed ({@code name} under the
 * build's wlp, answering at {@code url}), its HTTP client, the administrator's key, the sources and
 * pushes a test needs, waiting for a run to be complete, and the server's stop, start and SIGKILL
 * for the tests of restarts, crashes and several nodes. {@link #MAIN} is the server of the HTTP
 * tests; {@link Api} reads it with static methods.
 */
record ItServer(String name, String url) {

  /** The administrator's key the build gives the test servers. */
  static final String ADMIN_KEY = System.getProperty("it.admin.key", "it-admin-key-not-secret");

  /** The server the build started for the HTTP tests. */
  static final ItServer MAIN =
      new ItServer(
          System.getProperty("it.server.name", "directory-it"),
          System.getProperty("it.base.url", "http://localhost:19080"));

  private static final Path WLP = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));

  /**
   * The JDBC URL of the database of {@link #MAIN}: H2's file, or PostgreSQL's in the second pass.
   */
  private static final String JDBC_URL = System.getProperty("it.jdbc.url", "");

  /** A connection to the database of {@link #MAIN}, for what the API does not show. */
  static Connection database() throws SQLException {
    return DriverManager.getConnection(JDBC_URL, System.getProperty("it.jdbc.user"), "");
  }

  /** Whether {@link #MAIN} runs on PostgreSQL (the second pass of the integration tests). */
  static boolean onPostgreSql() {
    return JDBC_URL.startsWith("jdbc:postgresql:");
  }

  /** How long a run may take to be complete (federation and indexing after the answer). */
  private static final Duration RUN_TIMEOUT = Duration.ofSeconds(180);

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  // After the client, which it uses.
  static {
    // On a loaded machine the application may still be starting when the tests begin.
    try {
      MAIN.awaitUp(Duration.ofMinutes(5));
    } catch (ConditionTimeoutException e) {
      // let the tests report what they find
    }
  }

  // --- HTTP

  /**
   * {@code method} {@code path} with {@code body} (none when null) and headers (name, value...).
   */
  HttpResponse<String> send(String method, String path, byte[] body, String... headers) {
    try {
      return HTTP.send(request(method, path, body, headers).build(), ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** As {@link #send}, answered later: for a request the test cuts or races. */
  CompletableFuture<HttpResponse<String>> sendAsync(
      String method, String path, byte[] body, String... headers) {
    return HTTP.sendAsync(request(method, path, body, headers).build(), ofString());
  }

  private HttpRequest.Builder request(String method, String path, byte[] body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url + path))
            .timeout(Duration.ofSeconds(300))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return request;
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }

  /** GET {@code path} with {@code key} as bearer (none when null), asserting a 200 JSON answer. */
  JsonObject getJson(String path, String key) {
    HttpResponse<String> response =
        key == null
            ? send("GET", path, null)
            : send("GET", path, null, "Authorization", "Bearer " + key);
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "GET " + url + path + " gave " + response.statusCode() + ": " + response.body());
    }
    return json(response);
  }

  static JsonObject json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  /**
   * {@code method} {@code path} as the administrator, with a JSON {@code body} (none when null).
   */
  HttpResponse<String> admin(String method, String path, String body) {
    return send(
        method,
        path,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        "Authorization",
        "Bearer " + ADMIN_KEY,
        "Content-Type",
        "application/json");
  }

  // --- sources, pushes and runs

  /**
   * The definition of a push source {@code id} of the standard's CSV, of which an import may retire
   * at most {@code maxRetireShare}: a test adds or replaces what it needs.
   */
  static JsonObjectBuilder pushSource(String id, double maxRetireShare) {
    return Json.createObjectBuilder()
        .add("name", "Hub " + id)
        .add("publisher", "Hub de test")
        .add("licence", "Licence Ouverte 2.0")
        .add("format", "standard-v1-csv")
        .add("delivery", "push")
        .add("max_retire_share", maxRetireShare);
  }

  /** Defines (creates or replaces) source {@code id} as the administrator; the answer as it is. */
  HttpResponse<String> defineSource(String id, JsonObjectBuilder definition) {
    return admin("PUT", "/api/v1/admin/sources/" + id, definition.build().toString());
  }

  /** Creates push source {@code id} from {@code definition} (201 asserted); its push key. */
  String createSource(String id, JsonObjectBuilder definition) {
    HttpResponse<String> response = defineSource(id, definition);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).getString("push_key");
  }

  /** Creates push source {@code id} of the standard's CSV; its push key. */
  String createSource(String id, double maxRetireShare) {
    return createSource(id, pushSource(id, maxRetireShare));
  }

  /** PUT of {@code file} (CSV) as source {@code source}'s feed, with {@code key} unless null. */
  HttpResponse<String> push(String source, String key, byte[] file) {
    return send("PUT", feed(source), file, pushHeaders(key));
  }

  /** As {@link #push}, answered later: for a push the test cuts or races. */
  CompletableFuture<HttpResponse<String>> pushAsync(String source, String key, byte[] file) {
    return sendAsync("PUT", feed(source), file, pushHeaders(key));
  }

  private static String feed(String source) {
    return "/api/v1/sources/" + source + "/feed";
  }

  private static String[] pushHeaders(String key) {
    return key == null
        ? new String[] {"Content-Type", "text/csv"}
        : new String[] {"Content-Type", "text/csv", "Authorization", "Bearer " + key};
  }

  /** Pushes {@code file}, asserts it accepted (202), and returns its report once complete. */
  JsonObject pushComplete(String source, String key, byte[] file) {
    HttpResponse<String> response = push(source, key, file);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return completed(response, key);
  }

  /**
   * The report of a push or a pull once complete, read with {@code key} (the source's or the
   * administrator's; none when null): a 202's run is read at its {@code Location} until its merged
   * venues are composed ({@code complete}); any other answer's body as it is.
   */
  JsonObject completed(HttpResponse<String> response, String key) {
    if (response.statusCode() != 202) {
      return json(response);
    }
    String path =
        URI.create(
                response
                    .headers()
                    .firstValue("Location")
                    .orElseThrow(() -> new AssertionError("202 without Location")))
            .getRawPath();
    return Awaitility.await("run " + path + " complete")
        .atMost(RUN_TIMEOUT)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> getJson(path, key), r -> r.getJsonObject("run").getBoolean("complete"));
  }

  // --- the server itself

  /** Starts the server (status 0 asserted) and waits until it is ready, {@code ready} at most. */
  void start(Duration ready) {
    run("start", true);
    awaitUp(ready);
  }

  /** Stops the server; a failed stop fails the test when {@code mustSucceed}. */
  void stop(boolean mustSucceed) {
    run("stop", mustSucceed);
  }

  /**
   * Runs {@code bin/server action name} and waits for it (3 minutes at most); a start (and a stop
   * when {@code mustSucceed}) must end with status 0.
   */
  private void run(String action, boolean mustSucceed) {
    try {
      Path output = Files.createTempFile("server-" + action, ".log");
      Process process =
          new ProcessBuilder(WLP.resolve("bin/server").toString(), action, name)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      boolean exited = process.waitFor(180, TimeUnit.SECONDS);
      String printed = Files.readString(output);
      assertThat(exited).as("server " + action + " ended; it printed: " + printed).isTrue();
      if (mustSucceed || action.equals("start")) {
        assertThat(process.exitValue()).as("server " + action + ": " + printed).isZero();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** kill -9 of the server's JVM, found from the pid file Liberty writes at start. */
  void kill() throws Exception {
    long pid =
        Long.parseLong(Files.readString(WLP.resolve("usr/servers/.pid/" + name + ".pid")).strip());
    ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
    assertThat(process.destroyForcibly()).as("SIGKILL sent to " + name).isTrue();
    process.onExit().get(30, TimeUnit.SECONDS);
  }

  /** The data of readiness check {@code name} (the body is read whatever the status). */
  JsonObject readiness(String name) {
    return checkData(json(send("GET", "/health/ready", null)), name)
        .orElseThrow(() -> new AssertionError("no readiness check " + name));
  }

  /** The data of check {@code name} in a health answer; empty when it has no such check. */
  static Optional<JsonObject> checkData(JsonObject health, String name) {
    JsonArray checks = health.getJsonArray("checks");
    return checks == null
        ? Optional.empty()
        : checks.getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("name").equals(name))
            .findFirst()
            .map(c -> c.getJsonObject("data"));
  }

  /**
   * Waits until no listing awaits its merged venue (the readiness check's federation backlog at
   * zero) and the start's comparison of the index with the database has ended, so that the venues
   * counted before a restart or a rebuild are all composed and indexed.
   */
  void awaitSettled() {
    Awaitility.await(url + " federation backlog empty")
        .atMost(RUN_TIMEOUT)
        .pollInterval(Duration.ofMillis(250))
        .ignoreExceptions()
        .until(
            () -> readiness("federation-backlog").getJsonNumber("pending_listings").longValue(),
            pending -> pending == 0);
    JsonObject repair =
        Awaitility.await(url + " index repair ended")
            .atMost(RUN_TIMEOUT)
            .pollInterval(Duration.ofMillis(250))
            .ignoreExceptions()
            .until(
                () -> readiness("search-index-repair"),
                data -> !data.getString("state").equals("running"));
    if (repair.getString("state").equals("failed")) {
      throw new AssertionError("the index repair failed: " + repair);
    }
  }

  /** Waits until the server answers its readiness check with 200. */
  void awaitUp(Duration timeout) {
    // Each probe gives up after 10 s: a server still starting may hold a request.
    HttpRequest probe =
        HttpRequest.newBuilder(URI.create(url + "/health/ready"))
            .timeout(Duration.ofSeconds(10))
            .build();
    // Polled in the calling thread: called from this class's static initialiser, a poll in
    // Awaitility's own thread would block on the class's initialisation (its lambda reads HTTP)
    // until the timeout, five minutes lost at the start of each pass of the integration tests.
    Awaitility.await(url + " ready")
        .pollInSameThread()
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
  }
}
