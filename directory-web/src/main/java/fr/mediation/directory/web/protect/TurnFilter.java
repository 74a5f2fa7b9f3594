package fr.mediation.directory.web.protect;

import fr.mediation.directory.api.DirectoryApi;
import fr.mediation.directory.api.ops.Metrics;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The citizens' reads served a few at a time ({@code directory.serve.at-once}, default twice the
 * processors), the others waiting their turn in arrival order ({@link Turns}) for at most {@code
 * directory.serve.max-wait} (default 5 s), beyond which they are answered 503 with {@code
 * Retry-After}: problem details for the API, the French error page for people. The reads are those
 * that compute an answer from the index or the database in a few milliseconds: the API's searches,
 * clusters, places and venues, and the pages showing them ({@link #takesATurn}). Exports, the
 * change feed, imports, the console and files are never held: they are long, rare or free. Declared
 * in the WAR's web.xml after the rate limits, so that a client over its budget is refused at once
 * rather than after its wait.
 */
public class TurnFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Seconds a client refused for want of a turn is told to wait. */
  static final int RETRY_AFTER_SECONDS = 5;

  /** The API's reads of a venue by its id that are not one: whole lists, fed page after page. */
  private static final Set<String> NOT_A_VENUE = Set.of("export", "changes", "clusters");

  private transient Turns turns;

  @Inject transient Metrics metrics;

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    Config settings = ConfigProvider.getConfig();
    turns =
        new Turns(
            settings
                .getOptionalValue("directory.serve.at-once", Integer.class)
                .orElse(2 * Runtime.getRuntime().availableProcessors()),
            settings
                .getOptionalValue("directory.serve.max-wait", Duration.class)
                .orElse(Duration.ofSeconds(5)));
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!takesATurn(request.getMethod(), path)) {
      chain.doFilter(request, response);
      return;
    }
    long start = System.nanoTime();
    if (!turns.take()) {
      if (metrics != null) {
        metrics.turnRefused();
      }
      Refusal.send(
          request,
          response,
          503,
          RETRY_AFTER_SECONDS,
          "Service momentanément surchargé",
          "Le service reçoit trop de demandes à la fois : réessayez dans quelques secondes.");
      return;
    }
    try {
      if (metrics != null) {
        metrics.turnWaited(Duration.ofNanos(System.nanoTime() - start));
      }
      chain.doFilter(request, response);
    } finally {
      turns.leave();
    }
  }

  /**
   * Whether a request waits for its turn: a GET (or HEAD) of the API's search, clusters, places or
   * one venue, or of the search page, a venue's page or the aidants' page.
   */
  static boolean takesATurn(String method, String path) {
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return false;
    }
    if (path.startsWith(DirectoryApi.ROOT + "/")) {
      String rest = path.substring(DirectoryApi.ROOT.length());
      if (rest.equals("/venues") || rest.equals("/venues/clusters") || rest.equals("/places")) {
        return true;
      }
      if (rest.startsWith("/venues/")) {
        String id = rest.substring("/venues/".length());
        return !id.isEmpty() && id.indexOf('/') < 0 && !NOT_A_VENUE.contains(id);
      }
      return false;
    }
    if (path.isEmpty() || path.equals("/") || path.equals("/orientation")) {
      return true;
    }
    if (path.startsWith("/lieux/")) {
      String id = path.substring("/lieux/".length());
      return !id.isEmpty() && id.indexOf('/') < 0;
    }
    return false;
  }
}
