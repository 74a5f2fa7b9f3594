package fr.mediation.directory.api.report;

import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.report.ErrorReport;
import java.util.regex.Pattern;

/** The error-report lists' parameters, read once for every list (a source's, all sources'). */
public final class ErrorReportParameters {

  private static final Pattern REPORT_ID = Pattern.compile("\\d{1,18}");

  private ErrorReportParameters() {}

  /** {@code state}: a report's state by its code, or null when not given. */
  public static ErrorReport.State state(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return ErrorReport.State.byCode(raw.strip())
        .orElseThrow(
            () ->
                new InvalidParameterException(
                    "state",
                    raw,
                    "state must be one of nouveau, en-cours, corrige, rejete.",
                    "state doit valoir nouveau, en-cours, corrige ou rejete."));
  }

  /** {@code before}: the id of the report a page follows, or null when not given. */
  public static Long reportId(String before) {
    if (before == null || before.isBlank()) {
      return null;
    }
    if (!REPORT_ID.matcher(before.strip()).matches()) {
      throw new InvalidParameterException(
          "before",
          before,
          "before must be the id of a report (digits).",
          "before doit être l'identifiant d'un signalement (des chiffres).");
    }
    return Long.valueOf(before.strip());
  }
}
