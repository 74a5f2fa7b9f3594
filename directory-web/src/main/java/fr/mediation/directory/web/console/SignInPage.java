package fr.mediation.directory.web.console;

import fr.mediation.directory.api.access.Access;
import fr.mediation.directory.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;

/**
 * {@code /console/connexion}: a hub signs in with its source's key, the administrator with the
 * administrator's key, checked by the API's own {@link Access}. The key is posted (never in an
 * address), never logged nor shown again; attempts are rate-limited per client by {@link
 * fr.mediation.directory.web.protect.RateLimitFilter}.
 */
@ApplicationScoped
class SignInPage extends PatternPage {

  SignInPage() {
    super("/connexion");
  }

  @Inject ConsoleSessions sessions;

  @Inject Access access;

  @Inject AuditLog audit;

  @Override
  public boolean signedIn() {
    return false;
  }

  @Override
  public void get(ConsoleRequest request) throws IOException {
    if (request.user() != null) {
      request.redirect("");
      return;
    }
    form(request, null, 200);
  }

  @Override
  public void post(ConsoleRequest request) throws IOException {
    var holder = access.holder(request.request().getParameter("cle"));
    if (holder.isEmpty()) {
      form(
          request,
          "Clé inconnue. Vérifiez la clé de votre source (ou la clé d'administration) et"
              + " recommencez.",
          400);
      return;
    }
    ConsoleUser user =
        holder.get().admin()
            ? ConsoleUser.administrator()
            : ConsoleUser.hub(holder.get().sourceKey());
    sessions.signIn(request.request(), request.response(), user);
    request.redirect("");
    audit.record(user.who(), "connexion", null, null);
  }

  private void form(ConsoleRequest request, String error, int status) throws IOException {
    ConsoleSession session = sessions.currentOrNew(request.request(), request.response());
    Map<String, Object> page = request.page("Connexion à la console");
    page.put("csrf", session.csrf());
    page.put("erreur", error);
    request.response().setStatus(status);
    request.render("connexion", page);
  }
}
