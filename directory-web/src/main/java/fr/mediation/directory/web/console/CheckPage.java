package fr.mediation.directory.web.console;

import fr.mediation.directory.api.source.CheckReport;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;

/**
 * {@code /console/sources/{id}/verification}: the report of the last "Vérifier sans publier" of
 * this session (kept in the session, never stored: nothing changed).
 */
@ApplicationScoped
class CheckPage extends PatternPage {

  CheckPage() {
    super("/sources/([^/]+)/verification");
  }

  @Inject Sources sources;

  @Override
  public void get(ConsoleRequest request) throws IOException {
    Source source = request.pathSource();
    if (source == null) {
      return;
    }
    if (!(request.kept(PublishPage.checkKey(source.getKey())) instanceof CheckReport report)) {
      request.redirect("/sources/" + Paths.segment(source.getKey()));
      return;
    }
    Map<String, Object> page = request.page("Vérification sans publication");
    long active = sources.activeVenues(source.getKey());
    page.put("source", SourceSpacePage.describe(source, active));
    Map<String, Object> view =
        ReportView.of(
            report,
            request.param("motif"),
            active == 0 ? null : (double) report.retired() / active);
    view.put("adresse", "/console/sources/" + Paths.segment(source.getKey()) + "/verification");
    page.put("rapport", view);
    request.render("rapport", page);
  }
}
