package fr.mediation.directory.api.venue;

import fr.mediation.directory.api.http.CachedResponses;
import fr.mediation.directory.api.problem.Problem;
import fr.mediation.directory.api.problem.ProblemException;
import fr.mediation.directory.api.problem.ResourceNotFoundException;
import fr.mediation.directory.api.venue.parameter.BooleanConverter;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.venue.field.StandardLabel;
import fr.mediation.directory.venue.search.VenueHits;
import fr.mediation.directory.venue.search.VenueQuery;
import fr.mediation.directory.venue.search.VenueSearch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Providers;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /venues}: search venues and read one. The map's clusters, the export and the change feed
 * are their own resources ({@link VenueClusterResource}, {@link VenueExportResource}, {@link
 * VenueChangeResource}), which take the same {@link FilterParameters}.
 */
@Path("/venues")
@Tag(name = "venues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VenueResource {

  @Inject VenueSearch search;

  @Inject VenueReader reader;

  @Context Providers providers;

  private static final java.time.format.DateTimeFormatter RETIRED_DAY =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

  private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

  @GET
  @Operation(
      summary = "Search venues",
      description =
          "Venues near a point (nearest first, with their distance), in a box or administrative"
              + " area, matching words (French: stemming, elisions, accents, small typos), by every"
              + " filter of the national standard, open now or at a date-time. Every parameter is"
              + " optional; several values of one filter are alternatives (comma-separated or"
              + " repeated), distinct filters all apply. Without a point or words, venues come by"
              + " name. Pages by `offset` or, stable while imports run, by `cursor`. JSON or"
              + " GeoJSON; answers carry an `ETag` (send it back in `If-None-Match` for a 304).")
  @APIResponse(
      responseCode = "200",
      description = "A page of matching venues.",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VenuePage.class)),
        @Content(mediaType = VenueExport.GEO_JSON, schema = @Schema(type = SchemaType.OBJECT))
      })
  @APIResponse(
      responseCode = "304",
      description = "Unchanged since the `ETag` given in `If-None-Match`.")
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
  @Produces({MediaType.APPLICATION_JSON, VenueExport.GEO_JSON})
  public Response search(
      @BeanParam PointAndWords where,
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
          String offset,
      @Parameter(
              description =
                  "Where to continue: the `next_cursor` of the previous page (same other"
                      + " parameters). Pages read this way stay stable while imports run.",
              example = "bmFtZR9tZWRpYXRoZXF1ZR8zZjFjMmE5ZQ")
          @QueryParam("cursor")
          String cursor,
      @Parameter(
              description =
                  "`true`: also count, among matching venues, the venues per value of every"
                      + " filter (`facets`).",
              example = "true",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("facets")
          String facets,
      @Parameter(
              description =
                  "`true`: count every matching venue. By default `total` is exact up to 1,000"
                      + " venues and a lower bound beyond (`total_exact` is then `false`), which"
                      + " keeps searches in dense areas fast.",
              example = "true",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("exact_total")
          String exactTotal,
      @Parameter(
              description =
                  "`json` (default) or `geojson` (RFC 7946 FeatureCollection, also chosen by"
                      + " `Accept: application/geo+json`).",
              example = "geojson",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"json", "geojson"}))
          @QueryParam("format")
          String format,
      @BeanParam FilterParameters filters,
      @Context Request request,
      @Context HttpHeaders headers) {
    VenueQuery query =
        SearchParameters.toQuery(
            filters,
            where.lat,
            where.lon,
            where.radiusKm,
            where.q,
            sort,
            limit,
            offset,
            cursor,
            facets);
    boolean geo = geoJson(format, headers);
    // One clock for the whole page: its venues' open states agree.
    ZonedDateTime now = ZonedDateTime.now();
    VenueHits hits =
        search.search(
            query,
            BooleanConverter.BOOLEAN.convert("exact_total", exactTotal, false)
                ? Long.MAX_VALUE
                : VenueSearch.COUNTED_UP_TO);
    VenuePage page =
        new VenuePage(
            hits.total(),
            hits.totalExact(),
            query.cursor() == null ? query.offset() : 0,
            query.limit(),
            hits.hits().stream().map(hit -> VenueSummary.of(hit, now)).toList(),
            hits.nextCursor(),
            query.facets() ? facets(hits.facets()) : null);
    if (!geo) {
      return CachedResponses.json(request, jsonb(providers), page, MediaType.APPLICATION_JSON);
    }
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    try (JsonGenerator json = VenueExport.JSON.createGenerator(body)) {
      json.writeStartObject().write("type", "FeatureCollection");
      json.write("total", page.total());
      json.write("total_exact", page.totalExact());
      if (page.nextCursor() != null) {
        json.write("next_cursor", page.nextCursor());
      }
      json.writeStartArray("features");
      Jsonb jsonb = jsonb(providers);
      for (VenueSummary item : page.items()) {
        VenueExport.writeFeature(json, jsonb, item.id(), item.latitude(), item.longitude(), item);
      }
      json.writeEnd().writeEnd();
    }
    return CachedResponses.bytes(request, body.toByteArray(), VenueExport.GEO_JSON);
  }

  private static Map<String, Map<String, Long>> facets(Map<String, Map<Object, Long>> facets) {
    Map<String, Map<String, Long>> named = new LinkedHashMap<>();
    facets.forEach(
        (name, counts) -> {
          Map<String, Long> byCode = new LinkedHashMap<>();
          counts.forEach(
              (value, count) ->
                  byCode.put(
                      value instanceof StandardLabel label ? label.code() : String.valueOf(value),
                      count));
          named.put(name, byCode);
        });
    return named;
  }

  private static boolean geoJson(String format, HttpHeaders headers) {
    if (format != null && !format.isBlank()) {
      return switch (format.strip().toLowerCase(Locale.ROOT)) {
        case "geojson" -> true;
        case "json" -> false;
        default -> throw SearchParameters.refused("format", format, "search.format");
      };
    }
    return headers.getAcceptableMediaTypes().stream()
        .anyMatch(type -> type.toString().startsWith(VenueExport.GEO_JSON));
  }

  /** The JSON-B of the API's answers (snake_case names, as configured for the application). */
  static Jsonb jsonb(Providers providers) {
    return providers
        .getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE)
        .getContext(VenuePage.class);
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
  @APIResponse(responseCode = "410", description = "No source publishes the venue any more.")
  @APIResponse(responseCode = "404", description = "No venue has this id.")
  public Response get(
      @Parameter(
              description =
                  "The directory's id of the venue, as given by the search, or a source's id"
                      + " written `{source}:{id}`.",
              example = "3f1c2a9e-5b7d-3c41-9a0e-2d8f6b1c4e77")
          @PathParam("id")
          String id,
      @Context UriInfo uri) {
    return switch (reader.find(id)) {
      case VenueReader.Found found -> Response.ok(found.venue()).build();
      case VenueReader.Elsewhere other ->
          Response.status(
                  other.merged() ? Response.Status.MOVED_PERMANENTLY : Response.Status.FOUND)
              .location(location(uri, other.id()))
              .build();
      case VenueReader.Retired retired -> {
        // English gives the instant, French the day in metropolitan France.
        Message message =
            Message.of(
                SearchParameters.MESSAGES,
                "venue.retired",
                id,
                retired.at().toString(),
                RETIRED_DAY.format(retired.at().atZone(PARIS)));
        throw new ProblemException(410, "Lieu retiré", message.en(), message.fr());
      }
      case VenueReader.Missing missing -> {
        Message message = Message.of(SearchParameters.MESSAGES, "venue.missing", id);
        throw new ResourceNotFoundException(message.en(), message.fr());
      }
    };
  }

  private static URI location(UriInfo uri, String id) {
    return uri.getBaseUriBuilder().path("venues").path(id).build();
  }
}
