package fr.mediation.directory.web.page;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pages' Mustache templates (every value HTML-escaped; no template says otherwise), what every
 * page carries (title, map tiles, the directory's address and the date for printed sheets), and the
 * security headers of an HTML answer.
 */
@ApplicationScoped
public class Templates {

  static final String OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
  static final String OSM_ATTRIBUTION =
      "© les contributeurs d'<a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>";

  @Inject
  @ConfigProperty(name = "directory.tile.url", defaultValue = OSM_TILES)
  String tileUrl;

  private final MustacheFactory templates = new DefaultMustacheFactory("templates");

  /** What every page needs: its title, the map tiles, and what a printed page says of itself. */
  Map<String, Object> base(HttpServletRequest request, String title, ZonedDateTime now) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("titre", title);
    page.put("tuiles", tileUrl == null || tileUrl.isBlank() ? OSM_TILES : tileUrl);
    page.put("attribution", OSM_ATTRIBUTION);
    page.put("adresseAnnuaire", siteAddress(request));
    page.put("dateImpression", Views.LONG_DATE.format(now));
    return page;
  }

  /** The directory's own address, as people reach it ("https://lieux.example.fr/"). */
  static String siteAddress(HttpServletRequest request) {
    String url = request.getRequestURL().toString();
    String path = request.getRequestURI();
    String root = url.endsWith(path) ? url.substring(0, url.length() - path.length()) : url;
    return root + request.getContextPath() + "/";
  }

  void render(HttpServletResponse response, String template, Map<String, Object> page)
      throws IOException {
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Content-Language", "fr");
    securityHeaders(response);
    Mustache mustache = templates.compile(template + ".mustache");
    try (PrintWriter out = response.getWriter()) {
      mustache.execute(out, page);
    }
  }

  /** A French "page introuvable" (or "lieu introuvable") answer. */
  void notFound(
      HttpServletRequest request, HttpServletResponse response, String title, String message)
      throws IOException {
    Map<String, Object> page = base(request, title, ZonedDateTime.now());
    page.put("message", message);
    response.setStatus(404);
    render(response, "not-found", page);
  }

  /**
   * Scripts and styles from the directory only; no framing by other sites (the partner widget is a
   * script, not a frame); addresses of the pages (which name places) not sent to other sites.
   */
  public static void securityHeaders(HttpServletResponse response) {
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data: https: http:; script-src 'self';"
            + " style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Content-Type-Options", "nosniff");
  }
}
