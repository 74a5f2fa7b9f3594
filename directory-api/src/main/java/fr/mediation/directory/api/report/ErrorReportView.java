package fr.mediation.directory.api.report;

import fr.mediation.directory.report.ErrorReport;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored error report. */
@Schema(name = "ErrorReport", description = "A report that a venue's listing is wrong.")
@JsonbPropertyOrder({
  "id",
  "venueId",
  "venueName",
  "message",
  "contact",
  "createdAt",
  "repeats",
  "lastReportedAt",
  "state",
  "stateChangedAt"
})
public record ErrorReportView(
    long id,
    @JsonbProperty("venue_id") String venueId,
    @JsonbProperty("venue_name") @Schema(description = "The venue's name when it was reported.")
        String venueName,
    String message,
    @Schema(description = "How to reach the person who reported (only for the source).")
        String contact,
    @JsonbProperty("created_at") Instant createdAt,
    @Schema(
            description =
                "How many times the same message about the venue was sent within a day of the"
                    + " previous time (1: once).",
            examples = "1")
        int repeats,
    @JsonbProperty("last_reported_at") @Schema(description = "When it was last sent.")
        Instant lastReportedAt,
    @Schema(
            description =
                "What the source did about it (only for the source): nouveau, en-cours, corrige,"
                    + " rejete; set in the console.",
            examples = "nouveau")
        String state,
    @JsonbProperty("state_changed_at")
        @Schema(description = "When the source last set the state (only for the source).")
        Instant stateChangedAt) {

  /** The view of a stored report; {@code withContact} false hides the contact and the state. */
  public static ErrorReportView of(ErrorReport r, boolean withContact) {
    return new ErrorReportView(
        r.getId(),
        r.getVenueId(),
        r.getVenueName(),
        r.getMessage(),
        withContact ? r.getContact() : null,
        r.getCreatedAt(),
        r.getRepeats(),
        r.getLastReportedAt(),
        withContact ? r.getState().code() : null,
        withContact ? r.getStateChangedAt() : null);
  }
}
