package fr.mediation.directory.api.report;

import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.report.ErrorReport;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

/**
 * The error-report lists' parameters, read once for every list (a source's, all sources'), and
 * their pages.
 */
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

  /**
   * The answer listing {@code page}, never cached; a full page ({@code size} reports) links to the
   * next one ({@code rel="next"}): the same query, {@code before} the id of the page's last report.
   */
  public static <T> Response page(List<T> page, int size, ToLongFunction<T> id, UriInfo uri) {
    Response.ResponseBuilder response = Response.ok(page).header("Cache-Control", "no-store");
    if (page.size() == size) {
      URI next =
          uri.getRequestUriBuilder()
              .replaceQueryParam("limit", size)
              .replaceQueryParam("before", id.applyAsLong(page.get(size - 1)))
              .build();
      response.link(next, "next");
    }
    return response.build();
  }
}
