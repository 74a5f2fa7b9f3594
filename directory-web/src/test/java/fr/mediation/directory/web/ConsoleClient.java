package fr.mediation.directory.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like client of the console over HTTP: its cookie, its forms' CSRF token. */
final class ConsoleClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

  private String cookie;
  private String token;
  private String from;

  /** Requests then seem to come from {@code address} (through the trusted local proxy). */
  ConsoleClient from(String address) {
    this.from = address;
    return this;
  }

  /** The session cookie's value now (null before any). */
  String cookie() {
    return cookie;
  }

  /** The CSRF token of the last page read. */
  String token() {
    return token;
  }

  /** Signs in with {@code key}: reads the form, posts it; the answer of the post. */
  HttpResponse<String> signIn(String key) {
    get("/console/connexion");
    return post("/console/connexion", "_csrf", token, "cle", key);
  }

  HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET();
    return send(request, headers);
  }

  /** POSTs a form ({@code fields}: name, value, ...; a null value leaves the field out). */
  HttpResponse<String> post(String path, String... fields) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < fields.length; i += 2) {
      if (fields[i + 1] == null) {
        continue;
      }
      body.append(body.isEmpty() ? "" : "&")
          .append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
    }
    return send(
        HttpRequest.newBuilder(URI.create(Api.BASE + path))
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())),
        "Content-Type",
        "application/x-www-form-urlencoded");
  }

  /** POSTs {@code file} as a multipart form with the token and the button {@code action}. */
  HttpResponse<String> upload(String path, String action, String fileName, byte[] file) {
    String boundary = "----console" + System.nanoTime();
    List<byte[]> parts = new ArrayList<>();
    parts.add(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + token
                + "\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"action\"\r\n\r\n"
                + action
                + "\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    parts.add(file);
    parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create(Api.BASE + path))
            .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)),
        "Content-Type",
        "multipart/form-data; boundary=" + boundary);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
    request.timeout(Duration.ofSeconds(60));
    if (cookie != null) {
      request.header("Cookie", "console=" + cookie);
    }
    if (from != null) {
      request.header("X-Forwarded-For", from);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpRequest built = request.build();
    // Liberty closes a kept-alive connection after a 4xx answer (open-liberty#16521), racing the
    // next request on it: a GET is retried by the client, a POST is not; POSTs get a connection of
    // their own, as a browser would open one.
    HttpClient client =
        "GET".equals(built.method())
            ? HTTP
            : HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    try {
      HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
      for (String set : response.headers().allValues("Set-Cookie")) {
        if (set.startsWith("console=")) {
          String value = set.substring("console=".length(), set.indexOf(';'));
          cookie = value.isEmpty() ? null : value;
        }
      }
      Matcher m = TOKEN.matcher(response.body());
      if (m.find()) {
        token = m.group(1);
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
