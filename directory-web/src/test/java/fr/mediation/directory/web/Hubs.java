package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.json;
import static fr.mediation.directory.web.Api.send;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/** A push source created for a test, and its pushes of standard CSV rows. */
record Hubs(String source, String key) {

  private static final String ADMIN = System.getProperty("it.admin.key", "it-admin-key-not-secret");

  /** A new push source named {@code prefix} and a random suffix. */
  static Hubs create(String prefix) {
    String source = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> response =
        send(
            "PUT",
            "/api/v1/admin/sources/" + source,
            ("{\"name\":\"Hub "
                    + source
                    + "\",\"publisher\":\"Hub de test\",\"licence\":\"Licence Ouverte 2.0\","
                    + "\"format\":\"standard-v1-csv\",\"delivery\":\"push\","
                    + "\"max_retire_share\":1}")
                .getBytes(StandardCharsets.UTF_8),
            "Authorization",
            "Bearer " + ADMIN,
            "Content-Type",
            "application/json");
    if (response.statusCode() != 201) {
      throw new AssertionError(response.body());
    }
    return new Hubs(source, json(response).getString("push_key"));
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
    HttpResponse<String> response =
        send(
            "PUT",
            "/api/v1/sources/" + source + "/feed",
            csv.toString().getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "text/csv",
            "Authorization",
            "Bearer " + key);
    if (response.statusCode() != 202) {
      throw new AssertionError(response.body());
    }
    // Searches see the venues once federation and indexing have followed the answer.
    Api.completed(response);
  }
}
