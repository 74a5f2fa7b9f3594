package fr.mediation.directory.web.console;

import fr.mediation.directory.audit.AuditLog;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A request to a console page: who is signed in, the path's groups, and what every page does with
 * it (render a template in the console's layout, redirect after a POST, answer 404, record an audit
 * entry, find a source under the access rule).
 */
public final class ConsoleRequest {

  private final HttpServletRequest request;
  private final HttpServletResponse response;
  private final ConsoleSession session;
  private final Matcher path;
  private final ConsoleTemplates templates;
  private final Sources sources;
  private final AuditLog audit;

  ConsoleRequest(
      HttpServletRequest request,
      HttpServletResponse response,
      ConsoleSession session,
      Matcher path,
      ConsoleTemplates templates,
      Sources sources,
      AuditLog audit) {
    this.request = request;
    this.response = response;
    this.session = session;
    this.path = path;
    this.templates = templates;
    this.sources = sources;
    this.audit = audit;
  }

  public HttpServletRequest request() {
    return request;
  }

  public HttpServletResponse response() {
    return response;
  }

  /** Who is signed in (null only on pages that do not need it: the sign-in page). */
  public ConsoleUser user() {
    return session == null ? null : session.user();
  }

  /** Group {@code n} of the page's path pattern. */
  public String group(int n) {
    return path.group(n);
  }

  /** A form's or the query's parameter, stripped; null when absent or blank. */
  public String param(String name) {
    String v = request.getParameter(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** Parameter {@code name} read as a record's id (1 to 18 digits); null when absent or not one. */
  public Long idParam(String name) {
    String id = param(name);
    return id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
  }

  /**
   * Source {@code id} if the signed-in user may see it (the administrator: any; a hub: its own):
   * empty for another's as for an unknown one, so that a page answers 404 alike and tells nothing
   * of its existence.
   */
  public Optional<Source> source(String id) {
    ConsoleUser user = user();
    if (user == null || id == null || !user.mayRead(id)) {
      return Optional.empty();
    }
    return sources.find(id);
  }

  /**
   * The source the address names in its first group, as {@link #source(String)} finds it; null,
   * once a 404 is answered, when the signed-in user may not see it or it does not exist.
   */
  public Source pathSource() throws IOException {
    Source source = source(group(1)).orElse(null);
    if (source == null) {
      notFound();
    }
    return source;
  }

  /**
   * As {@link #pathSource()}, on an address whose optional second group names one of the source's
   * items: null, once a 404 is answered, also when an item is named and {@code item} is false, or
   * none is named and {@code item} is true.
   */
  public Source pathSource(boolean item) throws IOException {
    Source source = source(group(1)).filter(s -> (group(2) != null) == item).orElse(null);
    if (source == null) {
      notFound();
    }
    return source;
  }

  /** Records a write of the signed-in user in the audit log. */
  public void audit(String action, String target, String detail) {
    audit.record(user().who(), action, target, detail);
  }

  /** A new model for a page titled {@code title}, with what the layout needs. */
  public Map<String, Object> page(String title) {
    return templates.base(this, title);
  }

  /** Keeps {@code value} in the session under {@code name}, for a later request. */
  public void keep(String name, Object value) {
    session.kept().put(name, value);
  }

  /** What was kept under {@code name} in the session, if anything. */
  public Object kept(String name) {
    return session == null ? null : session.kept().get(name);
  }

  /** What was kept under {@code name}, removed from the session (shown once). */
  public Object take(String name) {
    return session == null ? null : session.kept().remove(name);
  }

  /** The session's CSRF token, for forms built outside {@link #page}. */
  public String csrf() {
    return session == null ? null : session.csrf();
  }

  /** Renders {@code template} (under {@code templates/console}) with {@code page}. */
  public void render(String template, Map<String, Object> page) throws IOException {
    templates.render(response, template, page);
  }

  /** 303 to {@code path} under {@code /console} (after a POST: the page shows what it did). */
  public void redirect(String path) {
    response.setStatus(303);
    response.setHeader("Location", request.getContextPath() + "/console" + path);
  }

  /** The console's "Page introuvable" (404), the same for an unknown page and a forbidden one. */
  public void notFound() throws IOException {
    error(
        404,
        "Page introuvable",
        "Cette page n'existe pas, ou vous n'y avez pas accès. Vérifiez l'adresse.");
  }

  /** A French error page with {@code status}. */
  public void error(int status, String title, String message) throws IOException {
    Map<String, Object> page = page(title);
    page.put("message", message);
    response.setStatus(status);
    render("erreur", page);
  }
}
