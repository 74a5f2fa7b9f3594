package fr.mediation.directory.web;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The HTTP tests' short names for the server the build started for them, {@link ItServer#MAIN}:
 * requests, JSON answers, sources, pushes and complete runs.
 */
final class Api {

  static final String BASE = ItServer.MAIN.url();
  static final String ADMIN = ItServer.ADMIN_KEY;

  private Api() {}

  /** GET {@code path} (with its query string), as text. */
  static HttpResponse<String> get(String path) {
    return send("GET", path, null);
  }

  /** {@code method} {@code path} with {@code body} and the given headers (name, value, ...). */
  static HttpResponse<String> send(String method, String path, byte[] body, String... headers) {
    return ItServer.MAIN.send(method, path, body, headers);
  }

  /**
   * {@code method} {@code path} as the administrator, with a JSON {@code body} (none when null).
   */
  static HttpResponse<String> admin(String method, String path, String body) {
    return ItServer.MAIN.admin(method, path, body);
  }

  static JsonObject json(HttpResponse<String> response) {
    return ItServer.json(response);
  }

  /** GET {@code path}, asserting a 200 JSON answer. */
  static JsonObject getJson(String path) {
    return getJson(path, null);
  }

  /** GET {@code path} with {@code key} as bearer (none when null), asserting a 200 JSON answer. */
  static JsonObject getJson(String path, String key) {
    return ItServer.MAIN.getJson(path, key);
  }

  /** The report of a push or a pull once complete: see {@link ItServer#completed}. */
  static JsonObject completed(HttpResponse<String> response) {
    return completed(response, null);
  }

  /** As {@link #completed(HttpResponse)}, read with {@code key}: with its messages and rows. */
  static JsonObject completed(HttpResponse<String> response, String key) {
    return ItServer.MAIN.completed(response, key);
  }

  /** Creates push source {@code id} of the standard's CSV; its push key. */
  static String createSource(String id, double maxRetireShare) {
    return ItServer.MAIN.createSource(id, maxRetireShare);
  }

  /** PUT of {@code file} as {@code source}'s feed, with {@code key} unless null; as answered. */
  static HttpResponse<String> push(String source, String key, byte[] file) {
    return ItServer.MAIN.push(source, key, file);
  }

  /** Pushes {@code file}, asserts it accepted (202), and returns its report once complete. */
  static JsonObject pushComplete(String source, String key, byte[] file) {
    return ItServer.MAIN.pushComplete(source, key, file);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
