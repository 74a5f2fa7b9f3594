package fr.mediation.directory.api.venue;

import fr.mediation.directory.api.Parameters;
import fr.mediation.directory.api.http.CachedResponses;
import fr.mediation.directory.api.problem.ProblemException;
import fr.mediation.directory.api.venue.parameter.BoxConverter;
import fr.mediation.directory.api.venue.parameter.ParameterConverter;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.venue.search.SearchBusyException;
import fr.mediation.directory.venue.search.VenueClusters;
import fr.mediation.directory.venue.search.VenueQuery;
import fr.mediation.directory.venue.search.VenueSearch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /venues/clusters}: the venues of a map view grouped by cells, with the filters of the
 * search.
 */
@Path("/venues/clusters")
@Tag(name = "venues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VenueClusterResource {

  @Inject VenueSearch search;

  @Context Providers providers;

  @GET
  @Operation(
      summary = "Cluster venues for a map",
      description =
          "The venues in a map view grouped by cells of about 32 pixels at the given zoom (Web"
              + " Mercator tiles of 256 pixels), each group with its count and the mean position"
              + " of its venues, and the venue's id for a group of one: a national view is a few"
              + " kilobytes instead of the whole dataset. Takes the filters of the search. The box"
              + " is grown to whole tiles of the zoom (neighbouring views share one answer, and"
              + " `bbox` in the answer is the box used); a box spanning more than 128 tiles at the"
              + " zoom asked is answered for the finest zoom at which it spans no more (`zoom` in"
              + " the answer), so that an answer holds at most 8,192 groups. When too many views"
              + " are being computed at once, 503 with `Retry-After`.")
  @APIResponse(
      responseCode = "200",
      description = "The groups of venues in the view.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ClusterView.class)))
  @APIResponse(
      responseCode = "304",
      description = "Unchanged since the `ETag` given in `If-None-Match`.")
  @APIResponse(
      responseCode = "400",
      description = "`bbox` or `zoom` is missing or invalid, or a filter is; `errors` names it.")
  @APIResponse(
      responseCode = "503",
      description =
          "Too many map views are being computed at once: try again after `Retry-After` seconds.")
  public Response clusters(
      @Parameter(
              description = "Map zoom level, 0 (world) to 17.",
              example = "6",
              required = true,
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "17"))
          @QueryParam("zoom")
          String zoom,
      @BeanParam FilterParameters filters,
      @Context Request request) {
    if (!ParameterConverter.present(filters.bbox)) {
      throw SearchParameters.refused("bbox", null, "clusters.bbox");
    }
    if (!ParameterConverter.present(zoom)) {
      throw SearchParameters.refused("zoom", null, "clusters.zoom");
    }
    int level = Parameters.integer("zoom", zoom, 0, 0, 17);
    VenueQuery.BoundingBox box = BoxConverter.BOX.convert("bbox", filters.bbox);
    VenueClusters clusters;
    try {
      clusters = search.clusters(SearchParameters.toFilterQuery(filters), box, level);
    } catch (SearchBusyException e) {
      throw new ProblemException(
          503,
          "Service momentanément surchargé",
          e.getMessage(),
          Message.french(SearchParameters.MESSAGES, "clusters.busy"),
          null,
          Map.of("Retry-After", String.valueOf(SearchBusyException.RETRY_AFTER_SECONDS)));
    }
    VenueQuery.BoundingBox used = clusters.box();
    ClusterView view =
        new ClusterView(
            clusters.total(),
            clusters.zoom(),
            List.of(
                round(used.minLon()), round(used.minLat()),
                round(used.maxLon()), round(used.maxLat())),
            clusters.clusters().stream()
                .map(
                    c ->
                        new ClusterView.Cluster(
                            c.count(), round(c.latitude()), round(c.longitude()), c.id()))
                .toList());
    return CachedResponses.json(
        request, VenueResource.jsonb(providers), view, MediaType.APPLICATION_JSON);
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e5) / 1e5;
  }
}
