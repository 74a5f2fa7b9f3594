package fr.mediation.directory.api.source;

import fr.mediation.directory.source.ImportIssue;
import fr.mediation.directory.source.ImportRun;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A run with the reasons of every rejected row and the warnings of accepted ones. */
@Schema(name = "RunReport", description = "A run and, row by row, why rows were rejected.")
@JsonbPropertyOrder({"run", "rejectedRows", "warnedRows"})
public record RunReport(
    RunSummary run,
    @JsonbProperty("rejected_rows")
        @Schema(
            description =
                "Each rejected row and its reasons (with the source's key or the administrator's"
                    + " only).")
        List<RowIssues> rejectedRows,
    @JsonbProperty("warned_rows")
        @Schema(
            description =
                "Each accepted row something was left out of (with the source's key or the"
                    + " administrator's only).")
        List<RowIssues> warnedRows) {

  /** One row of the file and its reasons. */
  @Schema(name = "RowIssues")
  @JsonbPropertyOrder({"row", "localId", "issues"})
  public record RowIssues(
      @Schema(description = "Row number in the file (1 = first data row).") int row,
      @JsonbProperty("local_id") @Schema(description = "The row's id, when it has one.")
          String localId,
      List<Issue> issues) {}

  /** One reason. */
  @Schema(name = "Issue")
  @JsonbPropertyOrder({"field", "value", "reason", "reasonEn"})
  public record Issue(
      @Schema(description = "Field of the standard.", examples = "code_postal") String field,
      @Schema(description = "The value received.", examples = "7500") String value,
      @Schema(description = "Why, in French.") String reason,
      @JsonbProperty("reason_en") @Schema(description = "Why, in English.") String reasonEn) {}

  /** The report of {@code run} with its rejected rows' and warnings' reasons. */
  public static RunReport of(ImportRun run, List<ImportIssue> rejected, List<ImportIssue> warned) {
    return new RunReport(RunSummary.of(run), byRow(rejected), byRow(warned));
  }

  private static List<RowIssues> byRow(List<ImportIssue> issues) {
    Map<Integer, List<ImportIssue>> rows = new LinkedHashMap<>();
    issues.forEach(i -> rows.computeIfAbsent(i.getRowNumber(), n -> new ArrayList<>()).add(i));
    return rows.entrySet().stream()
        .map(
            e ->
                new RowIssues(
                    e.getKey(),
                    e.getValue().getFirst().getLocalId(),
                    e.getValue().stream()
                        .map(
                            i ->
                                new Issue(
                                    i.getField(), i.getValue(), i.getReasonFr(), i.getReason()))
                        .toList()))
        .toList();
  }
}
