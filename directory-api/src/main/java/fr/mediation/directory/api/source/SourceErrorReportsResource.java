package fr.mediation.directory.api.source;

import fr.mediation.directory.api.Parameters;
import fr.mediation.directory.api.problem.ResourceNotFoundException;
import fr.mediation.directory.api.report.ErrorReportView;
import fr.mediation.directory.report.ErrorReports;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /sources/{id}/error-reports}: what citizens reported about a source's venues. */
@Path("/sources/{id}/error-reports")
@Tag(name = "sources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SourceErrorReportsResource {

  @Inject Sources sources;

  @Inject ErrorReports reports;

  @Inject SourceAccess access;

  @GET
  @Operation(
      summary = "List the error reports about a source's venues",
      description =
          "Newest first, with the contact people left. Needs the source's key or the"
              + " administrator's, as `Authorization: Bearer <key>`.")
  public List<ErrorReportView> list(
      @Parameter(description = "The source's id.", example = "exemple") @PathParam("id") String id,
      @Parameter(description = "How many reports, 1 to 500 (default 100).") @QueryParam("limit")
          String limit,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    Source source =
        sources
            .find(id)
            .orElseThrow(
                () ->
                    new ResourceNotFoundException(
                        "No source " + id, "Aucune source n'a l'identifiant « " + id + " »."));
    access.check(source, authorization);
    return reports.forSource(id, Parameters.integer("limit", limit, 100, 1, 500)).stream()
        .map(r -> ErrorReportView.of(r, true))
        .toList();
  }
}
