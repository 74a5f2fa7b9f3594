package fr.mediation.directory.api.source;

import fr.mediation.directory.api.DirectoryApi;
import fr.mediation.directory.api.Parameters;
import fr.mediation.directory.api.access.AdminKeyRequired;
import fr.mediation.directory.api.problem.ProblemException;
import fr.mediation.directory.feed.HeldImports;
import fr.mediation.directory.feed.HeldRunConflictException;
import fr.mediation.directory.feed.ImportBusyException;
import fr.mediation.directory.source.ImportRun;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /admin/sources/{id}/runs/{run}/held|release|discard}: a run held by the shrink guard, what
 * it would retire, and the administrator's decision: publish it as it is, or discard it.
 */
@AdminKeyRequired
@SecurityRequirement(name = DirectoryApi.ADMIN_KEY)
@Path("/admin/sources/{id}/runs/{run}")
@Tag(name = "admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminHeldRunResource {

  @Inject HeldImports held;

  @Inject SourceResource runs;

  @GET
  @Path("/held")
  @Operation(
      summary = "What a held run would do",
      description =
          "The venues it would retire (by name, a page of `limit` from `offset`), their count and"
              + " share of the source's venues, how many it would create and update, and whether"
              + " it can still be released (not when another run of the source was published"
              + " since).")
  @APIResponse(
      responseCode = "200",
      description = "The held run.",
      content = @Content(schema = @Schema(implementation = HeldRunView.class)))
  @APIResponse(responseCode = "404", description = "No such source or run.")
  public HeldRunView review(
      @Parameter(description = "The source's id.", example = "gironde") @PathParam("id") String id,
      @Parameter(description = "The run's id.", example = "42") @PathParam("run") String runId,
      @Parameter(description = "How many venues to list, 1 to 1000 (default 100).")
          @QueryParam("limit")
          String limit,
      @Parameter(description = "How many venues to skip (default 0).") @QueryParam("offset")
          String offset) {
    int size = Parameters.integer("limit", limit, 100, 1, 1000);
    int skip = Parameters.integer("offset", offset, 0, 0, 999_999);
    ImportRun run = runs.findRun(id, runId);
    return HeldRunView.of(
        held.review(id, run.getId(), size, skip)
            .orElseThrow(() -> SourceResource.noRun(id, runId)));
  }

  @POST
  @Path("/release")
  @Operation(
      summary = "Release a held run",
      description =
          "Publishes the held file exactly as it was read: its changed rows and the retirements"
              + " it would make, all together; its merged venues follow in the background (the"
              + " run is `complete` when they are). Refused (409, with the reason in French) when"
              + " the run is not held, or when another run of the source was published since.")
  @APIResponse(
      responseCode = "200",
      description = "Published: the run's report, now `succeeded`.",
      content = @Content(schema = @Schema(implementation = RunReport.class)))
  @APIResponse(
      responseCode = "409",
      description = "Not held any more, stale, or the source is importing a file.")
  public RunReport release(
      @Parameter(description = "The source's id.", example = "gironde") @PathParam("id") String id,
      @Parameter(description = "The run's id.", example = "42") @PathParam("run") String runId) {
    return decide(id, runId, held::release);
  }

  @POST
  @Path("/discard")
  @Operation(
      summary = "Discard a held run",
      description = "Deletes what the held run kept; nothing changes. Refused (409) when not held.")
  @APIResponse(
      responseCode = "200",
      description = "Discarded: the run's report, now `discarded`.",
      content = @Content(schema = @Schema(implementation = RunReport.class)))
  @APIResponse(responseCode = "409", description = "The run is not held.")
  public RunReport discard(
      @Parameter(description = "The source's id.", example = "gironde") @PathParam("id") String id,
      @Parameter(description = "The run's id.", example = "42") @PathParam("run") String runId) {
    return decide(id, runId, held::discard);
  }

  /**
   * The report of run {@code runId} of source {@code id} once the administrator's {@code decision}
   * is carried out: 404 when there is no such run, 409 when the decision is refused.
   */
  private RunReport decide(String id, String runId, BiFunction<String, Long, ImportRun> decision) {
    ImportRun run = runs.findRun(id, runId);
    try {
      return runs.report(decision.apply(id, run.getId()));
    } catch (HeldRunConflictException e) {
      throw refused(e);
    } catch (ImportBusyException e) {
      // Only a release is refused while the source imports a file.
      throw SourceFeedResource.busy(e);
    }
  }

  private static ProblemException refused(HeldRunConflictException e) {
    return new ProblemException(409, "Import non suspendu", e.getMessage(), e.messageFr());
  }
}
