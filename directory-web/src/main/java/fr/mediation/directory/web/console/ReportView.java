package fr.mediation.directory.web.console;

import fr.mediation.directory.api.source.CheckReport;
import fr.mediation.directory.api.source.RunReport;
import fr.mediation.directory.api.source.RunSummary;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A run's report, or a dry run's, as the console shows it: figures, the French message, a held run
 * explained, and the rejected and warned rows (line, id, field, value read, French reason),
 * filtered by reason. Built from the API's own report records.
 */
public final class ReportView {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE);

  private ReportView() {}

  /**
   * A stored run's report.
   *
   * @param retiringShare for a held run, the share of the source's venues it would retire (0 to 1)
   */
  static Map<String, Object> of(RunReport report, String reason, Double retiringShare) {
    RunSummary run = report.run();
    Map<String, Object> m =
        figures(
            run.status(),
            run.messageFr(),
            retiringShare,
            run.read(),
            run.accepted(),
            run.rejected(),
            run.warned(),
            run.skipped(),
            run.created(),
            run.updated(),
            run.unchanged(),
            run.retired());
    m.put("id", run.id());
    m.put("date", date(run.startedAt()));
    m.put("declencheur", trigger(run.trigger()));
    Map<String, Integer> skipped = new LinkedHashMap<>();
    report.skippedRows().forEach(s -> skipped.put(s.reason(), s.rows()));
    skips(m, skipped);
    rows(m, report.rejectedRows(), report.warnedRows(), reason);
    return m;
  }

  /**
   * A dry run's report.
   *
   * @param retiringShare when it would be held, the share of the source's venues it would retire
   */
  public static Map<String, Object> of(CheckReport report, String reason, Double retiringShare) {
    int skipped = report.skipped().values().stream().mapToInt(Integer::intValue).sum();
    Map<String, Object> m =
        figures(
            report.status(),
            report.messageFr(),
            retiringShare,
            report.read(),
            report.accepted(),
            report.rejected(),
            report.warned(),
            skipped,
            report.created(),
            report.updated(),
            report.unchanged(),
            report.retired());
    m.put("verification", true);
    skips(m, report.skipped());
    rows(m, report.rejectedRows(), report.warnedRows(), reason);
    return m;
  }

  /** The rows the mapping's skip conditions left out, by reason. */
  private static void skips(Map<String, Object> m, Map<String, Integer> byReason) {
    List<Map<String, Object>> skips = new ArrayList<>();
    byReason.forEach((why, n) -> skips.add(Map.of("motif", why, "nombre", n)));
    m.put("ecartees", skips);
  }

  private static Map<String, Object> figures(
      String status,
      String messageFr,
      Double retiringShare,
      int read,
      int accepted,
      int rejected,
      int warned,
      int skipped,
      int created,
      int updated,
      int unchanged,
      int retired) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("statut", status(status));
    m.put("message", messageFr);
    m.put("lues", read);
    m.put("acceptees", accepted);
    m.put("refusees", rejected);
    m.put("avertissements", warned);
    m.put("ecarteesNombre", skipped);
    m.put("creees", created);
    m.put("modifiees", updated);
    m.put("inchangees", unchanged);
    m.put("retirees", retired);
    if ("held".equals(status)) {
      m.put(
          "suspendu",
          Map.of(
              "part",
              retiringShare != null
                  ? "Ce fichier retirerait " + Math.round(retiringShare * 100) + " % de vos lieux."
                  : "Ce fichier retirerait une grande part de vos lieux."));
    }
    if ("failed".equals(status)) {
      m.put("illisible", true);
    }
    return m;
  }

  private static void rows(
      Map<String, Object> m,
      List<RunReport.RowIssues> rejected,
      List<RunReport.RowIssues> warned,
      String reason) {
    Map<String, Integer> reasons = new LinkedHashMap<>();
    List<Map<String, Object>> refused = flatten(rejected, reason, reasons);
    List<Map<String, Object>> warnings = flatten(warned, reason, reasons);
    m.put("lignesRefusees", refused);
    m.put("lignesAvertissements", warnings);
    m.put("aRefus", !refused.isEmpty());
    m.put("aAvertissements", !warnings.isEmpty());
    List<Map<String, Object>> options = new ArrayList<>();
    reasons.forEach(
        (text, n) ->
            options.add(Map.of("motif", text, "nombre", n, "choisi", text.equals(reason))));
    m.put("motifs", options);
    m.put("aMotifs", !options.isEmpty());
    m.put("filtre", reason);
  }

  /** One line per reason; only those whose reason is {@code reason} when it is given. */
  private static List<Map<String, Object>> flatten(
      List<RunReport.RowIssues> rows, String reason, Map<String, Integer> reasons) {
    List<Map<String, Object>> lines = new ArrayList<>();
    if (rows == null) {
      return lines;
    }
    for (RunReport.RowIssues row : rows) {
      for (RunReport.Issue issue : row.issues()) {
        reasons.merge(issue.reason(), 1, Integer::sum);
        if (reason != null && !reason.equals(issue.reason())) {
          continue;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("ligne", row.row());
        line.put("identifiant", row.localId());
        line.put("champ", issue.field());
        line.put("valeur", issue.value());
        line.put("motif", issue.reason());
        lines.add(line);
      }
    }
    return lines;
  }

  static String date(Instant at) {
    return at == null ? "" : DATE_TIME.format(at.atZone(PARIS));
  }

  static String status(String status) {
    return switch (status == null ? "" : status) {
      case "succeeded" -> "Publié";
      case "unchanged" -> "Inchangé";
      case "held" -> "Suspendu";
      case "failed" -> "Illisible";
      case "interrupted" -> "Interrompu";
      case "running" -> "En cours";
      default -> status;
    };
  }

  static String trigger(String trigger) {
    return switch (trigger == null ? "" : trigger) {
      case "push" -> "Envoi";
      case "pull" -> "Récupération automatique";
      case "startup" -> "Démarrage";
      case "admin" -> "Administration";
      default -> "";
    };
  }
}
