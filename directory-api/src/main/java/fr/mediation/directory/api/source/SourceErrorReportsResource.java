package fr.mediation.directory.api.source;

import fr.mediation.directory.api.DirectoryApi;
import fr.mediation.directory.api.Parameters;
import fr.mediation.directory.api.access.SourceKeyRequired;
import fr.mediation.directory.api.report.ErrorReportParameters;
import fr.mediation.directory.api.report.ErrorReportView;
import fr.mediation.directory.report.ErrorReports;
import fr.mediation.directory.source.Sources;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/** {@code /sources/{id}/error-reports}: what citizens reported about a source's venues. */
@Path("/sources/{id}/error-reports")
@Tag(name = "sources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SourceErrorReportsResource {

  @Inject Sources sources;

  @Inject ErrorReports reports;

  @GET
  @Operation(
      summary = "List the error reports about a source's venues",
      description =
          "Newest first, with the contact people left, by pages: a full page carries a `Link`"
              + " header with `rel=\"next\"` to the next one (`before`, the id of the page's last"
              + " report; stable while new reports arrive). The same message about the same venue"
              + " sent again within a day is one report, `repeats` counting how many times it was"
              + " sent. Needs the source's key or the administrator's, as `Authorization: Bearer"
              + " <key>`.")
  @APIResponse(
      responseCode = "200",
      description = "A page of reports, newest first.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ErrorReportView.class)))
  @SourceKeyRequired
  @SecurityRequirement(name = DirectoryApi.SOURCE_KEY)
  public Response list(
      @Parameter(description = "The source's id.", example = "exemple") @PathParam("id") String id,
      @Parameter(description = "How many reports, 1 to 500 (default 100).") @QueryParam("limit")
          String limit,
      @Parameter(
              description =
                  "The id of the last report of the previous page: the reports before it.",
              example = "1234")
          @QueryParam("before")
          String before,
      @Parameter(
              description =
                  "Only the reports in this state: nouveau (a hub's tools poll"
                      + " `?state=nouveau` to learn of new reports), en-cours, corrige, rejete.",
              example = "nouveau")
          @QueryParam("state")
          String state,
      @Context UriInfo uri) {
    sources.find(id).orElseThrow(() -> SourceResource.noSource(id));
    int size = Parameters.integer("limit", limit, 100, 1, 500);
    List<ErrorReportView> page =
        reports
            .forSource(
                id,
                size,
                ErrorReportParameters.reportId(before),
                ErrorReportParameters.state(state))
            .stream()
            .map(r -> ErrorReportView.of(r, true))
            .toList();
    return ErrorReportParameters.page(page, size, ErrorReportView::id, uri);
  }
}
