package fr.mediation.directory.web.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Addresses of console pages built from ids (hub data: encoded). */
final class Paths {

  private Paths() {}

  /** {@code value} as one path segment. */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** {@code value} as a query parameter's value. */
  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
