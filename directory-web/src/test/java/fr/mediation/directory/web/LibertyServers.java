package fr.mediation.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The Liberty servers the build installed for the integration tests: stopped, started, killed with
 * SIGKILL, and awaited until ready, by the tests of restarts, crashes and several nodes.
 */
final class LibertyServers {

  static final Path WLP = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private LibertyServers() {}

  /**
   * Runs {@code bin/server action server} and waits for it (3 minutes at most); a start (and a stop
   * when {@code mustSucceed}) must end with status 0.
   */
  static void run(String action, String server, boolean mustSucceed) {
    try {
      Path output = Files.createTempFile("server-" + action, ".log");
      Process process =
          new ProcessBuilder(WLP.resolve("bin/server").toString(), action, server)
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
  static void kill(String server) throws Exception {
    long pid =
        Long.parseLong(
            Files.readString(WLP.resolve("usr/servers/.pid/" + server + ".pid")).strip());
    ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
    assertThat(process.destroyForcibly()).as("SIGKILL sent to " + server).isTrue();
    process.onExit().get(30, TimeUnit.SECONDS);
  }

  /** Waits until the server at {@code baseUrl} answers its readiness check with 200. */
  static void awaitUp(String baseUrl, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<Void> ready =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError(baseUrl + " did not come up within " + timeout);
  }
}
