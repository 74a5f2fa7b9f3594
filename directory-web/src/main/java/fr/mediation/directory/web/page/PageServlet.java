package fr.mediation.directory.web.page;

import fr.mediation.directory.api.ops.Metrics;
import fr.mediation.directory.database.QueryTimeouts;
import fr.mediation.directory.web.protect.RateLimitFilter;
import jakarta.inject.Inject;
import jakarta.persistence.QueryTimeoutException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hibernate.search.util.common.SearchTimeoutException;

/**
 * The citizens' pages, in French, complete without JavaScript: {@code /} (search), {@code
 * /lieux/{id}} (a venue, and its "Signaler une erreur" form), {@code /orientation} (the aidants'
 * mode and its printable sheet), and {@code /erreur}, the French page of the server's errors (an
 * unknown address). Each page calls the application services the API uses, in-process.
 */
@WebServlet(urlPatterns = {"", "/lieux/*", "/orientation", "/erreur"})
public class PageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient SearchPage search;

  @Inject transient VenuePage venue;

  @Inject transient OrientationPage orientation;

  @Inject transient Templates templates;

  @Inject transient Metrics metrics;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      show(request, response);
    } catch (SearchTimeoutException e) {
      timedOut(response, "search");
    } catch (QueryTimeoutException e) {
      timedOut(response, "sql");
    }
  }

  /**
   * A query over its time limit ({@link QueryTimeouts}): 503 with {@code Retry-After}, and the
   * French error page.
   */
  private void timedOut(HttpServletResponse response, String kind) throws IOException {
    metrics.queryTimedOut(kind);
    response.setHeader("Retry-After", String.valueOf(QueryTimeouts.RETRY_AFTER_SECONDS));
    response.sendError(503);
  }

  private void show(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getServletPath();
    String info = request.getPathInfo();
    if ("/erreur".equals(path)) {
      error(request, response);
    } else if ("/orientation".equals(path)) {
      orientation.show(request, response);
    } else if ("/lieux".equals(path) && info != null && info.matches("/[^/]+")) {
      venue.show(request, response, info.substring(1), null, null);
    } else if ((path.isEmpty() || "/".equals(path)) && (info == null || "/".equals(info))) {
      search.show(request, response);
    } else {
      templates.notFound(request, response, "Page introuvable", "Cette page n'existe pas.");
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String info = request.getPathInfo();
    if ("/lieux".equals(request.getServletPath())
        && info != null
        && info.matches("/[^/]+/signaler")) {
      venue.report(request, response, info.substring(1, info.length() - "/signaler".length()));
    } else if ("/erreur".equals(request.getServletPath())) {
      error(request, response);
    } else {
      response.setHeader("Allow", "GET");
      response.sendError(405);
    }
  }

  /** The server's error pages (web.xml): an unknown address, a method not allowed, a failure. */
  private void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 404;
    switch (status) {
      case 404 ->
          templates.notFound(
              request,
              response,
              "Page introuvable",
              "Cette page n'existe pas. Vérifiez l'adresse, ou cherchez un lieu depuis l'accueil.");
      case 429 -> {
        var page = templates.base(request, "Trop de demandes", java.time.ZonedDateTime.now());
        Object wait = request.getAttribute(RateLimitFilter.RETRY_AFTER);
        page.put(
            "message",
            "Trop de demandes sont venues de votre connexion en peu de temps. Réessayez dans "
                + (wait instanceof Long seconds && seconds > 60
                    ? (seconds + 59) / 60 + " minutes."
                    : "une minute."));
        response.setStatus(429);
        templates.render(response, "not-found", page);
      }
      case 405 -> {
        var page = templates.base(request, "Action impossible", java.time.ZonedDateTime.now());
        page.put("message", "Cette adresse ne permet pas cette action.");
        response.setStatus(405);
        templates.render(response, "not-found", page);
      }
      case 503 -> {
        var page = templates.base(request, "Service surchargé", java.time.ZonedDateTime.now());
        page.put(
            "message",
            "Le service est très sollicité et n'a pas pu répondre à temps. Réessayez dans quelques"
                + " secondes.");
        response.setStatus(503);
        templates.render(response, "not-found", page);
      }
      default -> {
        var page =
            templates.base(request, "Le service a un problème", java.time.ZonedDateTime.now());
        page.put(
            "message",
            "Le service ne répond pas correctement pour le moment. Réessayez dans quelques"
                + " minutes.");
        response.setStatus(status >= 400 ? status : 500);
        templates.render(response, "not-found", page);
      }
    }
  }
}
