package fr.mediation.directory.web.console;

import fr.mediation.directory.api.source.RejectedRowsCsv;
import fr.mediation.directory.api.source.RunReport;
import fr.mediation.directory.feed.HeldImports;
import fr.mediation.directory.source.ImportIssue;
import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /console/sources/{id}/imports/{run}}: a run's report (figures, held run explained, rows
 * rejected and warned with their French reasons, filtered by {@code ?motif=}), and {@code
 * .../refus.csv}, its rejected rows as the API's download writes them.
 */
@ApplicationScoped
class RunPage extends PatternPage {

  RunPage() {
    super("/sources/([^/]+)/imports/(\\d{1,18})(/refus\\.csv)?");
  }

  @Inject Sources sources;

  @Inject HeldImports held;

  @Override
  public void get(ConsoleRequest request) throws IOException {
    Optional<Source> source = request.source(request.group(1));
    Optional<ImportRun> run =
        source.flatMap(s -> sources.run(s.getKey(), Long.parseLong(request.group(2))));
    if (run.isEmpty()) {
      request.notFound();
      return;
    }
    ImportRun r = run.get();
    if (request.group(3) != null) {
      byte[] csv =
          RejectedRowsCsv.write(sources.issues(r.getId(), ImportIssue.Kind.REJECTED))
              .getBytes(StandardCharsets.UTF_8);
      var response = request.response();
      response.setContentType("text/csv; charset=UTF-8");
      response.setHeader("Cache-Control", "no-store");
      response.setHeader(
          "Content-Disposition",
          "attachment; filename=\"" + r.getSourceKey() + "-import-" + r.getId() + "-refus.csv\"");
      response.setContentLength(csv.length);
      response.getOutputStream().write(csv);
      return;
    }
    RunReport report =
        RunReport.of(
            r,
            sources.issues(r.getId(), ImportIssue.Kind.REJECTED),
            sources.issues(r.getId(), ImportIssue.Kind.WARNING),
            sources.skipped(r.getId()));
    Map<String, Object> page = request.page("Rapport de l'import n° " + r.getId());
    page.put(
        "source", SourceSpacePage.describe(source.get(), sources.activeVenues(r.getSourceKey())));
    Double retiringShare =
        r.getStatus() == ImportRun.Status.HELD
            ? held.review(r.getSourceKey(), r.getId(), 1, 0)
                .filter(review -> review.retiringCount() > 0)
                .map(HeldImports.Review::retiringShare)
                .orElse(null)
            : null;
    Map<String, Object> view = ReportView.of(report, request.param("motif"), retiringShare);
    String base = "/console/sources/" + Paths.segment(r.getSourceKey()) + "/imports/" + r.getId();
    view.put("adresse", base);
    view.put("csv", base + "/refus.csv");
    page.put("rapport", view);
    request.render("rapport", page);
  }
}
