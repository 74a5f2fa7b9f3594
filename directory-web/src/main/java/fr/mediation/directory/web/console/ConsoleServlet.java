package fr.mediation.directory.web.console;

import fr.mediation.directory.audit.AuditLog;
import fr.mediation.directory.source.Sources;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;

/**
 * The console's router: finds the {@link ConsolePage} whose path matches, and checks before it runs
 * that someone is signed in (else the sign-in page), that the page's audience includes them (else
 * 404), and that a POST carries the session's CSRF token (else 403, in French). Forms may be
 * multipart (a file's upload); the file's size is checked by the page against the push's limit.
 */
@WebServlet(urlPatterns = {"/console", "/console/*"})
@MultipartConfig(fileSizeThreshold = 1024 * 1024, maxFileSize = -1L, maxRequestSize = -1L)
public class ConsoleServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The hidden field of every console form that carries the session's token. */
  public static final String CSRF_FIELD = "_csrf";

  @Inject transient Instance<ConsolePage> pages;

  @Inject transient ConsoleSessions sessions;

  @Inject transient ConsoleTemplates templates;

  @Inject transient Sources sources;

  @Inject transient AuditLog audit;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    handle(request, response, false);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    handle(request, response, true);
  }

  private void handle(HttpServletRequest request, HttpServletResponse response, boolean post)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    ConsoleSession session = sessions.current(request).orElse(null);
    ConsolePage page = null;
    Matcher matcher = null;
    for (ConsolePage candidate : pages) {
      Matcher m = candidate.path().matcher(path);
      if (m.matches()) {
        page = candidate;
        matcher = m;
        break;
      }
    }
    if (page == null) {
      request(request, response, session, null).notFound();
      return;
    }
    if (post) {
      String token;
      try {
        token = request.getParameter(CSRF_FIELD);
      } catch (IllegalStateException e) {
        token = null; // a multipart body the server refused to read
      }
      if (!ConsoleSessions.validToken(session, token)) {
        request(request, response, session, matcher)
            .error(
                403,
                "Action refusée",
                "Ce formulaire a expiré ou ne vient pas de la console : rien n'a été modifié."
                    + " Rechargez la page et recommencez.");
        return;
      }
    }
    if (page.signedIn() && (session == null || session.user() == null)) {
      response.setStatus(303);
      response.setHeader("Location", request.getContextPath() + "/console/connexion");
      return;
    }
    if (page.adminOnly() && !session.user().admin()) {
      request(request, response, session, matcher).notFound();
      return;
    }
    ConsoleRequest console = request(request, response, session, matcher);
    if (post) {
      page.post(console);
    } else {
      page.get(console);
    }
  }

  private ConsoleRequest request(
      HttpServletRequest request,
      HttpServletResponse response,
      ConsoleSession session,
      Matcher matcher) {
    return new ConsoleRequest(request, response, session, matcher, templates, sources, audit);
  }
}
