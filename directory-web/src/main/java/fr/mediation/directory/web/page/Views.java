package fr.mediation.directory.web.page;

import fr.mediation.directory.api.venue.ClosureView;
import fr.mediation.directory.api.venue.SourceListing;
import fr.mediation.directory.api.venue.VenueDetail;
import fr.mediation.directory.api.venue.VenueSummary;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.venue.field.Field;
import fr.mediation.directory.venue.field.Fields;
import fr.mediation.directory.venue.field.Service;
import fr.mediation.directory.venue.field.StandardField;
import fr.mediation.directory.venue.field.StandardLabels;
import fr.mediation.directory.venue.hours.HolidayZone;
import fr.mediation.directory.venue.hours.OpeningSchedule;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What the templates show of the API's typed venues, in plain French: the same records the API
 * answers ({@link VenueSummary}, {@link VenueDetail}), with their open state as the API computes
 * it, and the week read by the one hours evaluator ({@link OpeningSchedule}).
 */
final class Views {

  /** The page's captions of the standard's fields. */
  private static final String MESSAGES = "fr.mediation.directory.web.page.messages";

  static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

  private Views() {}

  /**
   * A venue in a list of results.
   *
   * @param back the results' address, for the venue page's "retour aux résultats" ({@code null} for
   *     none)
   */
  static Map<String, Object> summary(VenueSummary v, ZonedDateTime now, String back) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", v.id());
    m.put("url", "/lieux/" + encode(v.id()) + (back == null ? "" : "?retour=" + encode(back)));
    m.put("nom", v.nom());
    m.put("adresse", address(v.adresse(), v.complementAdresse(), v.codePostal(), v.commune()));
    if (v.distanceKm() != null) {
      m.put("distance", FrenchText.distance(v.distanceKm()));
    }
    if (v.latitude() != null && v.longitude() != null) {
      m.put("lat", v.latitude().toString());
      m.put("lon", v.longitude().toString());
    }
    phone(m, v.telephone());
    m.put("services", String.join(", ", v.services()));
    m.put("frais", String.join(", ", v.fraisACharge()));
    m.put(
        "etat", state(v.horairesCommuniques(), v.ouvertMaintenant(), v.prochainChangement(), now));
    m.put("fermeture", closure(v.fermetures()));
    return m;
  }

  /**
   * "Informations datant du 3 mars 2025 ..." when the venue's update date is more than {@code
   * oldAfterDays} days before {@code now}; {@code null} otherwise.
   */
  static String oldInformation(java.time.LocalDate dateMaj, ZonedDateTime now, int oldAfterDays) {
    if (dateMaj == null || !dateMaj.isBefore(now.toLocalDate().minusDays(oldAfterDays))) {
      return null;
    }
    return "Informations datant du "
        + LONG_DATE.format(dateMaj)
        + " : elles ont pu changer depuis, appelez avant de vous déplacer.";
  }

  /**
   * What a person must know of a venue's temporary closures before going there: "Fermé
   * temporairement jusqu'au 2 janvier 2027 (congés)", exceptional hours, or the next closure
   * announced; {@code null} when none.
   */
  static String closure(List<ClosureView> closures) {
    if (closures == null || closures.isEmpty()) {
      return null;
    }
    ClosureView c =
        closures.stream().filter(ClosureView::enCours).findFirst().orElse(closures.getFirst());
    String text;
    if (c.enCours()) {
      text =
          (c.horaires() == null
                  ? "Fermé temporairement jusqu'au "
                  : "Horaires exceptionnels jusqu'au ")
              + LONG_DATE.format(c.au());
    } else {
      text =
          (c.horaires() == null ? "Fermeture prévue du " : "Horaires exceptionnels du ")
              + LONG_DATE.format(c.du())
              + " au "
              + LONG_DATE.format(c.au());
    }
    if (c.horaires() != null) {
      text += " (" + c.horaires() + ")";
    }
    return c.motif() == null ? text : text + " : " + c.motif();
  }

  /**
   * A venue's open state: unknown when the source's hours could not be read with certainty ({@code
   * hoursAsWritten} given), else whether it is open at {@code now} and until when.
   */
  private static Map<String, Object> state(
      String hoursAsWritten, Boolean open, String nextChange, ZonedDateTime now) {
    return hoursAsWritten != null ? uncertain() : status(open, nextChange, now);
  }

  /** The state of a venue whose hours the directory could not read with certainty. */
  private static Map<String, Object> uncertain() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("texte", "Horaires à confirmer : appelez avant de vous déplacer");
    s.put("inconnu", true);
    return s;
  }

  /** Every field the venue page and the orientation sheet show. */
  static Map<String, Object> detail(VenueDetail v, ZonedDateTime now) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", v.id());
    m.put("url", "/lieux/" + encode(v.id()));
    m.put("nom", v.text(StandardField.NOM));
    m.put(
        "adresse",
        address(
            v.text(StandardField.ADRESSE),
            v.text(StandardField.COMPLEMENT_ADRESSE),
            v.text(StandardField.CODE_POSTAL),
            v.text(StandardField.COMMUNE)));
    if (v.get(StandardField.LATITUDE) instanceof Double latitude
        && v.get(StandardField.LONGITUDE) instanceof Double longitude) {
      m.put("lat", latitude.toString());
      m.put("lon", longitude.toString());
      m.put(
          "itineraire",
          "https://www.openstreetmap.org/directions?route=%3B"
              + latitude
              + "%2C"
              + longitude
              + "#map=16/"
              + latitude
              + "/"
              + longitude);
    }
    phone(m, v.text(StandardField.TELEPHONE));
    m.put(
        "etat", state(v.horairesCommuniques(), v.ouvertMaintenant(), v.prochainChangement(), now));
    m.put("fermeture", closure(v.fermetures()));
    m.put(
        "presentation",
        firstNonBlank(
            v.text(StandardField.PRESENTATION_DETAIL), v.text(StandardField.PRESENTATION_RESUME)));
    m.put("servicesListe", services(v.list(StandardField.SERVICES)));
    m.put("aServices", !v.list(StandardField.SERVICES).isEmpty());
    m.put("frais", String.join(", ", v.list(StandardField.FRAIS_A_CHARGE)));
    m.put("modalitesAcces", String.join(", ", v.list(StandardField.MODALITES_ACCES)));
    m.put("conditions", conditions(v));
    List<Map<String, String>> emails = new ArrayList<>();
    for (String e : v.list(StandardField.COURRIELS)) {
      if (e != null && !e.isBlank()) {
        emails.add(Map.of("adresse", e.strip(), "href", "mailto:" + e.strip()));
      }
    }
    m.put("courriels", emails);
    List<Map<String, String>> sites = new ArrayList<>();
    for (String url : v.list(StandardField.SITE_WEB)) {
      if (safeUrl(url) != null) {
        sites.add(Map.of("url", url, "texte", url.replaceFirst("^https?://(www\\.)?", "")));
      }
    }
    m.put("sites", sites);
    m.put("priseRdv", safeUrl(v.text(StandardField.PRISE_RDV)));
    m.put("ficheAcces", safeUrl(v.text(StandardField.FICHE_ACCES_LIBRE)));
    // Hours read only in part would show the unread days as closed: the hub's words instead.
    m.put("horairesCommuniques", v.horairesCommuniques());
    List<Map<String, Object>> week = v.horairesCommuniques() != null ? List.of() : week(v, now);
    m.put("semaine", week);
    m.put("aSemaine", !week.isEmpty());
    if (v.get(StandardField.DATE_MAJ) instanceof java.time.LocalDate dateMaj) {
      m.put("dateMaj", LONG_DATE.format(dateMaj));
    }
    List<String> sources = new ArrayList<>();
    for (SourceListing listing : v.sources() == null ? List.<SourceListing>of() : v.sources()) {
      if (listing.retiredAt() == null && !sources.contains(listing.source())) {
        sources.add(listing.source());
      }
    }
    m.put(
        "source",
        sources.isEmpty()
            ? firstNonBlank(v.text(StandardField.SOURCE), v.text(StandardField.STRUCTURE_PARENTE))
            : String.join(", ", sources));
    return m;
  }

  /**
   * The fields the page lists under its access conditions, in the standard's order: those with a
   * caption {@code condition.<key>} in this package's messages, each with its values; absent fields
   * left out.
   */
  static List<Map<String, String>> conditions(VenueDetail v) {
    ResourceBundle captions = ResourceBundle.getBundle(MESSAGES, Locale.FRENCH);
    List<Map<String, String>> list = new ArrayList<>();
    for (Field<?> field : Fields.all()) {
      String caption = "condition." + field.key();
      String text = v.text(field.standard());
      List<String> values =
          field.standard().isList()
              ? v.list(field.standard())
              : text == null ? List.of() : List.of(text);
      if (captions.containsKey(caption) && !values.isEmpty()) {
        list.add(
            Map.of(
                "libelle", Message.french(MESSAGES, caption), "valeur", String.join(", ", values)));
      }
    }
    return list;
  }

  /** The services with a plain-French explanation of each label of the standard. */
  private static List<Map<String, String>> services(List<String> labels) {
    List<Map<String, String>> list = new ArrayList<>();
    for (String label : labels) {
      Map<String, String> item = new LinkedHashMap<>();
      item.put("libelle", label);
      StandardLabels.find(Service.class, label)
          .map(Service::explanation)
          .ifPresent(e -> item.put("explication", e));
      list.add(item);
    }
    return list;
  }

  /**
   * "Ouvert · ferme à 17 h", "Fermé · ouvre lundi à 9 h", or that the hours are unknown: the API's
   * evaluation, worded on the venue's own clock (the offset of its next change).
   */
  static Map<String, Object> status(Boolean open, String nextChange, ZonedDateTime now) {
    Map<String, Object> s = new LinkedHashMap<>();
    if (open == null) {
      s.put("texte", "Horaires non communiqués : appelez avant de vous déplacer");
      s.put("inconnu", true);
      return s;
    }
    LocalDateTime change = null;
    LocalDateTime local = now.toLocalDateTime();
    if (nextChange != null) {
      try {
        OffsetDateTime at = OffsetDateTime.parse(nextChange);
        change = at.toLocalDateTime();
        local = now.toOffsetDateTime().withOffsetSameInstant(at.getOffset()).toLocalDateTime();
      } catch (DateTimeParseException e) {
        change = null;
      }
    }
    s.put("ouvert", open);
    if (open) {
      s.put(
          "texte",
          change == null
              ? "Ouvert"
              : "Ouvert · ferme "
                  + (change.toLocalDate().equals(local.toLocalDate())
                      ? "à " + FrenchText.time(change.getHour() * 60 + change.getMinute())
                      : FrenchText.when(change, local.toLocalDate())));
    } else {
      s.put(
          "texte",
          change == null
              ? "Fermé"
              : "Fermé · ouvre " + FrenchText.when(change, local.toLocalDate()));
    }
    return s;
  }

  /** The ordinary week, day by day, in the venue's own zone; empty when hours are unknown. */
  private static List<Map<String, Object>> week(VenueDetail v, ZonedDateTime now) {
    HolidayZone zone =
        HolidayZone.of(v.text(StandardField.CODE_INSEE), v.text(StandardField.CODE_POSTAL));
    var schedule = OpeningSchedule.of(v.text(StandardField.HORAIRES), zone);
    if (schedule.isEmpty()) {
      return List.of();
    }
    ZonedDateTime local = now.withZoneSameInstant(zone.zone());
    List<List<String>> spans = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      spans.add(new ArrayList<>());
    }
    for (int[] interval : schedule.get().weeklyIntervals(local.toLocalDate())) {
      for (int from = interval[0]; from < interval[1]; ) {
        int day = from / OpeningSchedule.DAY;
        int to = Math.min(interval[1], (day + 1) * OpeningSchedule.DAY);
        int start = from - day * OpeningSchedule.DAY;
        int end = to - day * OpeningSchedule.DAY;
        spans
            .get(day)
            .add(
                end - start >= OpeningSchedule.DAY
                    ? "toute la journée"
                    : "de " + FrenchText.time(start) + " à " + FrenchText.endTime(end));
        from = to;
      }
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      List<String> open = spans.get(d.ordinal());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("jour", FrenchText.capitalized(FrenchText.day(d)));
      row.put("heures", open.isEmpty() ? "Fermé" : String.join(", puis ", open));
      row.put("aujourdhui", d == local.getDayOfWeek());
      rows.add(row);
    }
    return rows;
  }

  private static void phone(Map<String, Object> m, String e164) {
    if (e164 == null || e164.isBlank()) {
      return;
    }
    m.put("telHref", "tel:" + e164.replaceAll("[^+0-9]", ""));
    String digits = e164.replaceAll("[^0-9]", "");
    String national = null;
    if (e164.startsWith("+33") && digits.length() == 11) {
      national = "0" + digits.substring(2);
    } else if (e164.startsWith("+262")
        || e164.startsWith("+590")
        || e164.startsWith("+594")
        || e164.startsWith("+596")
        || e164.startsWith("+269")) {
      national = digits.length() == 12 ? "0" + digits.substring(3) : null;
    }
    if (national != null && national.length() == 10) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 10; i += 2) {
        b.append(i == 0 ? "" : " ").append(national, i, i + 2);
      }
      m.put("telephone", b.toString());
    } else {
      m.put("telephone", e164);
    }
  }

  private static String address(String street, String complement, String postcode, String commune) {
    StringBuilder b = new StringBuilder();
    append(b, street, "");
    append(b, complement, ", ");
    String city =
        ((postcode == null ? "" : postcode + " ") + (commune == null ? "" : commune)).strip();
    append(b, city, ", ");
    return b.toString();
  }

  private static void append(StringBuilder b, String part, String separator) {
    if (part != null && !part.isBlank()) {
      b.append(b.isEmpty() ? "" : separator).append(part.strip());
    }
  }

  private static String safeUrl(String url) {
    return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
