package fr.mediation.directory.web.page;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the API's JSON venues into what the templates show, in plain French. Reads the fields of
 * {@code VenueSummary} and {@code VenueDetail}; when the API gives its own hours evaluation ({@code
 * ouvert_maintenant}, {@code prochain_changement}), shows it, else evaluates the week itself.
 */
final class Views {

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

  private Views() {}

  /** A venue in a list of results. */
  static Map<String, Object> summary(JsonObject v, ZonedDateTime now) {
    Map<String, Object> m = new LinkedHashMap<>();
    String id = text(v, "id");
    m.put("id", id);
    m.put("url", "/lieux/" + ApiClient.encode(id));
    m.put("nom", text(v, "nom"));
    m.put("adresse", address(v));
    if (number(v, "distance_km") != null) {
      m.put("distance", FrenchText.distance(number(v, "distance_km")));
    }
    if (number(v, "latitude") != null && number(v, "longitude") != null) {
      m.put("lat", number(v, "latitude").toString());
      m.put("lon", number(v, "longitude").toString());
    }
    phone(m, text(v, "telephone"));
    m.put("services", String.join(", ", strings(v, "services")));
    m.put("frais", String.join(", ", strings(v, "frais_a_charge")));
    m.put("etat", status(v, now));
    return m;
  }

  /** Every field the venue page shows. */
  static Map<String, Object> detail(JsonObject v, ZonedDateTime now) {
    Map<String, Object> m = summary(v, now);
    m.put("presentation", firstText(v, "presentation_detail", "presentation_resume"));
    m.put("servicesListe", strings(v, "services"));
    m.put("aServices", !strings(v, "services").isEmpty());
    m.put("modalitesAcces", String.join(", ", strings(v, "modalites_acces")));
    m.put("accompagnement", String.join(", ", strings(v, "modalites_accompagnement")));
    m.put("publics", String.join(", ", strings(v, "publics_specifiquement_adresses")));
    m.put("priseEnCharge", String.join(", ", strings(v, "prise_en_charge_specifique")));
    m.put("typologie", String.join(", ", strings(v, "typologie")));
    List<Map<String, String>> emails = new ArrayList<>();
    String courriels = text(v, "courriels");
    if (courriels != null) {
      for (String e : courriels.split("[|,;]")) {
        if (!e.isBlank()) {
          emails.add(Map.of("adresse", e.strip(), "href", "mailto:" + e.strip()));
        }
      }
    }
    m.put("courriels", emails);
    List<Map<String, String>> sites = new ArrayList<>();
    for (String url : strings(v, "site_web")) {
      if (url.startsWith("http://") || url.startsWith("https://")) {
        sites.add(Map.of("url", url, "texte", url.replaceFirst("^https?://(www\\.)?", "")));
      }
    }
    m.put("sites", sites);
    m.put("priseRdv", safeUrl(text(v, "prise_rdv")));
    m.put("ficheAcces", safeUrl(text(v, "fiche_acces_libre")));
    m.put("horaires", text(v, "horaires"));
    List<Map<String, Object>> week = week(v, now);
    m.put("semaine", week);
    m.put("aSemaine", !week.isEmpty());
    String date = text(v, "date_maj");
    if (date != null) {
      try {
        m.put("dateMaj", LONG_DATE.format(LocalDate.parse(date)));
      } catch (DateTimeParseException e) {
        m.put("dateMaj", date);
      }
    }
    // The sources publishing the venue (merged from all of them), else what the standard says.
    List<String> sourceKeys = new ArrayList<>();
    if (v.get("sources") instanceof JsonArray listings) {
      for (JsonValue listing : listings) {
        if (listing instanceof JsonObject l && l.get("retired_at") == null) {
          String key = text(l, "source");
          if (key != null && !sourceKeys.contains(key)) {
            sourceKeys.add(key);
          }
        }
      }
    }
    m.put(
        "source",
        sourceKeys.isEmpty()
            ? firstText(v, "source", "structure_parente")
            : String.join(", ", sourceKeys));
    if (m.containsKey("lat")) {
      m.put(
          "itineraire",
          "https://www.openstreetmap.org/directions?route=%3B"
              + m.get("lat")
              + "%2C"
              + m.get("lon")
              + "#map=16/"
              + m.get("lat")
              + "/"
              + m.get("lon"));
    }
    return m;
  }

