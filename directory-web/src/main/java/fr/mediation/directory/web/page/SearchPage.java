package fr.mediation.directory.web.page;

import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.venue.field.Fee;
import fr.mediation.directory.venue.field.Service;
import fr.mediation.directory.venue.field.SpecificPublic;
import fr.mediation.directory.venue.field.StandardLabel;
import fr.mediation.directory.venue.search.FlagFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /}: search venues near a commune, a postcode or "Autour de moi". The form's filters carry
 * the API's parameter names ({@code services}, {@code frais_a_charge}...), and any filter of the
 * API written in the address works here too.
 */
@ApplicationScoped
class SearchPage {

  private static final int PAGE = 20;

  @Inject Templates templates;

  @Inject Results results;

  void show(HttpServletRequest request, HttpServletResponse response) throws IOException {
    PageRequest in = new PageRequest(request);
    ZonedDateTime now = ZonedDateTime.now();
    Map<String, List<String>> filters = in.filters();
    String written = in.param("ou");
    Map<String, Object> page =
        templates.base(request, "Trouver un lieu de médiation numérique près de chez vous", now);
    page.put("recherche", true);
    page.put("ou", written);
    page.put("gratuit", PageRequest.has(filters, "frais_a_charge", Fee.GRATUIT.code()));
    page.put("ouvert", PageRequest.has(filters, "ouvert_maintenant", "true"));
    page.put("drapeaux", flags(filters));
    page.put("services", choices(Service.values(), filters.get("services")));
    page.put(
        "publics",
        choices(SpecificPublic.values(), filters.get("publics_specifiquement_adresses")));
    page.put("filtresActifs", !filters.isEmpty());
    String insee = in.param("insee");
    if (written != null || insee != null || in.param("lat") != null) {
      page.put("aRecherche", true);
      Where where =
          Where.of(
              written,
              insee,
              in.param("lat"),
              in.param("lon"),
              changes -> in.with("/", withoutPoint(changes)));
      switch (where) {
        case Where.Unreadable unreadable -> page.put("erreur", unreadable.message());
        case Where.Choose choose -> {
          page.put("choixLieux", choose.choices());
          page.put("aChoix", true);
          page.put("choixExact", choose.exact());
        }
        case Where.Point point -> list(in, page, point, filters, now);
      }
    }
    templates.render(response, "search", page);
  }

  private void list(
      PageRequest in,
      Map<String, Object> page,
      Where.Point point,
      Map<String, List<String>> filters,
      ZonedDateTime now) {
    int limit = in.integer("n", PAGE, 1, 100);
    Results.Found found;
    try {
      found =
          results.around(
              point, filters, in.integer("rayon", Results.DEFAULT_RADIUS, 1, 200), limit, now);
    } catch (InvalidParameterException e) {
      page.put("erreur", e.messageFr());
      return;
    }
    page.putAll(Results.model(found, now, in.self()));
    page.put("lieu", point.label());
    page.put("centreLat", Double.toString(point.latitude()));
    page.put("centreLon", Double.toString(point.longitude()));
    if (!found.venues().isEmpty()) {
      page.put("titre", "Lieux près de " + point.label() + " – Annuaire de la médiation numérique");
    }
    if (found.total() > found.venues().size() && limit < 100 && found.radius() != null) {
      page.put("plusUrl", in.with("/", Map.of("n", Integer.toString(Math.min(100, limit + PAGE)))));
    }
  }

  /** Choosing a place replaces "Autour de moi"'s point. */
  private static Map<String, String> withoutPoint(Map<String, String> changes) {
    Map<String, String> all = new HashMap<>(changes);
    all.put("lat", null);
    all.put("lon", null);
    return all;
  }

  /** The checkboxes of the yes/no filters that the form offers ({@link FlagFilter#formLabel()}). */
  static List<Map<String, Object>> flags(Map<String, List<String>> filters) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (FlagFilter flag : FlagFilter.values()) {
      if (flag.formLabel() != null) {
        list.add(
            Map.of(
                "nom",
                flag.key(),
                "texte",
                flag.formLabel(),
                "coche",
                PageRequest.has(filters, flag.key(), "true")));
      }
    }
    return list;
  }

  static List<Map<String, Object>> choices(StandardLabel[] values, List<String> chosen) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (StandardLabel v : values) {
      list.add(
          Map.of(
              "code",
              v.code(),
              "texte",
              v.label(),
              "choisi",
              chosen != null && chosen.contains(v.code())));
    }
    return list;
  }
}
