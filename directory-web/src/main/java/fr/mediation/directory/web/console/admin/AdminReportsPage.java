package fr.mediation.directory.web.console.admin;

import fr.mediation.directory.report.ErrorReport;
import fr.mediation.directory.report.ErrorReports;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import fr.mediation.directory.web.console.ConsoleRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /console/admin/signalements}: citizens' error reports across sources, newest first. */
@ApplicationScoped
class AdminReportsPage extends AdminPage {

  AdminReportsPage() {
    super("/admin/signalements");
  }

  static final int PAGE = 50;

  @Inject ErrorReports reports;

  @Inject Sources sources;

  @Override
  public void get(ConsoleRequest request) throws IOException {
    String source = request.param("source");
    if (source != null && sources.find(source).isEmpty()) {
      source = null;
    }
    ErrorReport.State state =
        request.param("etat") == null
            ? null
            : ErrorReport.State.byCode(request.param("etat")).orElse(null);
    Long beforeId = request.idParam("avant");
    List<ErrorReport> found = reports.across(source, PAGE, beforeId, state);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ErrorReport r : found) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("source", r.getSourceKey());
      row.put("lieu", r.getVenueName());
      row.put("href", "/lieux/" + r.getVenueId());
      row.put("message", r.getMessage());
      row.put("contact", r.getContact());
      row.put("le", AdminText.when(r.getCreatedAt()));
      row.put("fois", r.getRepeats());
      row.put("etat", r.getState().label());
      rows.add(row);
    }
    List<Map<String, Object>> choices = new ArrayList<>();
    for (Source s : sources.all()) {
      choices.add(
          Map.of("id", s.getKey(), "nom", s.getName(), "choisie", s.getKey().equals(source)));
    }
    List<Map<String, Object>> states = new ArrayList<>();
    for (ErrorReport.State s : ErrorReport.State.values()) {
      states.add(Map.of("code", s.code(), "libelle", s.label(), "choisi", s == state));
    }
    Map<String, Object> page = request.page("Signalements");
    page.put("etats", states);
    page.put("signalements", rows);
    page.put("sources", choices);
    if (found.size() == PAGE) {
      page.put(
          "suivante",
          "/console/admin/signalements?avant="
              + found.get(PAGE - 1).getId()
              + (source == null ? "" : "&source=" + source)
              + (state == null ? "" : "&etat=" + state.code()));
    }
    request.render("admin-signalements", page);
  }
}
