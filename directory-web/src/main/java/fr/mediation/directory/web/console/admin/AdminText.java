package fr.mediation.directory.web.console.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the administrator's pages write dates, ages, statuses and shares in French. */
final class AdminText {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH)
          .withZone(ZoneId.of("Europe/Paris"));

  private AdminText() {}

  static String when(Instant at) {
    return at == null ? "" : WHEN.format(at);
  }

  static String age(Duration age) {
    if (age == null) {
      return "";
    }
    long days = age.toDays();
    if (days >= 1) {
      return days == 1 ? "il y a 1 jour" : "il y a " + days + " jours";
    }
    long hours = age.toHours();
    if (hours >= 1) {
      return hours == 1 ? "il y a 1 heure" : "il y a " + hours + " heures";
    }
    return "il y a moins d'une heure";
  }

  static String status(fr.mediation.directory.source.ImportRun.Status status) {
    if (status == null) {
      return "";
    }
    return switch (status) {
      case RUNNING -> "en cours";
      case SUCCEEDED -> "importé";
      case UNCHANGED -> "inchangé";
      case HELD -> "suspendu";
      case DISCARDED -> "écarté";
      case FAILED -> "échec";
      case INTERRUPTED -> "interrompu";
    };
  }

  static String percent(double share) {
    return Math.round(share * 100) + " %";
  }
}
