package fr.mediation.directory.api.index;

import fr.mediation.directory.index.Reindexing;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the rebuild of the search index stands. */
@Schema(name = "Reindexing", description = "The current or last rebuild of the search index.")
@JsonbPropertyOrder({
  "state",
  "inPlace",
  "startedAt",
  "finishedAt",
  "total",
  "done",
  "perSecond",
  "error"
})
public record ReindexingView(
    @Schema(description = "idle (none since the node started), running, succeeded or failed.")
        String state,
    @JsonbProperty("in_place")
        @Schema(
            description =
                "true: documents replaced in place (OpenSearch), searches stay complete during the"
                    + " rebuild; false: the index is emptied first (embedded Lucene), searches find"
                    + " the venues indexed so far.")
        boolean inPlace,
    @JsonbProperty("started_at") Instant startedAt,
    @JsonbProperty("finished_at") Instant finishedAt,
    @Schema(description = "Entities to index.") long total,
    @Schema(description = "Entities indexed so far.") long done,
    @JsonbProperty("per_second") @Schema(description = "Entities indexed per second.")
        double perSecond,
    @Schema(description = "Why it failed, if it did.") String error) {

  static ReindexingView of(Reindexing.Status s) {
    return new ReindexingView(
        s.state().name().toLowerCase(Locale.ROOT),
        s.inPlace(),
        s.startedAt(),
        s.finishedAt(),
        s.total(),
        s.done(),
        Math.round(s.perSecond() * 10) / 10.0,
        s.error());
  }
}
