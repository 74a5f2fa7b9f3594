package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/** A push source created for a test, and its pushes: standard CSV rows, or a file of its own. */
record Hubs(String source, String key) {

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
    var definition = ItServer.pushSource(source, 1).add("format", format);
    if (mapping != null) {
      definition.add("mapping", mapping);
    }
    return ItServer.MAIN.defineSource(source, definition);
  }

  private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new AssertionError(response.statusCode() + ": " + response.body());
    }
    return response;
  }

  /** Pushes {@code file} (CSV) with the source's key, and returns the answer as it is. */
  HttpResponse<String> send(String file) {
    return Api.push(source, key, file.getBytes(StandardCharsets.UTF_8));
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
