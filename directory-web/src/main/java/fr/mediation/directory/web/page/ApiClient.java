package fr.mediation.directory.web.page;

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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pages read the public API over the loopback interface, as the widget and partner sites do:
 * they show exactly what the API answers, and new fields (hours evaluation, filters) reach them
 * without code in between.
 */
final class ApiClient {

  /** An answer of the API: its status and JSON body. */
  record Answer(int status, JsonObject body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          // A venue merged into another (301) or named {source}:{id} (302) shows the venue.
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  private final String base;

  /**
   * @param base e.g. {@code http://127.0.0.1:9080/api/v1}
   */
  ApiClient(String base) {
    this.base = base;
  }

  Answer get(String path, List<Map.Entry<String, String>> query) {
    String qs =
        query.stream()
            .filter(e -> e.getValue() != null && !e.getValue().isBlank())
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path + (qs.isEmpty() ? "" : "?" + qs))).GET());
  }

  Answer postJson(String path, JsonObject body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              request.timeout(Duration.ofSeconds(20)).header("Accept", "application/json").build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      String text = response.body();
      JsonObject json = Json.createObjectBuilder().build();
      if (text != null && text.startsWith("{")) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
          json = reader.readObject();
        }
      }
      return new Answer(response.statusCode(), json);
    } catch (IOException e) {
      throw new UncheckedIOException("The API did not answer: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
