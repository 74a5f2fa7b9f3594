package fr.mediation.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The installable runnable jar started as an operator starts it (packaging/directory.service,
 * Containerfile): {@code java -jar directory.jar} in a folder of its own, configured by environment
 * variables only.
 */
final class Installed implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  final String base;
  private final Process process;
  private final Path log;

  private Installed(String base, Process process, Path log) {
    this.base = base;
    this.process = process;
    this.log = log;
  }

  /** Starts {@code jar} on {@code port}, with {@code environment} added to the inherited one. */
  static Installed start(Path jar, int port, Map<String, String> environment) throws IOException {
    Path home = jar.getParent();
    Path log = home.resolve("console-" + Instant.now().toEpochMilli() + ".log");
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(List.of(java, "-Xmx512m", "-jar", jar.toString()))
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("HTTP_PORT", Integer.toString(port));
    // Where the jar unpacks the server (a new folder at each start): beside it, not in the home.
    builder.environment().put("WLP_JAR_EXTRACT_ROOT", home.resolve("runtime").toString());
    // Searches are not cut short on a loaded test machine (docs/operations.md, "Time limits").
    builder.environment().put("DIRECTORY_SEARCH_TIMEOUT", "PT60S");
    builder.environment().putAll(environment);
    return new Installed("http://localhost:" + port, builder.start(), log);
  }

  /** GET {@code path}, or null when nothing answers (yet). */
  HttpResponse<String> get(String path) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits until {@code /health/ready} answers 200 (all checks UP); false if it never does. */
  boolean awaitReady(Duration patience) {
    // A server that died answers no more: stop waiting for it.
    Boolean ready =
        poll(
            patience,
            Duration.ofSeconds(1),
            () -> {
              HttpResponse<String> answer = get("/health/ready");
              if (answer != null && answer.statusCode() == 200) {
                return Boolean.TRUE;
              }
              return process.isAlive() ? null : Boolean.FALSE;
            });
    return Boolean.TRUE.equals(ready);
  }

  /**
   * Waits until the data of readiness check {@code check} satisfies {@code done}, and returns it;
   * null if it never does.
   */
  JsonObject awaitCheck(String check, Duration patience, Predicate<JsonObject> done) {
    return poll(
        patience,
        Duration.ofMillis(500),
        () -> {
          HttpResponse<String> answer = get("/health/ready");
          if (answer == null) {
            return null;
          }
          // Before the application has started, Liberty answers without its checks.
          return ItServer.checkData(json(answer.body()), check).filter(done).orElse(null);
        });
  }

  /** Waits until {@code path} answers {@code status}; null if it never does. */
  HttpResponse<String> await(String path, int status, Duration patience) {
    return poll(
        patience,
        Duration.ofMillis(500),
        () -> {
          HttpResponse<String> response = get(path);
          return response != null && response.statusCode() == status ? response : null;
        });
  }

  /** The first value {@code probe} gives other than null, asked every {@code every}; else null. */
  private static <T> T poll(Duration patience, Duration every, Callable<T> probe) {
    try {
      return Awaitility.await().atMost(patience).pollInterval(every).until(probe, v -> v != null);
    } catch (ConditionTimeoutException e) {
      return null;
    }
  }

  /** The end of the server's console output, for failure messages. */
  String console() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON object of {@code response}, which must be a 200 answer. */
  static JsonObject json(HttpResponse<String> response) {
    assertThat(response).isNotNull();
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response.body());
  }

  /** The JSON object written in {@code body}. */
  static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  /** The ids of the venues of a page of the search, in its order. */
  static List<String> ids(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(v -> v.getString("id"))
        .toList();
  }

  /** Stops the server as systemd does (SIGTERM), and waits for it. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
