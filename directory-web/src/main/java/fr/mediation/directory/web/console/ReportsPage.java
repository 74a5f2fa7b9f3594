package fr.mediation.directory.web.console;

import fr.mediation.directory.report.ErrorReport;
import fr.mediation.directory.report.ErrorReports;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /console/sources/{id}/signalements}: what citizens reported about the source's venues,
 * newest first (only one state's with {@code ?etat=}), each with its state (nouveau, en cours,
 * corrigé, rejeté) that the source sets ({@code POST .../signalements/{report}}).
 */
@ApplicationScoped
class ReportsPage extends PatternPage {

  ReportsPage() {
    super("/sources/([^/]+)/signalements(?:/(\\d{1,18}))?");
  }

  /** Reports shown at most on the page. */
  static final int SHOWN = 200;

  @Inject ErrorReports reports;

  @Inject Sources sources;

  @Override
  public void get(ConsoleRequest request) throws IOException {
    Source source = request.pathSource(false);
    if (source == null) {
      return;
    }
    Optional<ErrorReport.State> filter =
        Optional.ofNullable(request.param("etat")).flatMap(ErrorReport.State::byCode);
    Map<String, Object> page = request.page("Signalements");
    page.put("source", SourceSpacePage.describe(source, sources.activeVenues(source.getKey())));
    List<Map<String, Object>> list = new ArrayList<>();
    for (ErrorReport r : reports.forSource(source.getKey(), SHOWN, null, filter.orElse(null))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.getId());
      m.put("lieu", r.getVenueName());
      m.put("lieuHref", "/lieux/" + Paths.segment(r.getVenueId()));
      m.put("message", r.getMessage());
      m.put("contact", r.getContact());
      m.put("date", ReportView.date(r.getCreatedAt()));
      m.put("repetitions", r.getRepeats() > 1 ? r.getRepeats() : null);
      m.put("etat", r.getState().label());
      m.put("etats", states(r.getState()));
      m.put(
          "action",
          "/console/sources/" + Paths.segment(source.getKey()) + "/signalements/" + r.getId());
      list.add(m);
    }
    page.put("signalements", list);
    page.put("aSignalements", !list.isEmpty());
    page.put("filtres", filters(filter.orElse(null)));
    page.put("adresse", "/console/sources/" + Paths.segment(source.getKey()) + "/signalements");
    page.put("fait", request.take("signalement:" + source.getKey()));
    request.render("signalements", page);
  }

  @Override
  public void post(ConsoleRequest request) throws IOException {
    Source source = request.pathSource(true);
    if (source == null) {
      return;
    }
    Optional<ErrorReport.State> state =
        Optional.ofNullable(request.param("etat")).flatMap(ErrorReport.State::byCode);
    if (state.isEmpty()) {
      request.error(
          400, "État inconnu", "Choisissez l'état : nouveau, en cours, corrigé ou rejeté.");
      return;
    }
    long id = Long.parseLong(request.group(2));
    Optional<ErrorReport> changed = reports.setState(source.getKey(), id, state.get());
    if (changed.isEmpty()) {
      request.notFound();
      return;
    }
    request.audit(
        "état d'un signalement",
        "source " + source.getKey() + ", signalement " + id,
        state.get().label());
    request.keep(
        "signalement:" + source.getKey(),
        "Signalement sur « "
            + changed.get().getVenueName()
            + " » : état « "
            + state.get().label()
            + " » enregistré.");
    String back = request.param("etat-liste");
    request.redirect(
        "/sources/"
            + Paths.segment(source.getKey())
            + "/signalements"
            + (back == null || ErrorReport.State.byCode(back).isEmpty() ? "" : "?etat=" + back));
  }

  private static List<Map<String, Object>> states(ErrorReport.State current) {
    List<Map<String, Object>> states = new ArrayList<>();
    for (ErrorReport.State s : ErrorReport.State.values()) {
      states.add(Map.of("code", s.code(), "libelle", s.label(), "choisi", s == current));
    }
    return states;
  }

  private static List<Map<String, Object>> filters(ErrorReport.State current) {
    List<Map<String, Object>> filters = new ArrayList<>();
    filters.add(Map.of("code", "", "libelle", "Tous", "choisi", current == null));
    for (ErrorReport.State s : ErrorReport.State.values()) {
      filters.add(Map.of("code", s.code(), "libelle", s.label(), "choisi", s == current));
    }
    return filters;
  }
}
