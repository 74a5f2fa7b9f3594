package fr.mediation.directory.web.console;

import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /console}: a hub goes to its source's space; the administrator sees the sources, each
 * linking to its space (the administrator's own pages are listed in the navigation).
 */
@ApplicationScoped
class HomePage extends PatternPage {

  HomePage() {
    super("");
  }

  @Inject Sources sources;

  @Override
  public void get(ConsoleRequest request) throws IOException {
    ConsoleUser user = request.user();
    if (!user.admin()) {
      request.redirect("/sources/" + Paths.segment(user.sourceKey()));
      return;
    }
    Map<String, Object> page = request.page("Console de l'annuaire");
    List<Map<String, Object>> list =
        sources.all().stream()
            .map(
                (Source s) -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("nom", s.getName());
                  m.put("id", s.getKey());
                  m.put("href", "/console/sources/" + Paths.segment(s.getKey()));
                  return m;
                })
            .toList();
    page.put("sources", list);
    request.render("accueil", page);
  }
}
