package fr.mediation.directory.web.page;

import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.api.venue.VenueReader;
import fr.mediation.directory.api.venue.VenueSummary;
import fr.mediation.directory.venue.field.Service;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /orientation}: the aidants' mode. Three questions (the need, where, when), then a sheet of
 * the three nearest matching venues to print or send. A printed sheet says when it was printed and
 * where to find the directory, never "open now".
 */
@ApplicationScoped
class OrientationPage {

  private static final int ON_SHEET = 3;

  /** When the person can go: the answer's code, its wording, and the API filter it sets. */
  private enum When {
    ANY("", "Peu importe", null),
    NOW("maintenant", "Ouvert maintenant", "ouvert_maintenant"),
    SATURDAY("samedi", "Ouvert le samedi", "ouvert_samedi");

    final String code;
    final String text;
    final String filter;

    When(String code, String text, String filter) {
      this.code = code;
      this.text = text;
      this.filter = filter;
    }

    static When of(String code) {
      return Arrays.stream(values()).filter(w -> w.code.equals(code)).findFirst().orElse(ANY);
    }
  }

  @Inject Templates templates;

  @Inject Results results;

  @Inject VenueReader reader;

  void show(HttpServletRequest request, HttpServletResponse response) throws IOException {
    PageRequest in = new PageRequest(request);
    ZonedDateTime now = ZonedDateTime.now();
    Map<String, Object> page =
        templates.base(request, "Orienter une personne – Annuaire de la médiation numérique", now);
    page.put("pageOrientation", true);
    String asked = in.param("besoin");
    Optional<Service> need =
        Arrays.stream(Service.values()).filter(s -> s.code().equals(asked)).findFirst();
    if (asked != null && need.isEmpty()) {
      page.put("erreur", "Besoin inconnu : choisissez-en un dans la liste.");
    }
    String where = in.param("ou");
    When when = When.of(in.param("quand"));
    page.put("besoins", needs(need.orElse(null)));
    page.put("ou", where);
    List<Map<String, Object>> whens = new ArrayList<>();
    for (When w : When.values()) {
      whens.add(
          Map.of(
              "code",
              w.code,
              "texte",
              w.text,
              "choisi",
              w == when,
              "idx",
              w.code.isEmpty() ? "peu-importe" : w.code));
    }
    page.put("quands", whens);
    if (need.isEmpty() || where == null && in.param("insee") == null) {
      page.put("etape", true);
      page.put(
          "titreEtape", need.isEmpty() ? "Étape 1 sur 3 : le besoin" : "Étape 2 sur 3 : le lieu");
      templates.render(response, "orientation", page);
      return;
    }
    Where place =
        Where.of(where, in.param("insee"), null, null, changes -> in.with("/orientation", changes));
    switch (place) {
      case Where.Unreadable unreadable -> page.put("erreur", unreadable.message());
      case Where.Choose choose -> {
        page.put("choixLieux", choose.choices());
        page.put("aChoix", true);
        page.put("choixExact", choose.exact());
      }
      case Where.Point point -> sheet(in, page, point, need.get(), when, now);
    }
    templates.render(response, "orientation", page);
  }

  private void sheet(
      PageRequest in,
      Map<String, Object> page,
      Where.Point point,
      Service need,
      When when,
      ZonedDateTime now) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    filters.put("services", List.of(need.code()));
    if (when.filter != null) {
      filters.put(when.filter, List.of("true"));
    }
    Results.Found found;
    try {
      found = results.around(point, filters, Results.DEFAULT_RADIUS, ON_SHEET, now);
    } catch (InvalidParameterException e) {
      page.put("erreur", e.messageFr());
      return;
    }
    page.putAll(Results.model(found, now, in.self()));
    page.put("lieu", point.label());
    List<Map<String, Object>> sheet = new ArrayList<>();
    for (VenueSummary summary : found.venues()) {
      if (reader.find(summary.id()) instanceof VenueReader.Found detail) {
        Map<String, Object> v = Views.detail(detail.venue(), now);
        if (summary.distanceKm() != null) {
          v.put("distance", FrenchText.distance(summary.distanceKm()));
        }
        sheet.add(v);
      }
    }
    page.put("fiche", sheet);
    page.put("aucunSurFiche", sheet.isEmpty());
    page.put("besoinTexte", need.label());
    // The sheet is read later, often on paper: "open now" is said of the time it was made.
    page.put(
        "quandTexte", when == When.NOW ? "Ouverts au moment où la fiche a été faite" : when.text);
    String link = Templates.siteAddress(in.request()).replaceAll("/$", "") + in.self();
    page.put("lienPartage", link);
    page.put(
        "mailto",
        "mailto:?subject="
            + Views.encode("Fiche d'orientation").replace("+", "%20")
            + "&body="
            + Views.encode(link).replace("+", "%20"));
    page.put("date", Views.LONG_DATE.format(now));
    page.put("titre", "Fiche d'orientation – " + need.label());
  }

  private static List<Map<String, Object>> needs(Service chosen) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Service s : Service.values()) {
      list.add(
          Map.of(
              "code", s.code(),
              "texte", s.label(),
              "explication", s.explanation(),
              "choisi", s == chosen));
    }
    return list;
  }
}
