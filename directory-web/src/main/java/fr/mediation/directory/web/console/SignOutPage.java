package fr.mediation.directory.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;

/** {@code /console/deconnexion}: the header's "Se déconnecter" button (a POST with its token). */
@ApplicationScoped
class SignOutPage extends PatternPage {

  SignOutPage() {
    super("/deconnexion");
  }

  @Inject ConsoleSessions sessions;

  @Override
  public void get(ConsoleRequest request) throws IOException {
    request.redirect("");
  }

  @Override
  public void post(ConsoleRequest request) throws IOException {
    request.audit("déconnexion", null, null);
    sessions.signOut(request.request(), request.response());
    request.response().setStatus(303);
    request
        .response()
        .setHeader("Location", request.request().getContextPath() + "/console/connexion?sortie");
  }
}
