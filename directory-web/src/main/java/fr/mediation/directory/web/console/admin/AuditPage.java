package fr.mediation.directory.web.console.admin;

import fr.mediation.directory.audit.AuditEntry;
import fr.mediation.directory.audit.AuditLog;
import fr.mediation.directory.web.console.ConsoleRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /console/admin/journal}: the audit log, who did what and when, newest first. */
@ApplicationScoped
class AuditPage extends AdminPage {

  AuditPage() {
    super("/admin/journal");
  }

  static final int PAGE = 100;

  @Inject AuditLog log;

  @Override
  public void get(ConsoleRequest request) throws IOException {
    Long beforeId = request.idParam("avant");
    List<AuditEntry> entries = log.recent(null, PAGE, beforeId);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (AuditEntry e : entries) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("le", AdminText.when(e.getAt()));
      row.put("qui", AuditLog.ADMIN.equals(e.getActor()) ? "administration" : e.getActor());
      row.put("action", e.getAction());
      row.put("cible", e.getTarget());
      row.put("detail", e.getDetail());
      rows.add(row);
    }
    Map<String, Object> page = request.page("Journal");
    page.put("entrees", rows);
    if (entries.size() == PAGE) {
      page.put("suivante", "/console/admin/journal?avant=" + entries.get(PAGE - 1).getId());
    }
    request.render("admin-journal", page);
  }
}
