package fr.mediation.directory.api.source;

import fr.mediation.directory.api.DirectoryApi;
import fr.mediation.directory.api.Parameters;
import fr.mediation.directory.api.access.Access;
import fr.mediation.directory.api.access.SourceKeyRequired;
import fr.mediation.directory.api.problem.ResourceNotFoundException;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.source.ImportIssue;
import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.SourceQualities;
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
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /sources}: the hubs and networks, their runs and reports. */
@Path("/sources")
@Tag(name = "sources", description = "Hubs and networks: their imports and the push feed.")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

  /** The texts of the package's answers, in English and French, beside its classes. */
  static final String MESSAGES = "fr.mediation.directory.api.source.messages";

  @Inject Sources sources;

  @Inject Access access;

  @Inject SourceQualities qualities;

  @Inject SourceViews views;

  @GET
  @Operation(
      summary = "List the sources",
      description =
          "Every hub and network imported, public (no key needed, none shown): name, territory,"
              + " venues, last successful harvest and its age, and whether the source is stale"
              + " (no successful harvest for longer than its expected period).")
  public List<SourceView> list() {
    return sources.all().stream().map(views::view).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Read a source")
  @APIResponse(responseCode = "200", description = "The source.")
  @APIResponse(responseCode = "404", description = "No such source.")
  public SourceView get(
      @Parameter(description = "The source's id.", example = "exemple") @PathParam("id")
          String id) {
    return views.view(source(id));
  }

  @GET
  @Path("/{id}/runs")
  @Operation(summary = "List a source's runs", description = "Newest first.")
  public List<RunSummary> runs(
      @Parameter(description = "The source's id.", example = "exemple") @PathParam("id") String id,
      @Parameter(
              description =
                  "`Bearer <the source's key or the administrator's>`: the runs' messages too.")
          @HeaderParam(HttpHeaders.AUTHORIZATION)
          String authorization,
      @Parameter(
              description = "How many runs, 1 to 200 (default 20).",
              example = "20",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
          @QueryParam("limit")
          String limit) {
    boolean full = access.allows(source(id), authorization);
    return sources.runs(id, Parameters.integer("limit", limit, 20, 1, 200)).stream()
        .map(r -> full ? RunSummary.of(r) : RunSummary.publicOf(r))
        .toList();
  }

  @GET
  @Path("/{id}/runs/{run}")
  @Operation(
      summary = "Read a run's report",
      description =
          "What the run did (figures, dates, whether it is complete: public) and, with the"
              + " source's key or the administrator's, its messages and, row by row, why rows"
              + " were rejected (in French and English): these quote the source's file.")
  @APIResponse(
      responseCode = "200",
      description = "The report.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RunReport.class)))
  @APIResponse(responseCode = "404", description = "No such source or run.")
  public RunReport run(
      @Parameter(description = "The source's id.", example = "exemple") @PathParam("id") String id,
      @Parameter(description = "The run's id.", example = "1") @PathParam("run") String runId,
      @Parameter(description = "`Bearer <the source's key or the administrator's>`.")
          @HeaderParam(HttpHeaders.AUTHORIZATION)
          String authorization) {
    ImportRun run = findRun(id, runId);
    return access.allows(source(id), authorization)
        ? report(run)
        : new RunReport(
            RunSummary.publicOf(run), null, null, RunReport.skipped(sources.skipped(run.getId())));
  }

  @GET
  @Path("/{id}/quality")
  @Operation(
      summary = "Read a source's data quality",
      description =
          "Among the source's published venues: how many have hours read exactly, hours flagged"
              + " (partly or wholly unreadable: the hub's text shown), a phone, an e-mail,"
              + " services, and how precisely they are placed; what the last import that read a"
              + " file warned about, by field. Needs the source's key or the administrator's.")
  @APIResponse(
      responseCode = "200",
      description = "The quality summary.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = QualityView.class)))
  @APIResponse(responseCode = "404", description = "No such source.")
  @SourceKeyRequired
  @SecurityRequirement(name = DirectoryApi.SOURCE_KEY)
  public QualityView quality(
      @Parameter(description = "The source's id.", example = "exemple") @PathParam("id")
          String id) {
    source(id);
    return QualityView.of(id, qualities.of(id));
  }

  @GET
  @Path("/{id}/runs/{run}/rejected.csv")
  @Produces("text/csv")
  @Operation(
      summary = "Download a run's rejected rows",
      description =
          "One line per rejected row: its number, id, fields and reasons (in French), then the row"
              + " as the hub sent it, to correct and send again. Needs the source's key or the"
              + " administrator's.")
  @APIResponse(responseCode = "200", description = "CSV (UTF-8, comma-separated).")
  @SourceKeyRequired
  @SecurityRequirement(name = DirectoryApi.SOURCE_KEY)
  public Response rejectedCsv(
      @Parameter(description = "The source's id.", example = "exemple") @PathParam("id") String id,
      @Parameter(description = "The run's id.", example = "1") @PathParam("run") String runId) {
    ImportRun run = findRun(id, runId);
    String csv = RejectedRowsCsv.write(sources.issues(run.getId(), ImportIssue.Kind.REJECTED));
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + id + "-run-" + run.getId() + "-rejected.csv\"")
        .build();
  }

  /** Source {@code id}, or 404. */
  Source source(String id) {
    return sources.find(id).orElseThrow(() -> noSource(id));
  }

  /** The 404 of an unknown source. */
  static ResourceNotFoundException noSource(String id) {
    return new ResourceNotFoundException(Message.of(MESSAGES, "source.missing", id));
  }

  /** The 404 of an unknown run of a source. */
  static ResourceNotFoundException noRun(String id, String runId) {
    return new ResourceNotFoundException(Message.of(MESSAGES, "run.missing", id, runId));
  }

  ImportRun findRun(String id, String runId) {
    source(id);
    return (runId.matches("\\d{1,18}")
            ? sources.run(id, Long.parseLong(runId))
            : Optional.<ImportRun>empty())
        .orElseThrow(() -> noRun(id, runId));
  }

  RunReport report(ImportRun run) {
    return RunReport.of(
        run,
        sources.issues(run.getId(), ImportIssue.Kind.REJECTED),
        sources.issues(run.getId(), ImportIssue.Kind.WARNING),
        sources.skipped(run.getId()));
  }
}
