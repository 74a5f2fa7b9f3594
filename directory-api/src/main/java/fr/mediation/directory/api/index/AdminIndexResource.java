package fr.mediation.directory.api.index;

import fr.mediation.directory.api.DirectoryApi;
import fr.mediation.directory.api.Parameters;
import fr.mediation.directory.api.access.AdminKeyRequired;
import fr.mediation.directory.index.Reindexing;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /admin/reindexing}: rebuilding the search index of the whole directory from the database,
 * while the node keeps serving. Needs the administrator's key as {@code Authorization: Bearer
 * <key>}.
 */
@AdminKeyRequired
@SecurityRequirement(name = DirectoryApi.ADMIN_KEY)
@Path("/admin/reindexing")
@Tag(name = "admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminIndexResource {

  @Inject Reindexing reindexing;

  @POST
  @Operation(
      summary = "Rebuild the search index",
      description =
          "Starts rebuilding the index of every venue from the database, in the background; the"
              + " directory keeps answering meanwhile. If a rebuild is running already, answers"
              + " its progress. Follow it with GET.")
  @APIResponse(
      responseCode = "202",
      description = "Started, or already running.",
      content = @Content(schema = @Schema(implementation = ReindexingView.class)))
  public Response start(
      @Parameter(description = "Threads loading venues from the database (1 to 16).", example = "2")
          @QueryParam("threads")
          String threads) {
    int loaders = Parameters.integer("threads", threads, 2, 1, 16);
    return Response.accepted(ReindexingView.of(reindexing.start(loaders))).build();
  }

  @GET
  @Operation(summary = "Progress of the rebuild of the search index")
  @APIResponse(
      responseCode = "200",
      description = "The current or last rebuild.",
      content = @Content(schema = @Schema(implementation = ReindexingView.class)))
  public ReindexingView status() {
    return ReindexingView.of(reindexing.status());
  }
}
