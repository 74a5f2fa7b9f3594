package fr.mediation.directory.web.console.admin;

import fr.mediation.directory.source.SourceHealth;
import fr.mediation.directory.web.console.ConsoleRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /console/admin/sources}: every source and its health at a glance. */
@ApplicationScoped
class AdminSourcesPage extends AdminPage {

  AdminSourcesPage() {
    super("/admin/sources");
  }

  @Inject SourceHealth health;

  @Override
  public void get(ConsoleRequest request) throws IOException {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SourceHealth.Health h : health.all()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", h.source().getKey());
      row.put("nom", h.source().getName());
      row.put("livraison", h.source().getDelivery().name().toLowerCase(java.util.Locale.ROOT));
      row.put("lieux", h.activeVenues());
      if (h.lastSuccess() != null) {
        row.put("dernierSucces", AdminText.when(h.lastSuccess().at()));
        row.put("age", AdminText.age(h.lastSuccessAge()));
      }
      if (h.lastRun() != null) {
        row.put("dernierStatut", AdminText.status(h.lastRun().status()));
      }
      List<Map<String, Object>> held = new ArrayList<>();
      for (Long run : h.heldRuns()) {
        held.add(
            Map.of(
                "href",
                "/console/admin/sources/" + h.source().getKey() + "/imports/" + run,
                "numero",
                run));
      }
      row.put("suspendus", held);
      row.put("echecs", h.failuresInARow());
      row.put("attention", h.attention());
      row.put("aRegarder", !h.attention().isEmpty());
      rows.add(row);
    }
    Map<String, Object> page = request.page("Sources");
    page.put("sources", rows);
    request.render("admin-sources", page);
  }
}
