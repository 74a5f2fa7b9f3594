package fr.mediation.directory.web.console;

import fr.mediation.directory.api.source.CheckReport;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code /console/sources/{id}/verification}: the report of the last "Vérifier sans publier" of
 * this session (kept in the session, never stored: nothing changed).
 */
@ApplicationScoped
class CheckPage implements ConsolePage {

  private static final Pattern PATH = Pattern.compile("/sources/([^/]+)/verification");

  @Inject Sources sources;

  @Override
  public Pattern path() {
    return PATH;
  }

  @Override
  public void get(ConsoleRequest request) throws IOException {
    Source source = request.source(request.group(1)).orElse(null);
    if (source == null) {
      request.notFound();
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
