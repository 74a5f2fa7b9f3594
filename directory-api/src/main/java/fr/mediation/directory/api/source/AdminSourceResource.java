package fr.mediation.directory.api.source;

import fr.mediation.directory.api.DirectoryApi;
import fr.mediation.directory.api.access.AdminKeyRequired;
import fr.mediation.directory.api.problem.InvalidMappingException;
import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.api.problem.ProblemException;
import fr.mediation.directory.feed.SourceAdministration;
import fr.mediation.directory.feed.SourceSettings;
import fr.mediation.directory.feed.pull.PullService;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.SourceHealth;
import fr.mediation.directory.source.Sources;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /admin/sources}: creating and changing sources, and handing out push keys. Needs the
 * administrator's key ({@code DIRECTORY_ADMIN_KEY}) as {@code Authorization: Bearer <key>}.
 */
@AdminKeyRequired
@SecurityRequirement(name = DirectoryApi.ADMIN_KEY)
@Path("/admin/sources")
@Tag(name = "admin", description = "Managing sources (administrator's key required).")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminSourceResource {

  @Inject Sources sources;

  @Inject SourceAdministration administration;

  @Inject PullService pulls;

  @Inject SourceFeedResource feed;

  @Inject SourceResource runs;

  @Inject SourceHealth health;

  @Inject SourceViews views;

  /** A source and, when one was just made, its push key (shown once). */
  @Schema(name = "SourceWithKey")
  public record SourceWithKey(
      SourceView source,
      @JsonbProperty("push_key")
          @Schema(description = "The key the hub pushes with; shown once, only its hash is kept.")
          String pushKey) {}

  @GET
  @Operation(
      summary = "Every source and its health",
      description =
          "For each source, by id: its last successful run (file imported or unchanged) and its"
              + " age, its newest run's status, its held runs waiting for a decision, its failures"
              + " in a row, the venues it publishes, and what needs attention (in French).")
  @APIResponse(
      responseCode = "200",
      description = "The sources.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                      implementation = SourceHealthView.class)))
  public List<SourceHealthView> list() {
    return health.all().stream().map(h -> SourceHealthView.of(h, views.view(h.source()))).toList();
  }

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
      description = "A value of the definition is wrong; `errors` names it.")
  @APIResponse(
      responseCode = "422",
      description =
          "The custom mapping breaks the mapping format's JSON Schema: `errors` lists each"
              + " violation with its JSON pointer (`pointer`) and why, in French.")
  public Response put(
      @Parameter(
              description = "The source's id: lower-case letters, digits, dashes.",
              example = "gironde")
          @PathParam("id")
          String id,
      SourceDefinition definition) {
    if (definition == null) {
      throw new InvalidParameterException(
          "body", null, Message.of(SourceResource.MESSAGES, "body.required"));
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
    SourceAdministration.Saved saved;
    try {
      saved = administration.save(settings);
    } catch (SourceSettings.InvalidSettingException e) {
      if (!e.mappingViolations().isEmpty()) {
        throw new InvalidMappingException(
            e.mappingViolations().stream()
                .map(v -> new InvalidMappingException.Violation(v.pointer(), v.message()))
                .toList());
      }
      throw new InvalidParameterException(e.setting(), e.value(), e.getMessage(), e.messageFr());
    }
    SourceWithKey answer =
        new SourceWithKey(views.view(sources.find(id).orElseThrow()), saved.pushKey());
    return Response.status(saved.created() ? 201 : 200).entity(answer).build();
  }

  @POST
  @Path("/{id}/push-key")
  @Operation(
      summary = "Give a source a new push key",
      description = "The previous key stops working at once. The new key is shown once.")
  public SourceWithKey newKey(
      @Parameter(description = "The source's id.", example = "gironde") @PathParam("id")
          String id) {
    Source source = runs.source(id);
    String key = sources.newPushKey(id);
    return new SourceWithKey(views.view(source), key);
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
      @Parameter(description = "The source's id.", example = "gironde") @PathParam("id")
          String id) {
    Source source = runs.source(id);
    if (source.getDelivery() != Source.Delivery.PULL) {
      throw new ProblemException(
          409, "Source non tirée", Message.of(SourceResource.MESSAGES, "not-pulled", id));
    }
    return feed.answer(
        id, () -> pulls.pull(id, fr.mediation.directory.source.ImportRun.Trigger.ADMIN));
  }
}
