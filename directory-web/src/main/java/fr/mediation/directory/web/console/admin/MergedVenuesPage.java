package fr.mediation.directory.web.console.admin;

import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.Venues;
import fr.mediation.directory.web.console.ConsoleRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /console/admin/lieux-fusionnes}: the venues that group the listings of several sources,
 * searchable by name, commune or postcode, each linking to its fields' provenance.
 */
@ApplicationScoped
class MergedVenuesPage extends AdminPage {

  MergedVenuesPage() {
    super("/admin/lieux-fusionnes");
  }

  /** Venues shown at most: a search narrows them. */
  static final int SHOWN = 300;

  @Inject Venues venues;

  @Override
  public void get(ConsoleRequest request) throws IOException {
    String words = request.param("q");
    if (words != null && words.length() > 200) {
      words = words.substring(0, 200);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (MergedVenue m : venues.mergedFromSeveralSources(words, SHOWN)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("nom", m.getNom());
      row.put(
          "commune", (m.getCodePostal() == null ? "" : m.getCodePostal() + " ") + m.getCommune());
      row.put("sources", String.join(", ", m.getSourceKeyList()));
      row.put(
          "href",
          "/console/lieux-fusionnes/"
              + URLEncoder.encode(m.getId(), StandardCharsets.UTF_8).replace("+", "%20"));
      rows.add(row);
    }
    Map<String, Object> page = request.page("Lieux fusionnés");
    page.put("lieux", rows);
    page.put("aLieux", !rows.isEmpty());
    page.put("q", words);
    page.put("tronque", rows.size() == SHOWN);
    request.render("admin-lieux-fusionnes", page);
  }
}
