package fr.mediation.directory.web.console.admin;

import fr.mediation.directory.feed.ImportBusyException;
import fr.mediation.directory.feed.ImportReport;
import fr.mediation.directory.feed.pull.PullService;
import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import fr.mediation.directory.web.console.ConsoleRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * The administrator's two actions on a source, from its form's page, as the admin API's {@code POST
 * /admin/sources/{id}/push-key} and {@code /pull} do them: {@code POST
 * /console/admin/sources/{id}/nouvelle-cle} gives it a new push key (shown once, the previous one
 * stops working at once), {@code POST .../recuperer} pulls its file now and shows the run's report.
 */
@ApplicationScoped
class SourceActionsPage extends AdminPage {

  SourceActionsPage() {
    super("/admin/sources/([^/]+)/(nouvelle-cle|recuperer)");
  }

  @Inject Sources sources;

  @Inject PullService pulls;

  @Override
  public void get(ConsoleRequest request) throws IOException {
    Source source = request.pathSource();
    if (source == null) {
      return;
    }
    request.redirect(form(source));
  }

  @Override
  public void post(ConsoleRequest request) throws IOException {
    Source source = request.pathSource();
    if (source == null) {
      return;
    }
    String target = "source " + source.getKey();
    if ("nouvelle-cle".equals(request.group(2))) {
      String key = sources.newPushKey(source.getKey());
      request.audit("nouvelle clé d'envoi", target, "l'ancienne clé ne fonctionne plus");
      request.keep("cle", key);
      request.keep("resultat", "Nouvelle clé donnée : l'ancienne ne fonctionne plus.");
      request.redirect(form(source));
      return;
    }
    if (source.getDelivery() != Source.Delivery.PULL || source.getUrl() == null) {
      request.keep(
          "resultat", "Cette source n'est pas récupérée à une adresse : rien n'a été fait.");
      request.redirect(form(source));
      return;
    }
    try {
      ImportReport report = pulls.pull(source.getKey(), ImportRun.Trigger.ADMIN);
      request.audit(
          "récupération du fichier",
          target + ", import " + report.runId(),
          AdminText.status(report.status()));
      request.redirect("/sources/" + source.getKey() + "/imports/" + report.runId());
    } catch (ImportBusyException e) {
      request.keep(
          "resultat",
          "Un import de cette source est déjà en cours : réessayez quand il sera terminé. Rien"
              + " n'a été fait.");
      request.redirect(form(source));
    }
  }

  private static String form(Source source) {
    return "/admin/sources/" + source.getKey() + "/modifier";
  }
}
