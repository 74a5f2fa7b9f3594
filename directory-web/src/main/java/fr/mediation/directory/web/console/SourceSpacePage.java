package fr.mediation.directory.web.console;

import fr.mediation.directory.source.Source;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code /console/sources/{id}}: a hub's space (its own source only; another's answers 404). */
@ApplicationScoped
class SourceSpacePage implements ConsolePage {

  private static final Pattern PATH = Pattern.compile("/sources/([^/]+)");

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
    Map<String, Object> page = request.page(source.getName());
    page.put("source", Map.of("nom", source.getName(), "id", source.getKey()));
    request.render("source", page);
  }
}
