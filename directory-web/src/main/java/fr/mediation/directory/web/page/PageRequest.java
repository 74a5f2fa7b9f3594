package fr.mediation.directory.web.page;

import fr.mediation.directory.api.venue.VenueQueries;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A page's query parameters: its own, and the API's filters, which pass through unchanged. */
final class PageRequest {

  private final HttpServletRequest request;

  PageRequest(HttpServletRequest request) {
    this.request = request;
  }

  HttpServletRequest request() {
    return request;
  }

  /** A parameter, stripped; {@code null} when absent or blank. */
  String param(String name) {
    String v = request.getParameter(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** A whole number within bounds; {@code absent} when missing or not a number. */
  int integer(String name, int absent, int min, int max) {
    String raw = param(name);
    if (raw == null || !raw.matches("\\d{1,4}")) {
      return absent;
    }
    return Math.max(min, Math.min(max, Integer.parseInt(raw)));
  }

  /** The API's filters among the parameters (blank values left out). */
  Map<String, List<String>> filters() {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String name : VenueQueries.filterNames()) {
      String[] values = request.getParameterValues(name);
      if (values == null) {
        continue;
      }
      List<String> kept = new ArrayList<>();
      for (String v : values) {
        if (v != null && !v.isBlank()) {
          kept.add(v.strip());
        }
      }
      if (!kept.isEmpty()) {
        filters.put(name, kept);
      }
    }
    return filters;
  }

  /** Whether filter {@code name} has the value {@code value}. */
  static boolean has(Map<String, List<String>> filters, String name, String value) {
    return filters.getOrDefault(name, List.of()).contains(value);
  }

  /** The path with the current query string, {@code changes} applied (null values removed). */
  String with(String path, Map<String, String> changes) {
    StringBuilder b = new StringBuilder();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (changes.containsKey(name) || name.equals("retour")) {
                return;
              }
              for (String v : values) {
                append(b, name, v);
              }
            });
    changes.forEach(
        (name, value) -> {
          if (value != null) {
            append(b, name, value);
          }
        });
    return b.isEmpty() ? path : path + "?" + b;
  }

  /** This page's address: its path and query string. */
  String self() {
    String query = request.getQueryString();
    return request.getServletPath()
        + (request.getPathInfo() == null ? "" : request.getPathInfo())
        + (query == null ? "" : "?" + query);
  }

  private static void append(StringBuilder b, String name, String value) {
    b.append(b.isEmpty() ? "" : "&")
        .append(Views.encode(name))
        .append('=')
        .append(Views.encode(value));
  }
}
