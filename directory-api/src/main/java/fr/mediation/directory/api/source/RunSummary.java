package fr.mediation.directory.api.source;

import fr.mediation.directory.source.ImportRun;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one run of a source did, in figures. */
@Schema(name = "RunSummary", description = "One import of a source's file.")
@JsonbPropertyOrder({
  "id",
  "status",
  "trigger",
  "startedAt",
  "finishedAt",
  "message",
  "messageFr",
  "read",
  "accepted",
  "rejected",
  "created",
  "updated",
  "unchanged",
  "retired",
  "warned",
  "contentSha256"
})
public record RunSummary(
    @Schema(description = "The run's id.") long id,
    @Schema(
            description =
                "succeeded (imported), unchanged (same file as before), held (would retire too"
                    + " many venues: nothing changed), failed (unreadable: nothing changed).",
            examples = "succeeded")
        String status,
    @Schema(description = "push, pull, startup or admin.") String trigger,
    @JsonbProperty("started_at") Instant startedAt,
    @JsonbProperty("finished_at") Instant finishedAt,
    @Schema(description = "What happened, in English.") String message,
    @JsonbProperty("message_fr") @Schema(description = "What happened, in French.")
        String messageFr,
    @Schema(description = "Rows read.") int read,
    @Schema(description = "Rows accepted.") int accepted,
    @Schema(description = "Rows rejected.") int rejected,
    @Schema(description = "Venues created.") int created,
    @Schema(description = "Venues updated.") int updated,
    @Schema(description = "Venues unchanged.") int unchanged,
    @Schema(description = "Venues retired: no longer in the file.") int retired,
    @Schema(description = "Accepted rows with warnings.") int warned,
    @JsonbProperty("content_sha256") @Schema(description = "SHA-256 of the file.")
        String contentSha256) {

  static RunSummary of(ImportRun r) {
    return new RunSummary(
        r.getId(),
        r.getStatus().name().toLowerCase(Locale.ROOT),
        r.getTrigger() == null ? null : r.getTrigger().name().toLowerCase(Locale.ROOT),
        r.getStartedAt(),
        r.getFinishedAt(),
        r.getMessage(),
        r.getMessageFr(),
        r.getRowsRead(),
        r.getRowsAccepted(),
        r.getRowsRejected(),
        r.getRowsCreated(),
        r.getRowsUpdated(),
        r.getRowsUnchanged(),
        r.getRowsRetired(),
        r.getRowsWarned(),
        r.getContentSha256());
  }
}
