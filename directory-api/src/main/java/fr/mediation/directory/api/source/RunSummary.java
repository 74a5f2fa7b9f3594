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
  "complete",
  "completedAt",
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
                "running (being imported: nothing visible yet), succeeded (imported),"
                    + " unchanged (same file as before), held (would retire too many venues:"
                    + " nothing changed; the administrator may release or discard it), discarded"
                    + " (a held run discarded, or made stale by a later publication), failed (unreadable: nothing changed), interrupted (the"
                    + " server stopped during the import: nothing changed).",
            examples = "succeeded")
        String status,
    @Schema(description = "push, pull, startup or admin.") String trigger,
    @JsonbProperty("started_at") Instant startedAt,
    @JsonbProperty("finished_at") Instant finishedAt,
    @Schema(
            description =
                "Whether everything the run changed is visible: its merged venues composed and"
                    + " indexed (after a succeeded run's answer, in the background).")
        boolean complete,
    @JsonbProperty("completed_at") @Schema(description = "When the run became complete.")
        Instant completedAt,
    @Schema(
            description =
                "What happened, in English (with the source's key or the administrator's only).")
        String message,
    @JsonbProperty("message_fr")
        @Schema(
            description =
                "What happened, in French (with the source's key or the administrator's only).")
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

  /**
   * The run without its messages, which may quote the source's file: what anyone may read (figures,
   * dates, status).
   */
  static RunSummary publicOf(ImportRun r) {
    RunSummary full = of(r);
    return new RunSummary(
        full.id,
        full.status,
        full.trigger,
        full.startedAt,
        full.finishedAt,
        full.complete,
        full.completedAt,
        null,
        null,
        full.read,
        full.accepted,
        full.rejected,
        full.created,
        full.updated,
        full.unchanged,
        full.retired,
        full.warned,
        full.contentSha256);
  }

  /** The run's figures and messages (for its source or the administrator). */
  public static RunSummary of(ImportRun r) {
    return new RunSummary(
        r.getId(),
        r.getStatus().name().toLowerCase(Locale.ROOT),
        r.getTrigger() == null ? null : r.getTrigger().name().toLowerCase(Locale.ROOT),
        r.getStartedAt(),
        r.getFinishedAt(),
        r.getCompletedAt() != null,
        r.getCompletedAt(),
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
