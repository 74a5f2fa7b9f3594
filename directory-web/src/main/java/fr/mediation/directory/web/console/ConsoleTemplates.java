package fr.mediation.directory.web.console;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import fr.mediation.directory.web.page.Templates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The console's Mustache templates ({@code templates/console}, every value HTML-escaped) and its
 * layout: who is signed in, the navigation of a hub or of the administrator, the sign-out form and
 * its CSRF token. Answers carry the pages' security headers and are never cached.
 */
@ApplicationScoped
public class ConsoleTemplates {

  private final MustacheFactory templates = new DefaultMustacheFactory("templates/console");

  /** What the layout needs: title, who, navigation (current entry marked), CSRF token. */
  Map<String, Object> base(ConsoleRequest request, String title) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("titre", title);
    page.put("csrf", request.csrf());
    ConsoleUser user = request.user();
    if (user != null) {
      page.put("connecte", true);
      page.put("qui", user.admin() ? "Administration" : "Source « " + user.sourceKey() + " »");
      String here =
          request.request().getRequestURI().substring(request.request().getContextPath().length());
      page.put("navigation", navigation(user, here));
    }
    return page;
  }

  /** The navigation of a hub (its space) or of the administrator. */
  static List<Map<String, Object>> navigation(ConsoleUser user, String here) {
    List<String[]> entries = new ArrayList<>();
    if (user.admin()) {
      entries.add(new String[] {"/console", "Accueil"});
      entries.add(new String[] {"/console/admin/sources", "Sources"});
      entries.add(new String[] {"/console/admin/federation", "Doublons à vérifier"});
      entries.add(new String[] {"/console/admin/decisions", "Décisions"});
      entries.add(new String[] {"/console/admin/lieux-fusionnes", "Lieux fusionnés"});
      entries.add(new String[] {"/console/admin/signalements", "Signalements"});
      entries.add(new String[] {"/console/admin/journal", "Journal"});
    } else {
      String space = "/console/sources/" + user.sourceKey();
      entries.add(new String[] {space, "Publier et rapports"});
      entries.add(new String[] {space + "/lieux", "Mes lieux"});
      entries.add(new String[] {space + "/signalements", "Signalements"});
    }
    List<Map<String, Object>> nav = new ArrayList<>();
    for (String[] e : entries) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("href", e[0]);
      item.put("libelle", e[1]);
      item.put("courant", here.equals(e[0]));
      nav.add(item);
    }
    return nav;
  }

  void render(HttpServletResponse response, String template, Map<String, Object> page)
      throws IOException {
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Content-Language", "fr");
    response.setHeader("Cache-Control", "no-store");
    Templates.securityHeaders(response);
    Mustache mustache = templates.compile(template + ".mustache");
    try (PrintWriter out = response.getWriter()) {
      mustache.execute(out, page);
    }
  }
}
