package fr.mediation.directory.api.report;

import fr.mediation.directory.api.DirectoryApi;
import fr.mediation.directory.api.Parameters;
import fr.mediation.directory.api.access.AdminKeyRequired;
import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.report.ErrorReport;
import fr.mediation.directory.report.ErrorReports;
import fr.mediation.directory.source.Sources;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /admin/error-reports}: what citizens reported, across every source. */
@AdminKeyRequired
@SecurityRequirement(name = DirectoryApi.ADMIN_KEY)
@Path("/admin/error-reports")
@Tag(name = "admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminErrorReportsResource {

  @Inject ErrorReports reports;

  @Inject Sources sources;

  /** A report and the source it was sent to. */
  @Schema(name = "SourceErrorReport")
  @JsonbPropertyOrder({"source", "report"})
  public record SourceReport(
      @Schema(description = "The source whose listing of the venue the report is about.")
          String source,
      ErrorReportView report) {}

  @GET
  @Operation(
      summary = "List the error reports across sources",
      description =
          "Newest first, with the contact people left, by pages like a source's own list (a full"
              + " page carries a `Link` header with `rel=\"next\"`); `source` narrows it to one"
              + " source, `state` to one state (nouveau, en-cours, corrige, rejete). A report about a venue several sources publish is listed once per"
              + " source.")
  @APIResponse(
      responseCode = "200",
      description = "A page of reports.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = SourceReport.class)))
  @APIResponse(
      responseCode = "400",
      description = "A parameter is wrong (an unknown source, a bad `before`); `errors` names it.")
  public Response list(
      @Parameter(description = "Only this source's reports.", example = "gironde")
          @QueryParam("source")
          String source,
      @Parameter(
              description = "Only the reports in this state: nouveau, en-cours, corrige, rejete.",
              example = "nouveau")
          @QueryParam("state")
          String state,
      @Parameter(description = "How many reports, 1 to 500 (default 100).") @QueryParam("limit")
          String limit,
      @Parameter(description = "The id of the last report of the previous page.", example = "1234")
          @QueryParam("before")
          String before,
      @Context UriInfo uri) {
    String ofSource = source == null || source.isBlank() ? null : source.strip();
    if (ofSource != null && sources.find(ofSource).isEmpty()) {
      throw new InvalidParameterException(
          "source", source, Message.of(ErrorReportParameters.MESSAGES, "source.missing", source));
    }
    ErrorReport.State only = ErrorReportParameters.state(state);
    int size = Parameters.integer("limit", limit, 100, 1, 500);
    List<SourceReport> page =
        reports.across(ofSource, size, ErrorReportParameters.reportId(before), only).stream()
            .map(r -> new SourceReport(r.getSourceKey(), ErrorReportView.of(r, true)))
            .toList();
    return ErrorReportParameters.page(page, size, r -> r.report().id(), uri);
  }
}
