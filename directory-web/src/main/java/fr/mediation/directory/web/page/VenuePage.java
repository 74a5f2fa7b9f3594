package fr.mediation.directory.web.page;

import fr.mediation.directory.api.venue.VenueReader;
import fr.mediation.directory.report.ErrorReports;
import fr.mediation.directory.report.InvalidReportException;
import fr.mediation.directory.venue.field.StandardField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /lieux/{id}}: a venue, and its "Signaler une erreur" form. */
@ApplicationScoped
class VenuePage {

  @Inject Templates templates;

  @Inject VenueReader reader;

  @Inject ErrorReports reports;

  /** Past this many days, a venue's page warns that its information may have changed. */
  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "directory.freshness.old-after-days",
      defaultValue = "365")
  int oldAfterDays;

  void show(
      HttpServletRequest request,
      HttpServletResponse response,
      String id,
      Map<String, Object> form,
      Integer status)
      throws IOException {
    ZonedDateTime now = ZonedDateTime.now();
    switch (reader.find(id)) {
      case VenueReader.Found found -> {
        Map<String, Object> venue = Views.detail(found.venue(), now);
        venue.put(
            "ancien",
            Views.oldInformation(
                (java.time.LocalDate) found.venue().get(StandardField.DATE_MAJ),
                now,
                oldAfterDays));
        Map<String, Object> page =
            templates.base(
                request, venue.get("nom") + " – Annuaire de la médiation numérique", now);
        page.put("lieu", venue);
        page.put("pageLieu", true);
        page.put("retour", back(request));
        page.put("signalement", form == null ? Map.of() : form);
        if (status != null) {
          response.setStatus(status);
        }
        templates.render(response, "venue", page);
      }
      case VenueReader.Elsewhere other -> {
        String query = request.getQueryString();
        response.setStatus(other.merged() ? 301 : 302);
        response.setHeader(
            "Location",
            request.getContextPath()
                + "/lieux/"
                + Views.encode(other.id()).replace("+", "%20")
                + (query == null ? "" : "?" + query));
      }
      case VenueReader.Retired retired -> {
        Map<String, Object> page = templates.base(request, "Lieu retiré", now);
        page.put(
            "message",
            "Ce lieu n'est plus publié par aucune source depuis le "
                + Views.LONG_DATE.format(retired.at().atZone(ZoneId.of("Europe/Paris")))
                + ". Cherchez un autre lieu près de chez vous.");
        response.setStatus(410);
        templates.render(response, "not-found", page);
      }
      case VenueReader.Missing missing ->
          templates.notFound(
              request,
              response,
              "Lieu introuvable",
              "Aucun lieu n'a l'identifiant « " + id + " ». Il a peut-être été retiré.");
    }
  }

  /** The results page the person came from, when it is one of ours. */
  private static String back(HttpServletRequest request) {
    String back = request.getParameter("retour");
    if (back == null || back.length() > 2000) {
      return null;
    }
    return back.startsWith("/?") || back.startsWith("/orientation?") ? back : null;
  }

  void report(HttpServletRequest request, HttpServletResponse response, String id)
      throws IOException {
    Map<String, Object> form = new LinkedHashMap<>();
    String website = request.getParameter("website");
    if (website != null && !website.isBlank()) {
      // The hidden field robots fill in: thanked, and dropped.
      form.put("merci", true);
      show(request, response, id, form, null);
      return;
    }
    try {
      reports.report(id, request.getParameter("message"), request.getParameter("contact"));
      form.put("merci", true);
      show(request, response, id, form, null);
    } catch (InvalidReportException e) {
      form.put("erreur", e.messageFr());
      form.put("message", request.getParameter("message"));
      form.put("contact", request.getParameter("contact"));
      form.put("ouvert", true);
      show(request, response, id, form, 400);
    }
  }
}
