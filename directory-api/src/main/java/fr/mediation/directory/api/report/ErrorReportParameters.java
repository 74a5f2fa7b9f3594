package fr.mediation.directory.api.report;

import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.report.ErrorReport;
import java.util.regex.Pattern;

/** The error-report lists' parameters, read once for every list (a source's, all sources'). */
public final class ErrorReportParameters {

  /** The texts of the package's answers, in English and French, beside its classes. */
  static final String MESSAGES = "fr.mediation.directory.api.report.messages";

  private static final Pattern REPORT_ID = Pattern.compile("\\d{1,18}");

  private ErrorReportParameters() {}

  /** {@code state}: a report's state by its code, or null when not given. */
  public static ErrorReport.State state(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return ErrorReport.State.byCode(raw.strip())
        .orElseThrow(
            () -> new InvalidParameterException("state", raw, Message.of(MESSAGES, "state")));
  }

  /** {@code before}: the id of the report a page follows, or null when not given. */
  public static Long reportId(String before) {
    if (before == null || before.isBlank()) {
      return null;
    }
    if (!REPORT_ID.matcher(before.strip()).matches()) {
      throw new InvalidParameterException("before", before, Message.of(MESSAGES, "before"));
    }
    return Long.valueOf(before.strip());
  }
}
