package fr.mediation.directory.api.venue;

import fr.mediation.directory.api.DirectoryApi;
import fr.mediation.directory.api.access.SourceKeyRequired;
import fr.mediation.directory.api.problem.ResourceNotFoundException;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.Venues;
import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.OpeningHours;
import fr.mediation.directory.venue.hours.Closure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /venues/{id}/closures}: the temporary closures and exceptional hours of a venue, recorded
 * by a source that publishes it (its push key) or by the administrator (theirs). Honoured at once
 * by the open states and the "open now / at" filters; a period over has no effect.
 */
@Path("/venues/{id}/closures")
@Tag(name = "venues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VenueClosureResource {

  /** At most this many periods per venue. */
  static final int MAX_CLOSURES = 20;

  static final int MAX_REASON = 280;

  @Inject Venues venues;

  /** The clock that says which periods are over (fixed in tests). */
  Clock clock = Clock.systemUTC();

  @GET
  @Operation(
      summary = "A venue's temporary closures",
      description = "The periods not over, recorded or written in the hub's hours.")
  @APIResponse(responseCode = "200", description = "The periods, the earliest first.")
  @APIResponse(responseCode = "404", description = "No venue has this id.")
  public List<ClosureView> list(
      @Parameter(
              description = "The directory's id of the venue.",
              example = "3f1c2a9e-5b7d-3c41-9a0e-2d8f6b1c4e77")
          @PathParam("id")
          String id) {
    return views(venue(id));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a venue's temporary closures",
      description =
          "Replaces the venue's recorded periods with those sent: a JSON array of `{du, au,"
              + " horaires, motif}`, `du` and `au` inclusive ISO dates, `horaires` (OpenStreetMap"
              + " syntax) the hours during the period or absent when closed throughout, `motif`"
              + " in French. Needs the push key of a source publishing the venue, or the"
              + " administrator's key, as `Authorization: Bearer <key>`.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              example =
                  "[{\"du\": \"2026-12-22\", \"au\": \"2027-01-02\", \"motif\": \"Congés de fin"
                      + " d'année\"}]"))
  @APIResponse(responseCode = "200", description = "Recorded: the periods not over.")
  @APIResponse(
      responseCode = "400",
      description = "A period is wrong; `errors` names its field and value.")
  @APIResponse(responseCode = "403", description = "The key of a source not publishing the venue.")
  @APIResponse(responseCode = "404", description = "No venue has this id.")
  @SourceKeyRequired(SourceKeyRequired.Subject.VENUE)
  @SecurityRequirement(name = DirectoryApi.SOURCE_KEY)
  public List<ClosureView> put(
      @Parameter(
              description = "The directory's id of the venue.",
              example = "3f1c2a9e-5b7d-3c41-9a0e-2d8f6b1c4e77")
          @PathParam("id")
          String id,
      String body) {
    venue(id);
    List<Closure> closures = read(body, LocalDate.now(clock).minusDays(1));
    return views(venues.recordClosures(id, closures, clock.instant()).orElseThrow());
  }

  @DELETE
  @Operation(
      summary = "Remove a venue's temporary closures",
      description = "Removes every recorded period (same keys as PUT).")
  @APIResponse(responseCode = "200", description = "Removed: the periods left (the hub's own).")
  @APIResponse(responseCode = "403", description = "The key of a source not publishing the venue.")
  @APIResponse(responseCode = "404", description = "No venue has this id.")
  @SourceKeyRequired(SourceKeyRequired.Subject.VENUE)
  @SecurityRequirement(name = DirectoryApi.SOURCE_KEY)
  public List<ClosureView> delete(
      @Parameter(
              description = "The directory's id of the venue.",
              example = "3f1c2a9e-5b7d-3c41-9a0e-2d8f6b1c4e77")
          @PathParam("id")
          String id) {
    venue(id);
    return views(venues.recordClosures(id, List.of(), clock.instant()).orElseThrow());
  }

  private MergedVenue venue(String id) {
    return venues
        .findMerged(id)
        .filter(v -> v.getRedirectTo() == null && v.getRetiredAt() == null)
        .orElseThrow(
            () ->
                new ResourceNotFoundException(
                    Message.of(SearchParameters.MESSAGES, "venue.missing", id).en(),
                    Message.french(SearchParameters.MESSAGES, "venue.missing", id)));
  }

  private List<ClosureView> views(MergedVenue v) {
    return ClosureView.of(
        v.closures(),
        v.hoursForOpenState(),
        v.getCodeInsee(),
        v.getCodePostal(),
        ZonedDateTime.now(clock));
  }

  /**
   * The periods of {@code body}; periods ending before {@code earliestEnd} are refused (a day of
   * margin: the venue's zone may still be on yesterday).
   */
  static List<Closure> read(String body, LocalDate earliestEnd) {
    JsonArray array;
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      array = reader.readArray();
    } catch (JsonException | IllegalStateException e) {
      throw SearchParameters.refused("fermetures", body, "closures.array");
    }
    if (array.size() > MAX_CLOSURES) {
      throw SearchParameters.refused(
          "fermetures", String.valueOf(array.size()), "closures.many", MAX_CLOSURES);
    }
    List<Closure> closures = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String at = "fermetures[" + i + "].";
      if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
        throw SearchParameters.refused(
            "fermetures[" + i + "]", array.get(i).toString(), "closures.object");
      }
      JsonObject o = array.getJsonObject(i);
      LocalDate from = date(o, at + "du");
      LocalDate to = date(o, at + "au");
      if (to.isBefore(from)) {
        throw SearchParameters.refused(at + "au", to.toString(), "closures.order", from);
      }
      if (to.isBefore(earliestEnd)) {
        throw SearchParameters.refused(at + "au", to.toString(), "closures.over");
      }
      String hours = text(o, at + "horaires");
      if (hours != null) {
        try {
          hours = new OpeningHours(hours).value();
        } catch (InvalidFieldException e) {
          throw SearchParameters.refused(at + "horaires", hours, "closures.hours");
        }
      }
      String reason = text(o, at + "motif");
      if (reason != null && reason.length() > MAX_REASON) {
        throw SearchParameters.refused(at + "motif", reason, "closures.reason", MAX_REASON);
      }
      closures.add(new Closure(from, to, hours, reason));
    }
    return closures;
  }

  private static LocalDate date(JsonObject o, String name) {
    String key = name.substring(name.lastIndexOf('.') + 1);
    JsonValue value = o.get(key);
    String text = value instanceof JsonString s ? s.getString() : null;
    try {
      if (text != null) {
        return LocalDate.parse(text.strip());
      }
    } catch (DateTimeParseException e) {
      // answered below
    }
    throw SearchParameters.refused(
        name,
        value == null ? null : (text != null ? text : value.toString()),
        "closures.date",
        key);
  }

  private static String text(JsonObject o, String name) {
    String key = name.substring(name.lastIndexOf('.') + 1);
    JsonValue value = o.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonString s)) {
      throw SearchParameters.refused(name, value.toString(), "closures.text", key);
    }
    return s.getString().isBlank() ? null : s.getString().strip();
  }
}
