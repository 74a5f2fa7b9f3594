package fr.mediation.directory.api.venue;

import fr.mediation.directory.api.Parameters;
import fr.mediation.directory.api.http.CachedResponses;
import fr.mediation.directory.api.venue.parameter.CursorConverter;
import fr.mediation.directory.api.venue.parameter.InstantConverter;
import fr.mediation.directory.api.venue.parameter.ParameterConverter;
import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.search.Cursor;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /venues/changes}: the change feed, venues changed since an instant, page by page. */
@Path("/venues/changes")
@Tag(name = "venues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VenueChangeResource {

  @Inject VenueSearch search;

  @Context Providers providers;

  @GET
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
    if (!ParameterConverter.present(updatedSince)) {
      throw SearchParameters.refused("updated_since", null, "changes.since");
    }
    Instant since = InstantConverter.INSTANT.convert("updated_since", updatedSince);
    int size = Parameters.integer("limit", limit, 100, 1, 1000);
    String checked = new CursorConverter("id").convert("cursor", cursor, null);
    String after = checked == null ? null : Cursor.decode(checked, "id").key();
    VenueQuery query = SearchParameters.toFilterQuery(filters, where);
    List<MergedVenue> page = search.page(query, since, after, size);
    String next =
        page.size() < size ? null : new Cursor("id", page.getLast().getId(), null).encode();
    VenueChange changes =
        new VenueChange(since, next, page.stream().map(v -> VenueDetail.of(v)).toList());
    return CachedResponses.json(
        request, VenueResource.jsonb(providers), changes, MediaType.APPLICATION_JSON);
  }
}
