package fr.mediation.directory.api.source;

import fr.mediation.directory.feed.ImportReport;
import fr.mediation.directory.feed.RejectedRow;
import fr.mediation.directory.feed.WarnedRow;
import fr.mediation.directory.venue.field.InvalidFieldException;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The report of a dry run: what importing the file would do, nothing having changed. */
@Schema(
    name = "CheckReport",
    description =
        "What importing the file would do (\"Vérifier sans publier\"): the same figures and reasons"
            + " as a run's report; nothing was changed.")
@JsonbPropertyOrder({
  "dryRun",
  "status",
  "message",
  "messageFr",
  "read",
  "accepted",
  "rejected",
  "warned",
  "skipped",
  "created",
  "updated",
  "unchanged",
  "retired",
  "rejectedRows",
  "warnedRows"
})
public record CheckReport(
    @JsonbProperty("dry_run") @Schema(description = "Always true: nothing was changed.")
        boolean dryRun,
    @Schema(
            description =
                "succeeded (the file would be imported), held (it would retire more venues than"
                    + " the source allows: an import would be held), failed (unreadable).",
            examples = "succeeded")
        String status,
    @Schema(description = "What an import would do, in English.") String message,
    @JsonbProperty("message_fr") @Schema(description = "The same, in French.") String messageFr,
    @Schema(description = "Rows read.") int read,
    @Schema(description = "Rows that would be accepted.") int accepted,
    @Schema(description = "Rows that would be rejected.") int rejected,
    @Schema(description = "Accepted rows with warnings.") int warned,
    @Schema(description = "Rows the mapping's row filters leave out, by reason (in French).")
        Map<String, Integer> skipped,
    @Schema(description = "Venues that would be created.") int created,
    @Schema(description = "Venues that would be updated.") int updated,
    @Schema(description = "Venues that would stay unchanged.") int unchanged,
    @Schema(description = "Venues that would be retired (not in the file).") int retired,
    @JsonbProperty("rejected_rows") @Schema(description = "Each rejected row and its reasons.")
        List<RunReport.RowIssues> rejectedRows,
    @JsonbProperty("warned_rows")
        @Schema(description = "Each accepted row something would be left out of.")
        List<RunReport.RowIssues> warnedRows) {

  /** The report of {@code report}, a dry run's. */
  public static CheckReport of(ImportReport report) {
    int skipped = report.skipped().values().stream().mapToInt(Integer::intValue).sum();
    return new CheckReport(
        true,
        report.status().name().toLowerCase(Locale.ROOT),
        report.message(),
        report.messageFr(),
        report.read(),
        Math.max(0, report.read() - report.rejected().size() - skipped),
        report.rejected().size(),
        report.warned().size(),
        report.skipped(),
        report.created(),
        report.updated(),
        report.unchanged(),
        report.retired(),
        report.rejected().stream().map(CheckReport::rejected).toList(),
        report.warned().stream().map(CheckReport::warned).toList());
  }

  private static RunReport.RowIssues rejected(RejectedRow row) {
    return new RunReport.RowIssues(
        row.number(), row.localId(), row.errors().stream().map(CheckReport::issue).toList());
  }

  private static RunReport.Issue issue(InvalidFieldException e) {
    return new RunReport.Issue(e.field().key(), e.value(), e.frenchMessage(), e.getMessage());
  }

  private static RunReport.RowIssues warned(WarnedRow row) {
    return new RunReport.RowIssues(
        row.number(),
        row.localId(),
        row.warnings().stream()
            .map(w -> new RunReport.Issue(w.field().key(), w.value(), w.messageFr(), w.message()))
            .toList());
  }
}
