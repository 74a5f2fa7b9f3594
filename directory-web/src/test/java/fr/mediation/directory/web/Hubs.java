package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.json;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/** A push source created for a test, and its pushes: standard CSV rows, or a file of its own. */
record Hubs(String source, String key) {

  private static final String ADMIN = System.getProperty("it.admin.key", "it-admin-key-not-secret");

  /** A new push source of the standard's CSV, named {@code prefix} and a random suffix. */
  static Hubs create(String prefix) {
    String source = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    return new Hubs(
        source, json(expect(define(source, "standard-v1-csv", null), 201)).getString("push_key"));
  }

  /** A new push source whose files are read by {@code mapping} (the mapping format's YAML). */
  static Hubs custom(String prefix, String mapping) {
    String source = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    return new Hubs(
        source, json(expect(define(source, "custom", mapping), 201)).getString("push_key"));
  }

  /** Replaces the source's mapping, as an administrator correcting it would. */
  void remap(String mapping) {
    expect(define(source, "custom", mapping), 200);
  }

  private static HttpResponse<String> define(String source, String format, String mapping) {
    var definition =
        Json.createObjectBuilder()
            .add("name", "Hub " + source)
            .add("publisher", "Hub de test")
            .add("licence", "Licence Ouverte 2.0")
            .add("format", format)
            .add("delivery", "push")
            .add("max_retire_share", 1);
    if (mapping != null) {
      definition.add("mapping", mapping);
    }
    return Api.send(
        "PUT",
        "/api/v1/admin/sources/" + source,
        definition.build().toString().getBytes(StandardCharsets.UTF_8),
        "Authorization",
        "Bearer " + ADMIN,
        "Content-Type",
        "application/json");
  }

  private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new AssertionError(response.statusCode() + ": " + response.body());
    }
    return response;
  }

  /** Pushes {@code file} (CSV) with the source's key, and returns the answer as it is. */
  HttpResponse<String> send(String file) {
    return Api.send(
        "PUT",
        "/api/v1/sources/" + source + "/feed",
        file.getBytes(StandardCharsets.UTF_8),
        "Content-Type",
        "text/csv",
        "Authorization",
        "Bearer " + key);
  }

  /** Pushes {@code header} and {@code rows} (lists of values, quoted here) as the whole feed. */
  void push(String[] header, String[]... rows) {
    StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
    for (String[] row : rows) {
      csv.append(
              String.join(
                  ",", Arrays.stream(row).map(v -> '"' + v.replace("\"", "\"\"") + '"').toList()))
          .append('\n');
    }
    // Searches see the venues once federation and indexing have followed the answer.
    Api.completed(expect(send(csv.toString()), 202));
  }
}
