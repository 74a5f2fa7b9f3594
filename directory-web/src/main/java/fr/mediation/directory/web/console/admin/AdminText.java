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

  /** The detector's reasons (in English, as it logs them) in French, for the review page. */
  static String reasons(java.util.List<String> reasons) {
    java.util.List<String> french = new java.util.ArrayList<>();
    for (String r : reasons) {
      french.add(reason(r));
    }
    return String.join(" ; ", french);
  }

  static String reason(String r) {
    java.util.regex.Matcher m;
    if ((m = SCORE.matcher(r)).matches()) {
      return (m.group(1).equals("names") ? "noms semblables à " : "adresses semblables à ")
          + m.group(2).replace('.', ',');
    }
    if ((m = APART.matcher(r)).matches()) {
      return m.group(1) + " m d'écart";
    }
    if (r.startsWith("same kind")) {
      return "même type de lieu";
    }
    if (r.startsWith("different kinds")) {
      return "types de lieux différents";
    }
    return switch (r) {
      case "same phone" -> "même téléphone";
      case "same e-mail" -> "même courriel";
      case "same website" -> "même site web";
      case "same SIRET/RNA" -> "même SIRET ou RNA";
      case "different streets" -> "rues différentes";
      case "one France Services at this address" -> "un seul France Services à cette adresse";
      case "different names in brackets" -> "noms différents entre parenthèses";
      case "one is mobile" -> "l'un est itinérant, l'autre non";
      case "different communes" -> "communes différentes";
      default -> r;
    };
  }

  private static final java.util.regex.Pattern SCORE =
      java.util.regex.Pattern.compile("(names|addresses) (\\d\\.\\d+)");
  private static final java.util.regex.Pattern APART =
      java.util.regex.Pattern.compile("(\\d+) m apart");
}
