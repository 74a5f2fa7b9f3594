package fr.mediation.directory.web.page;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import fr.mediation.directory.venue.field.Fee;
import fr.mediation.directory.venue.field.Service;
import fr.mediation.directory.venue.field.SpecificPublic;
import fr.mediation.directory.venue.field.StandardLabel;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The citizens' pages, in French, complete without JavaScript: {@code /} (search), {@code
 * /lieux/{id}} (a venue, and its "Signaler une erreur" form), {@code /orientation} (the aidants'
 * mode and its printable sheet), and {@code /communes?q=} (suggestions for the search box and the
 * widget, until {@code /api/v1/places} exists). Templates are Mustache: every value is HTML-escaped
 * unless a template says otherwise, which none does.
 */
@WebServlet(urlPatterns = {"", "/lieux/*", "/orientation", "/communes"})
public class PageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
  static final String OSM_ATTRIBUTION =
      "© les contributeurs d'<a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>";
  static final int DEFAULT_RADIUS = 10;
  private static final int[] WIDER = {25, 50, 100, 200};
  private static final int PAGE = 20;

  @Inject
  @ConfigProperty(name = "directory.tile.url", defaultValue = OSM_TILES)
  String tileUrl;

  private final transient MustacheFactory templates = new DefaultMustacheFactory("templates");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getServletPath();
    String info = request.getPathInfo();
    response.setHeader("X-Content-Type-Options", "nosniff");
    if ("/communes".equals(path)) {
      communes(request, response);
    } else if ("/orientation".equals(path)) {
      orientation(request, response);
    } else if ("/lieux".equals(path) && info != null && info.matches("/[^/]+")) {
      venue(request, response, info.substring(1), null, null);
    } else if (path.isEmpty() || "/".equals(path)) {
      if (info != null && !"/".equals(info)) {
        notFound(request, response);
      } else {
        search(request, response);
      }
    } else {
      notFound(request, response);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String info = request.getPathInfo();
    request.setCharacterEncoding("UTF-8");
    if ("/lieux".equals(request.getServletPath())
        && info != null
        && info.matches("/[^/]+/signaler")) {
      report(request, response, info.substring(1, info.length() - "/signaler".length()));
    } else {
      response.sendError(405);
    }
  }

  // ---- search ---------------------------------------------------------------------------------

  /** A search: where, how far, which filters. */
  record Query(
      String where,
      String lat,
      String lon,
      int radius,
      boolean free,
      boolean openNow,
      String service,
      String publicCode,
      boolean accessible,
      int limit) {

    static Query of(HttpServletRequest r) {
      return new Query(
          param(r, "ou"),
          param(r, "lat"),
          param(r, "lon"),
          clamp(param(r, "rayon"), DEFAULT_RADIUS, 1, 200),
          param(r, "gratuit") != null,
          param(r, "ouvert") != null,
          param(r, "service"),
          param(r, "public"),
          param(r, "accessible") != null,
          clamp(param(r, "n"), PAGE, 1, 100));
    }
  }

  private void search(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Query q = Query.of(request);
    Map<String, Object> page =
        base(request, "Trouver un lieu de médiation numérique près de chez vous");
    page.put("recherche", true);
    page.put("ou", q.where());
    page.put("gratuit", q.free());
    page.put("ouvert", q.openNow());
    page.put("accessible", q.accessible());
    page.put("services", choices(Service.values(), q.service()));
    page.put("publics", choices(SpecificPublic.values(), q.publicCode()));
    if (q.where() != null || q.lat() != null) {
      page.putAll(results(request, q, ZonedDateTime.now()));
      page.put("aRecherche", true);
      if (page.get("lieux") instanceof List<?> l && !l.isEmpty()) {
        page.put(
            "titre", "Lieux près de " + page.get("lieu") + " – Annuaire de la médiation numérique");
      }
    }
    render(response, "search", page);
  }

  /** Runs a search and widens it when nothing is near, saying so. */
  private Map<String, Object> results(HttpServletRequest request, Query q, ZonedDateTime now) {
    Map<String, Object> page = new LinkedHashMap<>();
    double lat;
    double lon;
    String placeName;
    if (q.lat() != null && q.lon() != null && isDecimal(q.lat()) && isDecimal(q.lon())) {
      lat = Double.parseDouble(q.lat());
      lon = Double.parseDouble(q.lon());
      placeName = q.where() != null ? q.where() : "votre position";
    } else {
      List<Places.Place> places = Places.resolve(q.where());
      if (places.isEmpty()) {
        page.put(
            "erreur",
            q.where() == null
                ? "Position incomplète ou illisible. Écrivez le nom d'une commune ou un code"
                    + " postal, par exemple Strasbourg ou 67000."
                : "Nous ne trouvons pas « "
                    + q.where()
                    + " ». Écrivez le nom d'une commune ou un code postal, par exemple"
                    + " Strasbourg ou 67000.");
        return page;
      }
      if (places.size() > 1 && !q.where().matches("\\d{5}")) {
        List<Map<String, String>> choices = new ArrayList<>();
        for (Places.Place p : places) {
          choices.add(
              Map.of(
                  "texte",
                  p.label(),
                  "url",
                  "/?"
                      + keep(
                          request,
                          "ou",
                          p.postcode() == null ? p.insee() : p.name() + " " + p.postcode())));
        }
        page.put("choixLieux", choices);
        page.put("aChoix", true);
        return page;
      }
      Places.Place place = places.getFirst();
      lat = place.latitude();
      lon = place.longitude();
      placeName = place.label();
    }
    page.put("lieu", placeName);
    page.put("centreLat", Double.toString(lat));
    page.put("centreLon", Double.toString(lon));
    ApiClient api = api(request);
    List<JsonObject> found = List.of();
    long total = 0;
    boolean exact = true;
    int radius = q.radius();
    List<Integer> radii = new ArrayList<>(List.of(radius));
    for (int r : WIDER) {
      if (r > radius) {
        radii.add(r);
      }
    }
    Integer used = null;
    for (int r : radii) {
      ApiClient.Answer answer = api.get("/venues", params(q, lat, lon, r));
      if (!answer.ok()) {
        page.put("erreur", problem(answer));
        return page;
      }
      found = items(answer.body());
      total = answer.body().getJsonNumber("total").longValue();
      exact = answer.body().getBoolean("total_exact", true);
      if (!found.isEmpty()) {
        used = r;
        break;
      }
    }
    if (used == null) {
      ApiClient.Answer answer = api.get("/venues", params(q, lat, lon, null));
      found = answer.ok() ? items(answer.body()).stream().limit(5).toList() : List.of();
      total = found.size();
      exact = true;
      if (!found.isEmpty()) {
        page.put(
            "elargi",
            "Aucun lieu à moins de "
                + radii.getLast()
                + " km ne correspond. Voici les lieux les plus proches, plus loin.");
      }
    } else if (used != radius) {
      page.put(
          "elargi",
          "Aucun lieu à moins de "
              + radius
              + " km ne correspond : nous avons élargi la recherche à "
              + used
              + " km.");
    }
    page.put("rayon", used == null ? null : used);
    List<Map<String, Object>> venues = new ArrayList<>();
    for (JsonObject v : found.stream().limit(q.limit()).toList()) {
      venues.add(Views.summary(v, now));
    }
    page.put("lieux", venues);
    page.put("aLieux", !venues.isEmpty());
    page.put("total", total);
    page.put(
        "totalTexte",
        !exact
            ? "Au moins " + String.format(Locale.FRANCE, "%,d", total) + " lieux"
            : total == 1 ? "1 lieu" : String.format(Locale.FRANCE, "%,d", total) + " lieux");
    if (total > venues.size() && q.limit() < 100 && used != null) {
      page.put(
          "plusUrl", "/?" + keep(request, "n", Integer.toString(Math.min(100, q.limit() + PAGE))));
    }
    if (venues.isEmpty()) {
      page.put("aucun", true);
    }
    return page;
  }

  /**
   * The API's parameters for a search: every filter, "open now" included, is the API's (its totals,
   * hours in each venue's time zone and public holidays).
   */
  private static List<Map.Entry<String, String>> params(
      Query q, double lat, double lon, Integer r) {
    List<Map.Entry<String, String>> p = new ArrayList<>();
    p.add(Map.entry("lat", Double.toString(lat)));
    p.add(Map.entry("lon", Double.toString(lon)));
    if (r != null) {
      p.add(Map.entry("radius_km", Integer.toString(r)));
    }
    if (q.service() != null) {
      p.add(Map.entry("services", q.service()));
    }
    if (q.free()) {
      p.add(Map.entry("frais_a_charge", Fee.GRATUIT.code()));
    }
    if (q.openNow()) {
      p.add(Map.entry("ouvert_maintenant", "true"));
    }
    if (q.publicCode() != null) {
      p.add(Map.entry("publics_specifiquement_adresses", q.publicCode()));
    }
    if (q.accessible()) {
      p.add(Map.entry("fiche_acces_libre", "true"));
    }
    p.add(Map.entry("limit", Integer.toString(q.limit())));
    return p;
  }

  private static List<JsonObject> items(JsonObject page) {
    return page.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
  }

  // ---- venue ----------------------------------------------------------------------------------

  private void venue(
      HttpServletRequest request,
      HttpServletResponse response,
      String id,
      Map<String, Object> form,
      Integer status)
      throws IOException {
    ApiClient.Answer answer = api(request).get("/venues/" + ApiClient.encode(id), List.of());
    if (!answer.ok()) {
      Map<String, Object> page = base(request, "Lieu introuvable");
      page.put("message", problem(answer));
      response.setStatus(answer.status() == 410 ? 410 : 404);
      render(response, "not-found", page);
      return;
    }
    Map<String, Object> venue = Views.detail(answer.body(), ZonedDateTime.now());
    Map<String, Object> page =
        base(request, venue.get("nom") + " – Annuaire de la médiation numérique");
    page.put("lieu", venue);
    page.put("pageLieu", true);
    page.put("signalement", form == null ? Map.of() : form);
    if (status != null) {
      response.setStatus(status);
    }
    render(response, "venue", page);
  }

  private void report(HttpServletRequest request, HttpServletResponse response, String id)
      throws IOException {
    var body =
        Json.createObjectBuilder()
            .add("venue_id", id)
            .add("message", nullToEmpty(request.getParameter("message")))
            .add("contact", nullToEmpty(request.getParameter("contact")))
            .add("website", nullToEmpty(request.getParameter("website")))
            .build();
    ApiClient.Answer answer = api(request).postJson("/error-reports", body);
    Map<String, Object> form = new LinkedHashMap<>();
    if (answer.ok()) {
      form.put("merci", true);
      venue(request, response, id, form, null);
      return;
    }
    form.put("erreur", problem(answer));
    form.put("message", request.getParameter("message"));
    form.put("contact", request.getParameter("contact"));
    form.put("ouvert", true);
    venue(request, response, id, form, 400);
  }

  // ---- orientation ----------------------------------------------------------------------------

  private void orientation(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Map<String, Object> page =
        base(request, "Orienter une personne – Annuaire de la médiation numérique");
    page.put("pageOrientation", true);
    String asked = param(request, "besoin");
    String need =
        asked != null && Arrays.stream(Service.values()).anyMatch(s -> s.code().equals(asked))
            ? asked
            : null;
    if (asked != null && need == null) {
      page.put("erreur", "Besoin inconnu : choisissez-en un dans la liste.");
    }
    String where = param(request, "ou");
    String when = param(request, "quand");
    page.put("besoins", choices(Service.values(), need));
    page.put("ou", where);
    List<Map<String, Object>> whens = new ArrayList<>();
    for (String[] w :
        new String[][] {
          {"", "Peu importe"}, {"maintenant", "Ouvert maintenant"}, {"samedi", "Ouvert le samedi"}
        }) {
      whens.add(
          Map.of(
              "code",
              w[0],
              "texte",
              w[1],
              "choisi",
              w[0].equals(when == null ? "" : when),
              "idx",
              w[0].isEmpty() ? "peu-importe" : w[0]));
    }
    page.put("quands", whens);
    if (need == null || where == null) {
      page.put("etape", true);
      page.put(
          "titreEtape", need == null ? "Étape 1 sur 3 : le besoin" : "Étape 2 sur 3 : le lieu");
      render(response, "orientation", page);
      return;
    }
    Query q =
        new Query(
            where,
            null,
            null,
            DEFAULT_RADIUS,
            false,
            "maintenant".equals(when),
            need,
            null,
            false,
            20);
    ZonedDateTime now = ZonedDateTime.now();
    Map<String, Object> results = results(request, q, now);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> found =
        (List<Map<String, Object>>) results.getOrDefault("lieux", List.of());
    List<Map<String, Object>> sheet = new ArrayList<>();
    for (Map<String, Object> summary : found) {
      if (sheet.size() == 3) {
        break;
      }
      ApiClient.Answer detail =
          api(request).get("/venues/" + ApiClient.encode((String) summary.get("id")), List.of());
      if (!detail.ok()) {
        continue;
      }
      if ("samedi".equals(when)
          && Boolean.FALSE.equals(Views.opensOn(detail.body(), DayOfWeek.SATURDAY))) {
        continue;
      }
      Map<String, Object> v = Views.detail(detail.body(), now);
      v.put("distance", summary.get("distance"));
      sheet.add(v);
    }
    page.putAll(results);
    page.put("fiche", sheet);
    page.put("aucunSurFiche", sheet.isEmpty());
    page.put("besoinTexte", Service.valueOf(serviceEnum(need)).label());
    page.put(
        "quandTexte",
        whens.stream()
            .filter(w -> (Boolean) w.get("choisi"))
            .findFirst()
            .map(w -> w.get("texte"))
            .orElse("Peu importe"));
    String link = request.getRequestURL() + "?" + request.getQueryString();
    page.put("lienPartage", link);
    page.put(
        "mailto",
        "mailto:?subject="
            + ApiClient.encode("Fiche d'orientation").replace("+", "%20")
            + "&body="
            + ApiClient.encode(link));
    page.put(
        "date",
        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.FRENCH)
            .format(now));
    page.put("titre", "Fiche d'orientation – " + page.get("besoinTexte"));
    render(response, "orientation", page);
  }

  private static String serviceEnum(String code) {
    for (Service s : Service.values()) {
      if (s.code().equals(code)) {
        return s.name();
      }
    }
    throw new IllegalArgumentException(code);
  }

  // ---- suggestions ----------------------------------------------------------------------------

  /** {@code [{"nom","code_insee","code_postal","latitude","longitude","libelle"}]}, CORS open. */
  private void communes(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Places.Place p : Places.suggest(param(request, "q"), 8)) {
      var o =
          Json.createObjectBuilder()
              .add("nom", p.name())
              .add("code_insee", p.insee())
              .add("latitude", p.latitude())
              .add("longitude", p.longitude())
              .add("libelle", p.label());
      if (p.postcode() != null) {
        o.add("code_postal", p.postcode());
      }
      array.add(o);
    }
    String q = param(request, "q");
    if (q != null && q.matches("(?i)\\d[0-9ab]\\d{3}") && !q.matches("\\d{5}")
        || q != null && q.matches("\\d{5}") && Places.suggest(q, 1).isEmpty()) {
      Places.resolve(q).stream()
          .findFirst()
          .ifPresent(
              p ->
                  array.add(
                      Json.createObjectBuilder()
                          .add("nom", p.name())
                          .add("code_insee", p.insee())
                          .add("latitude", p.latitude())
                          .add("longitude", p.longitude())
                          .add("libelle", p.label())));
    }
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setHeader("Cache-Control", "public, max-age=86400");
    response.getWriter().write(array.build().toString());
  }

  // ---- helpers --------------------------------------------------------------------------------

  private Map<String, Object> base(HttpServletRequest request, String title) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("titre", title);
    page.put("tuiles", tileUrl == null || tileUrl.isBlank() ? OSM_TILES : tileUrl);
    page.put("attribution", OSM_ATTRIBUTION);
    return page;
  }

  private void notFound(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Map<String, Object> page = base(request, "Page introuvable");
    page.put("message", "Cette page n'existe pas.");
    response.setStatus(404);
    render(response, "not-found", page);
  }

  private void render(HttpServletResponse response, String template, Map<String, Object> page)
      throws IOException {
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Content-Language", "fr");
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data: https: http:; script-src 'self';"
            + " style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'");
    Mustache mustache = templates.compile(template + ".mustache");
    try (PrintWriter out = response.getWriter()) {
      mustache.execute(out, page);
    }
  }

  private static ApiClient api(HttpServletRequest request) {
    return new ApiClient(
        "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/api/v1");
  }

  private static String problem(ApiClient.Answer answer) {
    JsonObject body = answer.body();
    if (body.containsKey("errors") && !body.getJsonArray("errors").isEmpty()) {
      JsonObject first = body.getJsonArray("errors").getJsonObject(0);
      if (first.containsKey("message_fr")) {
        return first.getString("message_fr");
      }
    }
    return body.containsKey("detail")
        ? body.getString("detail")
        : "Le service ne répond pas pour le moment. Réessayez dans quelques minutes.";
  }

  private static List<Map<String, Object>> choices(StandardLabel[] values, String chosen) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (StandardLabel v : values) {
      list.add(Map.of("code", v.code(), "texte", v.label(), "choisi", v.code().equals(chosen)));
    }
    return list;
  }

  /** The current query string with {@code name} set to {@code value}. */
  private static String keep(HttpServletRequest request, String name, String value) {
    StringBuilder b = new StringBuilder();
    request
        .getParameterMap()
        .forEach(
            (k, values) -> {
              if (!k.equals(name) && !(name.equals("ou") && (k.equals("lat") || k.equals("lon")))) {
                for (String v : values) {
                  b.append(b.isEmpty() ? "" : "&")
                      .append(ApiClient.encode(k))
                      .append('=')
                      .append(ApiClient.encode(v));
                }
              }
            });
    return b.append(b.isEmpty() ? "" : "&")
        .append(ApiClient.encode(name))
        .append('=')
        .append(ApiClient.encode(value))
        .toString();
  }

  static String param(HttpServletRequest r, String name) {
    String v = r.getParameter(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static int clamp(String raw, int absent, int min, int max) {
    if (raw == null || !raw.matches("\\d{1,4}")) {
      return absent;
    }
    return Math.max(min, Math.min(max, Integer.parseInt(raw)));
  }

  private static boolean isDecimal(String s) {
    return s.matches("[-+]?\\d{1,3}(\\.\\d{1,12})?");
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  static ZoneId paris() {
    return ZoneId.of("Europe/Paris");
  }
}
