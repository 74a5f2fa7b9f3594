package fr.mediation.directory.api.place;

import fr.mediation.directory.api.Parameters;
import fr.mediation.directory.api.http.CachedResponses;
import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.geo.Places;
import fr.mediation.directory.message.Message;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /places}: type-ahead lookup of communes, arrondissements and postcodes. */
@Path("/places")
@Tag(name = "places")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlaceResource {

  /** The texts of its answers, in English and French, beside this class. */
  private static final String MESSAGES = "fr.mediation.directory.api.place.messages";

  @Context Providers providers;

  @GET
  @Operation(
      summary = "Find places",
      description =
          "Communes, arrondissements of Paris, Lyon and Marseille and postcodes of all France"
              + " (overseas included) matching what a person is typing, with their INSEE code and"
              + " centre, names equal to the text first, then names starting with it, then names"
              + " with a word starting with it, each group largest first: to turn a search box"
              + " into a point or an area of the venue search. Case, accents, ligatures, hyphens,"
              + " apostrophes and one typo do not matter; \"st\" reads as \"saint\"; digits match"
              + " postcodes by prefix and INSEE codes.")
  @APIResponse(
      responseCode = "200",
      description = "The places found, best first (empty when none).",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = PlaceView.class)))
  @APIResponse(
      responseCode = "304",
      description = "Unchanged since the `ETag` given in `If-None-Match`.")
  @APIResponse(
      responseCode = "400",
      description = "`q` is missing or too long, or `limit` is out of range.")
  public Response find(
      @Parameter(
              description = "What the person typed: a name (or its start) or digits.",
              example = "st etienne",
              required = true)
          @QueryParam("q")
          String q,
      @Parameter(
              description = "Places to return, 1 to 50 (default 10).",
              example = "10",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50"))
          @QueryParam("limit")
          String limit,
      @Context Request request) {
    if (q == null || q.isBlank()) {
      throw new InvalidParameterException("q", q, Message.of(MESSAGES, "q.required"));
    }
    if (q.length() > 100) {
      throw new InvalidParameterException(
          "q", q.substring(0, 40) + "…", Message.of(MESSAGES, "q.too-long"));
    }
    int max = Parameters.integer("limit", limit, 10, 1, 50);
    var places = Places.get().find(q, max).stream().map(PlaceView::of).toList();
    Jsonb jsonb =
        providers
            .getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE)
            .getContext(PlaceView.class);
    return CachedResponses.json(request, jsonb, places, MediaType.APPLICATION_JSON);
  }
}
