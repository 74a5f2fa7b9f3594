package fr.mediation.directory.web.console;

import fr.mediation.directory.api.source.RunSummary;
import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /console/sources/{id}}: a hub's space: the upload form ("Publier", "Vérifier sans
 * publier"), the run history with dates and counts, and how the file is fetched (pull URL,
 * schedule, last pull and its result).
 */
@ApplicationScoped
class SourceSpacePage extends PatternPage {

  SourceSpacePage() {
    super("/sources/([^/]+)");
  }

  /** Runs shown in the history. */
  static final int HISTORY = 30;

  @Inject Sources sources;

  @Override
  public void get(ConsoleRequest request) throws IOException {
    Source source = request.pathSource();
    if (source == null) {
      return;
    }
    Map<String, Object> page = request.page(source.getName());
    page.put("source", describe(source, sources.activeVenues(source.getKey())));
    List<ImportRun> runs = sources.runs(source.getKey(), HISTORY);
    page.put("imports", runs.stream().map(r -> row(source, RunSummary.of(r))).toList());
    page.put("aImports", !runs.isEmpty());
    page.put("recuperation", pull(source, runs));
    // Kept until the next upload, not taken: the upload's script reads the answer before showing
    // it.
    page.put("erreur", request.kept(PublishPage.errorKey(source.getKey())));
    request.render("source", page);
  }

  static Map<String, Object> describe(Source source, long venues) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nom", source.getName());
    m.put("id", source.getKey());
    m.put("lieux", venues);
    m.put("base", "/console/sources/" + Paths.segment(source.getKey()));
    return m;
  }

  private static Map<String, Object> row(Source source, RunSummary run) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("href", "/console/sources/" + Paths.segment(source.getKey()) + "/imports/" + run.id());
    m.put("numero", run.id());
    m.put("date", ReportView.date(run.startedAt()));
    m.put("declencheur", ReportView.trigger(run.trigger()));
    m.put("statut", ReportView.status(run.status()));
    m.put("lues", run.read());
    m.put("acceptees", run.accepted());
    m.put("refusees", run.rejected());
    m.put("avertissements", run.warned());
    m.put("retirees", run.retired());
    m.put("suspendu", "held".equals(run.status()));
    return m;
  }

  /** How the file arrives: pulled (URL, schedule, last pull and its result) or sent. */
  private static Map<String, Object> pull(Source source, List<ImportRun> runs) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (source.getDelivery() != Source.Delivery.PULL) {
      m.put(
          "envoi",
          source.getDelivery() == Source.Delivery.BUNDLED
              ? "Les données de cette source sont livrées avec l'annuaire."
              : "Cette source envoie ses fichiers elle-même (ici ou par l'API) : l'annuaire ne"
                  + " les récupère pas.");
      return m;
    }
    m.put("url", source.getUrl());
    Integer every = source.getPullEveryMinutes();
    m.put(
        "frequence",
        every == null
            ? "non planifiée"
            : every % 1440 == 0
                ? "toutes les " + (every == 1440 ? "24 heures" : every / 1440 + " jours")
                : every % 60 == 0
                    ? "toutes les " + (every == 60 ? "heures" : every / 60 + " heures")
                    : "toutes les " + every + " minutes");
    runs.stream()
        .filter(r -> r.getTrigger() == ImportRun.Trigger.PULL)
        .findFirst()
        .ifPresentOrElse(
            r -> {
              m.put("derniere", ReportView.date(r.getStartedAt()));
              m.put("resultat", ReportView.status(r.getStatus().name().toLowerCase()));
              m.put("message", r.getMessageFr());
              m.put(
                  "href",
                  "/console/sources/" + Paths.segment(source.getKey()) + "/imports/" + r.getId());
            },
            () -> m.put("jamais", true));
    return m;
  }
}
