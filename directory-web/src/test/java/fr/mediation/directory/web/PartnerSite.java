package fr.mediation.directory.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A partner's site on another origin (127.0.0.1 on its own port, while the directory is on
 * localhost): one page per path, each embedding the widget with the script tag partners copy; and,
 * once {@link #embedNationalCartography} is called, a page embedding the national cartography's
 * component on the directory's v0 export.
 */
final class PartnerSite implements AutoCloseable {

  private final HttpServer server;
  private final String directoryBase;
  final String origin;

  PartnerSite(int port, String directoryBase) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the partner site on port " + port, e);
    }
    origin = "http://127.0.0.1:" + port;
    this.directoryBase = directoryBase;
    server.createContext(
        "/",
        exchange -> {
          String query = exchange.getRequestURI().getRawQuery();
          String attributes =
              query == null ? "" : java.net.URLDecoder.decode(query, StandardCharsets.UTF_8);
          byte[] page =
              ("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                      + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                      + "<title>Mairie de Bourg-Partenaire – Se faire aider</title>"
                      + "<style>body{font-family:Georgia,serif;margin:0}header{background:#6a1b9a;"
                      + "color:#fff;padding:.5rem 1rem}main{padding:1rem}</style></head><body>"
                      + "<header><p>Mairie de Bourg-Partenaire</p></header><main>"
                      + "<h1>Se faire aider avec le numérique</h1>"
                      + "<p>Trouvez un lieu d'aide près de chez vous :</p>"
                      + "<mediation-numerique-recherche "
                      + attributes
                      + "></mediation-numerique-recherche></main>"
                      + "<script src=\""
                      + directoryBase
                      + "/widget/recherche.js\" defer></script></body></html>")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
          }
        });
    server.start();
  }

  /**
   * Adds the page {@code /cartographie-nationale/} (returned) that embeds the national
   * cartography's component {@code version} as its documentation tells partners to (its README,
   * "Utiliser seulement la cartographie"): the style and the script from jsDelivr, a {@code <base>}
   * for its router, and the element {@code <fr-mediation-numerique-cartographie>} whose {@code
   * source} is the directory's v0 export.
   */
  String embedNationalCartography(String version) {
    String cdn = "https://cdn.jsdelivr.net/npm/@gouvfr-anct/cartographie-nationale@" + version;
    String path = "/cartographie-nationale/";
    byte[] page =
        ("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<title>Mairie de Bourg-Partenaire – La carte des lieux d'aide</title>"
                + "<base href=\""
                + path
                + "\"><link href=\""
                + cdn
                + "/styles.css\" rel=\"stylesheet\"></head><body class=\"vh-100\">"
                + "<fr-mediation-numerique-cartographie source=\""
                + directoryBase
                + "/api/v1/venues/export?format=v0\"></fr-mediation-numerique-cartographie>"
                + "<script src=\""
                + cdn
                + "/cartographie.js\" type=\"module\"></script></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    server.createContext(
        path,
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
          }
        });
    return origin + path;
  }

  /** The page embedding {@code <mediation-numerique-recherche attributes>}. */
  String page(String attributes) {
    return origin + "/?" + java.net.URLEncoder.encode(attributes, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
