package fr.mediation.directory.api.venue;

import fr.mediation.directory.api.venue.parameter.InstantConverter;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /venues/export}: every venue matching the filters, streamed in the standard's formats. */
@Path("/venues/export")
@Tag(name = "venues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VenueExportResource {

  @Inject VenueSearch search;

  @Context Providers providers;

  @GET
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
    Instant since = InstantConverter.INSTANT.convert("updated_since", updatedSince, null);
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
          Response.ok(
                  VenueExport.geoJson(search, query, since, VenueResource.jsonb(providers)),
                  VenueExport.GEO_JSON)
              .build();
      case "v0" ->
          Response.ok(VenueExport.v0Json(search, query, since), MediaType.APPLICATION_JSON).build();
      case "v0-csv" ->
          Response.ok(VenueExport.v0Csv(search, query, since), VenueExport.CSV + "; charset=UTF-8")
              .header(
                  "Content-Disposition",
                  "attachment; filename=\"lieux-mediation-numerique-v0.csv\"")
              .build();
      default -> throw SearchParameters.refused("format", format, "export.format");
    };
  }
}
