package fr.mediation.directory.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;

/** A client of the server started by the build for integration tests. */
final class Api {

  static final String BASE = System.getProperty("it.base.url", "http://localhost:19080");

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  static {
    // On a loaded machine the application may still be starting when the tests begin.
    try {
      LibertyServers.awaitUp(BASE, Duration.ofMinutes(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (AssertionError e) {
      // let the tests report what they find
    }
  }

  private Api() {}

  /** GET {@code path} (with its query string), as text. */
  static HttpResponse<String> get(String path) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code method} {@code path} with {@code body} and the given headers (name, value, ...). */
  static HttpResponse<String> send(String method, String path, byte[] body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(BASE + path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonObject json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  /** GET {@code path}, asserting a 200 JSON answer. */
  static JsonObject getJson(String path) {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "GET " + path + " gave " + response.statusCode() + ": " + response.body());
    }
    return json(response);
  }

  /**
   * The report of a push or a pull once complete: a 202's run is read at its {@code Location} until
   * its merged venues are composed ({@code complete}); any other answer's body as it is.
   */
  static JsonObject completed(HttpResponse<String> response) {
    return completed(response, null);
  }

  /**
   * As {@link #completed(HttpResponse)}, read with {@code key} (the source's or the
   * administrator's): the whole report, with its messages and rows.
   */
  static JsonObject completed(HttpResponse<String> response, String key) {
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
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> getJson(path, key), r -> r.getJsonObject("run").getBoolean("complete"));
  }

  /** GET {@code path} with {@code key} as bearer (none when null), asserting a 200 JSON answer. */
  static JsonObject getJson(String path, String key) {
    if (key == null) {
      return getJson(path);
    }
    HttpResponse<String> response = send("GET", path, null, "Authorization", "Bearer " + key);
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "GET " + path + " gave " + response.statusCode() + ": " + response.body());
    }
    return json(response);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
