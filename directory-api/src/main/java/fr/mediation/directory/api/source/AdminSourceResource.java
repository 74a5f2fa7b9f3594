package fr.mediation.directory.api.source;

import fr.mediation.directory.api.admin.AdminAuthorization;
import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.api.problem.Problem;
import fr.mediation.directory.api.problem.ProblemException;
import fr.mediation.directory.feed.SourceSettings;
import fr.mediation.directory.feed.pull.PullService;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /admin/sources}: creating and changing sources, and handing out push keys. Needs the
 * administrator's key ({@code DIRECTORY_ADMIN_KEY}) as {@code Authorization: Bearer <key>}.
 */
@Path("/admin/sources")
@Tag(name = "admin", description = "Managing sources (administrator's key required).")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminSourceResource {

  @Inject Sources sources;

  @Inject PullService pulls;

  @Inject SourceFeedResource feed;

  @Inject SourceResource runs;

  @Inject AdminAuthorization admin;

  /** A source and, when one was just made, its push key (shown once). */
  @Schema(name = "SourceWithKey")
  public record SourceWithKey(
      SourceView source,
      @JsonbProperty("push_key")
          @Schema(description = "The key the hub pushes with; shown once, only its hash is kept.")
          String pushKey) {}

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create or change a source",
      description = "A new push source gets its push key in the answer, once.")
  @APIResponse(responseCode = "200", description = "Changed.")
  @APIResponse(responseCode = "201", description = "Created.")
  @APIResponse(
      responseCode = "400",
      description = "A value of the definition is wrong; `errors` names it.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description = "No administrator's key, or a wrong one.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response put(
      @Parameter(
              description = "The source's id: lower-case letters, digits, dashes.",
              example = "gironde")
          @PathParam("id")
          String id,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      SourceDefinition definition) {
    authorize(authorization);
    if (definition == null) {
      throw new InvalidParameterException(
          "body",
          null,
          "A JSON source definition is required.",
          "Une définition de source (JSON) est attendue.");
    }
    SourceSettings settings =
        new SourceSettings(
            id,
            definition.name(),
            definition.publisher(),
            definition.licence(),
            definition.format(),
            definition.mapping(),
            definition.delivery(),
            definition.url(),
            definition.pullEveryMinutes(),
            definition.maxRetireShare(),
            null,
            definition.expectedPeriodDays());
    Optional<Source> existing = sources.find(id);
    Source source;
    try {
      source =
          settings.applyTo(existing.orElseGet(() -> new Source(id, Instant.now())), Instant.now());
    } catch (SourceSettings.InvalidSettingException e) {
      throw new InvalidParameterException(e.setting(), e.value(), e.getMessage(), e.messageFr());
    }
    sources.save(source);
    Source.Delivery delivery = source.getDelivery();
    String pushKey =
        existing.isEmpty() && delivery == Source.Delivery.PUSH ? sources.newPushKey(id) : null;
    SourceWithKey answer = new SourceWithKey(runs.view(sources.find(id).orElseThrow()), pushKey);
    return Response.status(existing.isEmpty() ? 201 : 200).entity(answer).build();
  }

  @POST
  @Path("/{id}/push-key")
  @Operation(
      summary = "Give a source a new push key",
      description = "The previous key stops working at once. The new key is shown once.")
  public SourceWithKey newKey(
      @Parameter(description = "The source's id.", example = "gironde") @PathParam("id") String id,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    authorize(authorization);
    Source source = runs.source(id);
    String key = sources.newPushKey(id);
    return new SourceWithKey(runs.view(source), key);
  }

  @POST
  @Path("/{id}/pull")
  @Operation(
      summary = "Pull a source now",
      description =
          "Fetches the source's URL (conditionally: a 304 changes nothing) and imports the file."
              + " Answers like a push: 202 when imported (merged venues follow in the background),"
              + " 200 when unchanged, 409 when held or already importing, 422 when unreadable or"
              + " unreachable.")
  public Response pull(
      @Parameter(description = "The source's id.", example = "gironde") @PathParam("id") String id,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    authorize(authorization);
    Source source = runs.source(id);
    if (source.getDelivery() != Source.Delivery.PULL) {
      throw new ProblemException(
          409,
          "Source non tirée",
          "Source " + id + " is not pulled from a URL.",
          "La source « " + id + " » n'est pas récupérée depuis une adresse (pull).");
    }
    return feed.answer(
        id, () -> pulls.pull(id, fr.mediation.directory.source.ImportRun.Trigger.ADMIN));
  }

  private void authorize(String authorization) {
    admin.check(authorization);
  }
}