  /** "Ouvert · ferme à 17 h", "Fermé · ouvre lundi à 9 h", or that the hours are unknown. */
  static Map<String, Object> status(JsonObject v, ZonedDateTime now) {
    ZoneId zone = WeeklyHours.zoneOf(text(v, "code_postal"));
    LocalDateTime local = now.withZoneSameInstant(zone).toLocalDateTime();
    Map<String, Object> s = new LinkedHashMap<>();
    JsonValue open = v.get("ouvert_maintenant");
    if (open == JsonValue.TRUE || open == JsonValue.FALSE) {
      boolean isOpen = open == JsonValue.TRUE;
      LocalDateTime change = null;
      String next = text(v, "prochain_changement");
      if (next != null) {
        try {
          change = OffsetDateTime.parse(next).atZoneSameInstant(zone).toLocalDateTime();
        } catch (DateTimeParseException e) {
          change = null;
        }
      }
      return status(s, isOpen, change, local);
    }
    WeeklyHours week = WeeklyHours.parse(text(v, "horaires"));
    if (week == null) {
      s.put("texte", "Horaires non communiqués : appelez avant de vous déplacer");
      s.put("inconnu", true);
      return s;
    }
    LocalDateTime closing = week.closingAfter(local);
    return status(s, closing != null, closing != null ? closing : week.nextOpening(local), local);
  }

  private static Map<String, Object> status(
      Map<String, Object> s, boolean open, LocalDateTime change, LocalDateTime now) {
    s.put("ouvert", open);
    if (open) {
      s.put(
          "texte",
          change == null
              ? "Ouvert"
              : "Ouvert · ferme "
                  + (change.toLocalDate().equals(now.toLocalDate())
                      ? "à " + FrenchText.time(change.getHour() * 60 + change.getMinute())
                      : FrenchText.when(change, now.toLocalDate())));
    } else {
      s.put(
          "texte",
          change == null ? "Fermé" : "Fermé · ouvre " + FrenchText.when(change, now.toLocalDate()));
    }
    return s;
  }

  /** Whether a venue is open now, by the API's evaluation or the page's own; null if unknown. */
  static Boolean openNow(JsonObject v, ZonedDateTime now) {
    Object open = status(v, now).get("ouvert");
    return open instanceof Boolean b ? b : null;
  }

  /** Whether the venue opens on {@code day}; null when unknown. */
  static Boolean opensOn(JsonObject v, DayOfWeek day) {
    WeeklyHours week = WeeklyHours.parse(text(v, "horaires"));
    return week == null ? null : week.opensOn(day);
  }

  private static List<Map<String, Object>> week(JsonObject v, ZonedDateTime now) {
    WeeklyHours week = WeeklyHours.parse(text(v, "horaires"));
    if (week == null) {
      return List.of();
    }
    DayOfWeek today =
        now.withZoneSameInstant(WeeklyHours.zoneOf(text(v, "code_postal"))).getDayOfWeek();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      List<String> spans = new ArrayList<>();
      for (WeeklyHours.Span s : week.on(d)) {
        spans.add(
            s.end() - s.start() >= 24 * 60
                ? "toute la journée"
                : "de " + FrenchText.time(s.start()) + " à " + FrenchText.time(s.end()));
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("jour", FrenchText.capitalized(FrenchText.day(d)));
      row.put("heures", spans.isEmpty() ? "Fermé" : String.join(", puis ", spans));
      row.put("aujourdhui", d == today);
      rows.add(row);
    }
    return rows;
  }

  private static void phone(Map<String, Object> m, String e164) {
    if (e164 == null) {
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

  private static String address(JsonObject v) {
    StringBuilder b = new StringBuilder();
    append(b, text(v, "adresse"), "");
    append(b, text(v, "complement_adresse"), ", ");
    String city =
        ((text(v, "code_postal") == null ? "" : text(v, "code_postal") + " ")
                + (text(v, "commune") == null ? "" : text(v, "commune")))
            .strip();
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

  static String text(JsonObject v, String name) {
    JsonValue value = v.get(name);
    if (value instanceof JsonString s) {
      return s.getString().isBlank() ? null : s.getString();
    }
    return null;
  }

  private static String firstText(JsonObject v, String... names) {
    for (String name : names) {
      if (text(v, name) != null) {
        return text(v, name);
      }
    }
    return null;
  }

  static Double number(JsonObject v, String name) {
    return v.get(name) instanceof JsonNumber n ? n.doubleValue() : null;
  }

  static List<String> strings(JsonObject v, String name) {
    List<String> result = new ArrayList<>();
    if (v.get(name) instanceof JsonArray array) {
      for (JsonValue item : array) {
        if (item instanceof JsonString s) {
          result.add(s.getString());
        }
      }
    } else if (text(v, name) != null) {
      result.add(text(v, name));
    }
    return result;
  }
}
