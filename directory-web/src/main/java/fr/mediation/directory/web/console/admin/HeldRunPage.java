package fr.mediation.directory.web.console.admin;

import fr.mediation.directory.feed.HeldImports;
import fr.mediation.directory.feed.HeldRunConflictException;
import fr.mediation.directory.feed.ImportBusyException;
import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.web.console.ConsoleRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /console/admin/sources/{id}/imports/{run}}: a held import, what it would retire, and the
 * administrator's two buttons: publish it as it is, or discard it.
 */
@ApplicationScoped
class HeldRunPage extends AdminPage {

  HeldRunPage() {
    super("/admin/sources/([^/]+)/imports/(\\d{1,18})");
  }

  /** Venues listed on the page; the count gives the rest. */
  static final int LISTED = 500;

  @Inject HeldImports held;

  @Override
  public void get(ConsoleRequest request) throws IOException {
    Source source = request.source(request.group(1)).orElse(null);
    HeldImports.Review review =
        source == null
            ? null
            : held.review(source.getKey(), Long.parseLong(request.group(2)), LISTED, 0)
                .orElse(null);
    if (review == null) {
      request.notFound();
      return;
    }
    ImportRun run = review.run();
    Map<String, Object> page =
        request.page("Import n° " + run.getId() + " de « " + source.getName() + " »");
    page.put("source", Map.of("id", source.getKey(), "nom", source.getName()));
    page.put("numero", run.getId());
    page.put("statut", AdminText.status(run.getStatus()));
    page.put("suspendu", run.getStatus() == ImportRun.Status.HELD);
    page.put("recu", AdminText.when(run.getStartedAt()));
    page.put("message", run.getMessageFr());
    page.put("actifs", review.active());
    page.put("retires", review.retiringCount());
    page.put("part", AdminText.percent(review.retiringShare()));
    page.put("crees", review.creating());
    page.put("modifies", review.updating());
    page.put("publiable", review.releasable());
    page.put("refus", review.refusal().orElse(null));
    List<Map<String, Object>> venues = new ArrayList<>();
    for (HeldImports.Retiring r : review.retiring()) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("nom", r.nom());
      v.put("identifiant", r.localId());
      v.put("commune", r.codePostal() + " " + r.commune());
      v.put("href", r.mergedId() == null ? null : "/lieux/" + r.mergedId());
      venues.add(v);
    }
    page.put("lieux", venues);
    page.put("aLieux", !venues.isEmpty());
    page.put("listes", venues.size());
    page.put("tronque", review.retiringCount() > venues.size());
    page.put("resultat", request.take("resultat"));
    page.put("action", "/console/admin/sources/" + source.getKey() + "/imports/" + run.getId());
    request.render("admin-import-suspendu", page);
  }

  @Override
  public void post(ConsoleRequest request) throws IOException {
    Source source = request.pathSource();
    if (source == null) {
      return;
    }
    long runId = Long.parseLong(request.group(2));
    String here = "/admin/sources/" + source.getKey() + "/imports/" + runId;
    String target = "source " + source.getKey() + ", import " + runId;
    String choice = request.param("decision");
    try {
      if ("publier".equals(choice)) {
        ImportRun run = held.release(source.getKey(), runId);
        request.audit(
            "publication d'un import suspendu",
            target,
            run.getRowsRetired() + " lieux retirés, " + run.getRowsCreated() + " créés");
        request.keep("resultat", "L'import n° " + runId + " est publié.");
      } else if ("ecarter".equals(choice)) {
        held.discard(source.getKey(), runId);
        request.audit("import suspendu écarté", target, "rien n'a été modifié");
        request.keep("resultat", "L'import n° " + runId + " est écarté ; rien n'a été modifié.");
      } else {
        request.error(400, "Action inconnue", "Choisissez « Publier » ou « Écarter ».");
        return;
      }
    } catch (java.util.NoSuchElementException e) {
      request.notFound();
      return;
    } catch (HeldRunConflictException e) {
      request.keep("resultat", e.messageFr());
    } catch (ImportBusyException e) {
      request.keep(
          "resultat",
          "Un import de la source est en cours : réessayez quand il sera terminé. Rien n'a été"
              + " modifié.");
    }
    request.redirect(here);
  }
}
