package fr.mediation.directory.api.venue;

import fr.mediation.directory.api.problem.Problem;
import fr.mediation.directory.api.problem.ProblemException;
import fr.mediation.directory.api.problem.ResourceNotFoundException;
import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.Venues;
import fr.mediation.directory.venue.search.VenueHits;
import fr.mediation.directory.venue.search.VenueQuery;
import fr.mediation.directory.venue.search.VenueSearch;
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
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /venues}: search venues, read one. */
@Path("/venues")
@Tag(name = "venues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VenueResource {

  @Inject VenueSearch search;

  @Inject Venues venues;

  @GET
  @Operation(
      summary = "Search venues",
      description =
          "Venues near a point (nearest first, with their distance), matching words, offering"
              + " services, by fee condition. Every parameter is optional; several values of one"
              + " filter are alternatives (comma-separated or repeated), distinct filters all"
              + " apply. Without a point or words, venues come by name.")
  @APIResponse(
      responseCode = "200",
      description = "A page of matching venues.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = VenuePage.class)))
  @APIResponse(
      responseCode = "400",
      description = "A parameter has a value that cannot be used; `errors` names it.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "latitude out of range",
                      value =
                          "{\"type\":\"/api/v1/problems/invalid-parameter\",\"title\":\"Paramètre"
                              + " invalide\",\"status\":400,\"detail\":\"lat doit être un nombre"
                              + " entre -90 et 90. (reçu : 95)\",\"instance\":\"/api/v1/venues?lat=95&lon=2.35\","
                              + "\"errors\":[{\"name\":\"lat\",\"value\":\"95\",\"message\":\"lat"
                              + " must be between -90 and 90.\",\"message_fr\":\"lat doit être un"
                              + " nombre entre -90 et 90.\"}]}")))
  public VenuePage search(
      @Parameter(
              description = "Latitude of the point to search around (WGS84). Needs `lon`.",
              example = "48.8566",
              schema = @Schema(type = SchemaType.NUMBER, minimum = "-90", maximum = "90"))
          @QueryParam("lat")
          String lat,
      @Parameter(
              description = "Longitude of the point to search around (WGS84). Needs `lat`.",
              example = "2.3522",
              schema = @Schema(type = SchemaType.NUMBER, minimum = "-180", maximum = "180"))
          @QueryParam("lon")
          String lon,
      @Parameter(
              description =
                  "Only venues within this distance of the point, in kilometres (at most 500)."
                      + " Without it, the nearest venues anywhere.",
              example = "5",
              schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "500"))
          @QueryParam("radius_km")
          String radiusKm,
      @Parameter(
              description =
                  "Words to find in the name, commune and presentation (French: accents, case and"
                      + " elisions such as l' or d' do not matter; all words must match).",
              example = "médiathèque")
          @QueryParam("q")
          String q,
      @Parameter(
              description =
                  "Services offered: codes (e.g. `aide-aux-demarches-administratives`) or labels"
                      + " of the standard. A venue matches if it offers any of them.",
              example = "aide-aux-demarches-administratives")
          @QueryParam("services")
          List<String> services,
      @Parameter(
              description = "Fee conditions: `gratuit`, `gratuit-sous-condition`, `payant`.",
              example = "gratuit")
          @QueryParam("frais_a_charge")
          List<String> fees,
      @Parameter(
              description =
                  "Order: `distance` (default with a point), `relevance` (default with `q`),"
                      + " `name` (default otherwise).",
              example = "distance",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"distance", "relevance", "name"}))
          @QueryParam("sort")
          String sort,
      @Parameter(
              description = "Venues per page, 1 to 100 (default 20).",
              example = "20",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
          @QueryParam("limit")
          String limit,
      @Parameter(
              description = "Venues to skip, 0 to 10000 (default 0).",
              example = "0",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "10000"))
          @QueryParam("offset")
          String offset) {
    VenueQuery query =
        SearchParameters.toQuery(lat, lon, radiusKm, q, services, fees, sort, limit, offset);
    VenueHits hits = search.search(query);
    return new VenuePage(
        hits.total(),
        query.offset(),
        query.limit(),
        hits.hits().stream().map(VenueSummary::of).toList());
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary = "Read a venue",
      description =
          "Every field of the national standard for one venue, merged from every source that"
              + " publishes it, with the sources and the provenance of each field. The id is the"
              + " directory's (stable across imports), or a source's own id written"
              + " `{source}:{id}`, which redirects to the merged venue.")
  @APIResponse(
      responseCode = "200",
      description = "The venue.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = VenueDetail.class)))
  @APIResponse(
      responseCode = "301",
      description =
          "The venue was merged into another one (the same place, found in another source):"
              + " `Location` gives it.")
  @APIResponse(
      responseCode = "302",
      description =
          "The id is a source's listing (`{source}:{id}`): `Location` gives the merged venue it"
              + " belongs to.")
  @APIResponse(
      responseCode = "410",
      description = "No source publishes the venue any more.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No venue has this id.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response get(
      @Parameter(
              description =
                  "The directory's id of the venue, as given by the search, or a source's id"
                      + " written `{source}:{id}`.",
              example = "3f1c2a9e-5b7d-3c41-9a0e-2d8f6b1c4e77")
          @PathParam("id")
          String id,
      @Context UriInfo uri) {
    Optional<MergedVenue> found = venues.findMerged(id);
    if (found.isEmpty()) {
      // A source's listing: by `{source}:{local id}`, or by the listing's own id.
      int colon = id.indexOf(':');
      Optional<Venue> listing =
          colon > 0
              ? venues.find(id.substring(0, colon), id.substring(colon + 1))
              : venues.find(id);
      String mergedId =
          listing
              .map(Venue::getMergedId)
              .orElseThrow(
                  () ->
                      new ResourceNotFoundException(
                          "No venue with id " + id,
                          "Aucun lieu n'a l'identifiant « " + id + " »."));
      return Response.status(Response.Status.FOUND)
          .location(location(uri, finalId(mergedId)))
          .build();
    }
    MergedVenue venue = found.get();
    if (venue.getRedirectTo() != null) {
      return Response.status(Response.Status.MOVED_PERMANENTLY)
          .location(location(uri, finalId(venue.getRedirectTo())))
          .build();
    }
    if (venue.getRetiredAt() != null) {
      throw new ProblemException(
          410,
          "Lieu retiré",
          "Venue " + id + " is no longer published by any source since " + venue.getRetiredAt(),
          "Ce lieu n'est plus publié par aucune source depuis le "
              + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.FRENCH)
                  .format(venue.getRetiredAt().atZone(java.time.ZoneId.of("Europe/Paris")))
              + ".");
    }
    return Response.ok(VenueDetail.of(venue, venues.listingsOf(venue.getId()))).build();
  }

  /** The end of a chain of merges starting at {@code id} (merged into a venue merged since...). */
  private String finalId(String id) {
    String current = id;
    for (int hops = 0; hops < 10; hops++) {
      Optional<String> next = venues.findMerged(current).map(MergedVenue::getRedirectTo);
      if (next.isEmpty()) {
        return current;
      }
      current = next.get();
    }
    return current;
  }

  private static URI location(UriInfo uri, String id) {
    return uri.getBaseUriBuilder().path("venues").path(id).build();
  }
}
