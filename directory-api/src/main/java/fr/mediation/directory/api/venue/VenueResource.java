package fr.mediation.directory.api.venue;

import fr.mediation.directory.api.Parameters;
import fr.mediation.directory.api.http.CachedResponses;
import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.api.problem.Problem;
import fr.mediation.directory.api.problem.ProblemException;
import fr.mediation.directory.api.problem.ResourceNotFoundException;
import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.field.StandardLabel;
import fr.mediation.directory.venue.search.Cursor;
import fr.mediation.directory.venue.search.SearchBusyException;
import fr.mediation.directory.venue.search.VenueClusters;
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
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
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
 * {@code /venues}: search venues, read one, export them.
 *
 * <p>Over 400 lines because most of it is the OpenAPI description of each operation and parameter,
 * which the public API's contract requires beside the code it describes.
 */
@Path("/venues")
@Tag(name = "venues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VenueResource {

  @Inject VenueSearch search;

  @Inject VenueReader reader;

  @Context Providers providers;

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
            SearchParameters.bool("exact_total", exactTotal, false)
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
      return CachedResponses.json(request, jsonb(), page, MediaType.APPLICATION_JSON);
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
      Jsonb jsonb = jsonb();
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
        default ->
            throw new InvalidParameterException(
                "format",
                format,
                "format must be json or geojson.",
                "format doit valoir json ou geojson.");
      };
    }
    return headers.getAcceptableMediaTypes().stream()
        .anyMatch(type -> type.toString().startsWith(VenueExport.GEO_JSON));
  }

  private Jsonb jsonb() {
    return providers
        .getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE)
        .getContext(VenuePage.class);
  }

  @GET
  @Path("/clusters")
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
    if (filters.bbox == null || filters.bbox.isBlank()) {
      throw new InvalidParameterException(
          "bbox",
          null,
          "bbox is required: minLon,minLat,maxLon,maxLat of the map view.",
          "bbox est obligatoire : minLon,minLat,maxLon,maxLat de la vue de carte.");
    }
    if (zoom == null || zoom.isBlank()) {
      throw new InvalidParameterException(
          "zoom", null, "zoom is required (0 to 17).", "zoom est obligatoire (0 à 17).");
    }
    int level = Parameters.integer("zoom", zoom, 0, 0, 17);
    VenueQuery.BoundingBox box = AreaParameters.bbox("bbox", filters.bbox);
    VenueClusters clusters;
    try {
      clusters = search.clusters(SearchParameters.toFilterQuery(filters), box, level);
    } catch (SearchBusyException e) {
      throw new ProblemException(
          503,
          "Service momentanément surchargé",
          e.getMessage(),
          "Trop de vues de carte sont en cours de calcul : réessayez dans quelques secondes.",
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
    return CachedResponses.json(request, jsonb(), view, MediaType.APPLICATION_JSON);
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e5) / 1e5;
  }

  @GET
  @Path("/export")
  @Produces({VenueExport.CSV, MediaType.APPLICATION_JSON, VenueExport.GEO_JSON})
  @Operation(
      summary = "Export venues",
      description =
          "Every venue matching the filters (all of them without filters), streamed: as the"
              + " national standard v1 in CSV (`format=csv`, the standard's columns in order,"
              + " lists joined with `|`) or JSON (`format=json`, an array of objects with the"
              + " standard's keys), or as GeoJSON (`format=geojson`). The open-data export that"
              + " any consumer of the standard reads as is. `format=v0` (JSON) and `format=v0-csv`"
              + " give the shape of the standard before v1 (0.1.x: `;` lists, v0 wordings,"
              + " `courriel`, `conditions_acces`, `publics_accueillis`, `labels_nationaux`,"
              + " `labels_autres`, `accessibilite`) that the national cartography's web component"
              + " (`@gouvfr-anct/cartographie-nationale`) reads; a venue that component would"
              + " refuse is left out. Takes the words, circle (`lat`, `lon`"
              + " with `radius_km`) and filters of the search. With `updated_since`, only venues"
              + " changed since then, retired ones included. CSV cells that a spreadsheet would"
              + " run as a formula (starting with =, +, -, @) are prefixed with a single quote.")
  @APIResponse(
      responseCode = "200",
      description = "The venues, streamed.",
      content = {
        @Content(mediaType = VenueExport.CSV, schema = @Schema(type = SchemaType.STRING)),
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class)),
        @Content(mediaType = VenueExport.GEO_JSON, schema = @Schema(type = SchemaType.OBJECT))
      })
  @APIResponse(
      responseCode = "400",
      description = "`format`, `updated_since` or a filter is invalid; `errors` names it.")
  public Response export(
      @Parameter(
              description =
                  "`csv` (default), `json` (the standard's JSON), `geojson`, or the v0 shape of"
                      + " the national cartography: `v0` (JSON) or `v0-csv`.",
              example = "csv",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"csv", "json", "geojson", "v0", "v0-csv"}))
          @QueryParam("format")
          String format,
      @Parameter(
              description =
                  "Only venues changed since this instant (ISO 8601), retired ones included.",
              example = "2026-11-01T00:00:00Z",
              schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          @QueryParam("updated_since")
          String updatedSince,
      @BeanParam PointAndWords where,
      @BeanParam FilterParameters filters) {
    VenueQuery query = SearchParameters.toFilterQuery(filters, where);
    Instant since = instant("updated_since", updatedSince);
    String kind =
        format == null || format.isBlank() ? "csv" : format.strip().toLowerCase(Locale.ROOT);
    return switch (kind) {
      case "csv" ->
          Response.ok(VenueExport.csv(search, query, since), VenueExport.CSV + "; charset=UTF-8")
              .header(
                  "Content-Disposition", "attachment; filename=\"lieux-mediation-numerique.csv\"")
              .build();
      case "json" ->
          Response.ok(VenueExport.standardJson(search, query, since), MediaType.APPLICATION_JSON)
              .build();
      case "geojson" ->
          Response.ok(VenueExport.geoJson(search, query, since, jsonb()), VenueExport.GEO_JSON)
              .build();
      case "v0" ->
          Response.ok(VenueExport.v0Json(search, query, since), MediaType.APPLICATION_JSON).build();
      case "v0-csv" ->
          Response.ok(VenueExport.v0Csv(search, query, since), VenueExport.CSV + "; charset=UTF-8")
              .header(
                  "Content-Disposition",
                  "attachment; filename=\"lieux-mediation-numerique-v0.csv\"")
              .build();
      default ->
          throw new InvalidParameterException(
              "format",
              format,
              "format must be csv, json, geojson, v0 or v0-csv.",
              "format doit valoir csv, json, geojson, v0 ou v0-csv.");
    };
  }

  @GET
  @Path("/changes")
  @Operation(
      summary = "Venues changed since a date",
      description =
          "The change feed, to mirror the directory incrementally: venues created, changed or"
              + " retired since `updated_since`, with every field, retired ones with `retired_at`."
              + " Takes the words, circle and filters of the search, to mirror a part of it."
              + " Note the time before the first call, and pass it as `updated_since` next time.")
  @APIResponse(
      responseCode = "200",
      description = "A page of changed venues.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = VenueChange.class)))
  @APIResponse(
      responseCode = "304",
      description = "Unchanged since the `ETag` given in `If-None-Match`.")
  @APIResponse(
      responseCode = "400",
      description = "`updated_since` is missing or invalid, or `cursor` or `limit`.")
  public Response changes(
      @Parameter(
              description = "Venues changed at or after this instant (ISO 8601).",
              example = "2026-11-01T00:00:00Z",
              required = true,
              schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          @QueryParam("updated_since")
          String updatedSince,
      @Parameter(
              description = "The `next_cursor` of the previous page.",
              example = "M2YxYzJhOWUtNWI3ZC0zYzQxLTlhMGUtMmQ4ZjZiMWM0ZTc3")
          @QueryParam("cursor")
          String cursor,
      @Parameter(
              description = "Venues per page, 1 to 1000 (default 100).",
              example = "100",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000"))
          @QueryParam("limit")
          String limit,
      @BeanParam PointAndWords where,
      @BeanParam FilterParameters filters,
      @Context Request request) {
    Instant since = instant("updated_since", updatedSince);
    if (since == null) {
      throw new InvalidParameterException(
          "updated_since",
          null,
          "updated_since is required (ISO 8601 instant).",
          "updated_since est obligatoire (instant ISO 8601).");
    }
    int size = Parameters.integer("limit", limit, 100, 1, 1000);
    String after = null;
    if (cursor != null && !cursor.isBlank()) {
      try {
        after = Cursor.decode(cursor, "id").key();
      } catch (IllegalArgumentException e) {
        throw new InvalidParameterException(
            "cursor",
            cursor,
            "cursor must be the next_cursor of a previous page.",
            "cursor doit être le next_cursor d'une page précédente.");
      }
    }
    VenueQuery query = SearchParameters.toFilterQuery(filters, where);
    List<MergedVenue> page = search.page(query, since, after, size);
    String next =
        page.size() < size ? null : new Cursor("id", page.getLast().getId(), null).encode();
    VenueChange changes =
        new VenueChange(since, next, page.stream().map(v -> VenueDetail.of(v)).toList());
    return CachedResponses.json(request, jsonb(), changes, MediaType.APPLICATION_JSON);
  }

  private static Instant instant(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(raw.strip()).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidParameterException(
          name,
          raw,
          name + " must be an ISO 8601 instant with its offset, e.g. 2026-11-01T00:00:00Z.",
          name
              + " doit être un instant ISO 8601 avec son décalage, par exemple"
              + " 2026-11-01T00:00:00Z.");
    }
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
      case VenueReader.Retired retired ->
          throw new ProblemException(
              410,
              "Lieu retiré",
              "Venue " + id + " is no longer published by any source since " + retired.at(),
              "Ce lieu n'est plus publié par aucune source depuis le "
                  + java.time.format.DateTimeFormatter.ofPattern(
                          "d MMMM yyyy", java.util.Locale.FRENCH)
                      .format(retired.at().atZone(java.time.ZoneId.of("Europe/Paris")))
                  + ".");
      case VenueReader.Missing missing ->
          throw new ResourceNotFoundException(
              "No venue with id " + id, "Aucun lieu n'a l'identifiant « " + id + " ».");
    };
  }

  private static URI location(UriInfo uri, String id) {
    return uri.getBaseUriBuilder().path("venues").path(id).build();
  }
}
