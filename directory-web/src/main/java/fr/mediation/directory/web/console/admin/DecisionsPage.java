package fr.mediation.directory.web.console.admin;

import fr.mediation.directory.federation.Federation;
import fr.mediation.directory.federation.MergeDecision;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.Venues;
import fr.mediation.directory.web.console.ConsoleRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /console/admin/decisions}: people's merge decisions, newest first, each revocable. */
@ApplicationScoped
class DecisionsPage extends AdminPage {

  DecisionsPage() {
    super("/admin/decisions");
  }

  @Inject Federation federation;

  @Inject Venues venues;

  @Override
  public void get(ConsoleRequest request) throws IOException {
    List<Map<String, Object>> rows = new ArrayList<>();
    List<MergeDecision> all = new ArrayList<>(federation.decisions());
    java.util.Collections.reverse(all);
    for (MergeDecision d : all) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", d.getId());
      row.put(
          "decision",
          d.getKind() == MergeDecision.Kind.SAME_VENUE ? "même lieu" : "lieux distincts");
      row.put("a", label(d.getListingA()));
      row.put("b", label(d.getListingB()));
      row.put("note", d.getNote());
      row.put("le", AdminText.when(d.getCreatedAt()));
      rows.add(row);
    }
    Map<String, Object> page = request.page("Décisions de fusion");
    page.put("decisions", rows);
    page.put("resultat", request.take("resultat"));
    request.render("admin-decisions", page);
  }

  @Override
  public void post(ConsoleRequest request) throws IOException {
    Long id = request.idParam("decision");
    Optional<MergeDecision> withdrawn = id != null ? federation.withdraw(id) : Optional.empty();
    if (withdrawn.isEmpty()) {
      request.keep("resultat", "Cette décision n'existe plus.");
    } else {
      MergeDecision d = withdrawn.get();
      request.audit(
          "décision de fusion retirée",
          "décision " + d.getId(),
          label(d.getListingA()) + " / " + label(d.getListingB()));
      request.keep(
          "resultat", "Décision retirée : le détecteur décide de nouveau pour ces deux lieux.");
    }
    request.redirect("/admin/decisions");
  }

  private String label(String listingId) {
    return venues
        .find(listingId)
        .map((Venue v) -> v.getNom() + " (" + v.getSourceKey() + ":" + v.getLocalId() + ")")
        .orElse(listingId);
  }
}
