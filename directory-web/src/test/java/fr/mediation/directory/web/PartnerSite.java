package fr.mediation.directory.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A partner's site on another origin (127.0.0.1 on its own port, while the directory is on
 * localhost): one page per path, each embedding the widget with the script tag partners copy.
 */
final class PartnerSite implements AutoCloseable {

  private final HttpServer server;
  final String origin;

  PartnerSite(int port, String directoryBase) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the partner site on port " + port, e);
    }
    origin = "http://127.0.0.1:" + port;
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

  /** The page embedding {@code <mediation-numerique-recherche attributes>}. */
  String page(String attributes) {
    return origin + "/?" + java.net.URLEncoder.encode(attributes, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
