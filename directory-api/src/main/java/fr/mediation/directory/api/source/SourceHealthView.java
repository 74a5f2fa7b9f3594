package fr.mediation.directory.api.source;

import fr.mediation.directory.source.SourceHealth;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source and its health at a glance. */
@Schema(name = "SourceHealth", description = "A source and its health, for the administrator.")
@JsonbPropertyOrder({
  "source",
  "lastSuccess",
  "lastSuccessAgeSeconds",
  "lastRun",
  "heldRuns",
  "failuresInARow",
  "activeVenues",
  "attention"
})
public record SourceHealthView(
    SourceView source,
    @JsonbProperty("last_success")
        @Schema(description = "Its last run that read its file (succeeded or unchanged).")
        RunFactView lastSuccess,
    @JsonbProperty("last_success_age_seconds")
        @Schema(description = "How long ago the last success ended, in seconds.")
        Long lastSuccessAgeSeconds,
    @JsonbProperty("last_run") @Schema(description = "Its newest run.") RunFactView lastRun,
    @JsonbProperty("held_runs")
        @Schema(description = "Its held runs waiting for a decision, newest first.")
        List<Long> heldRuns,
    @JsonbProperty("failures_in_a_row")
        @Schema(description = "Failed runs (pulls, unreadable files) since the last that was not.")
        int failuresInARow,
    @JsonbProperty("active_venues") @Schema(description = "Venues it publishes now.")
        long activeVenues,
    @Schema(description = "What needs attention, in French; empty when all is well.")
        List<String> attention) {

  /** A run in a few words. */
  @Schema(name = "RunFact")
  @JsonbPropertyOrder({"id", "status", "at"})
  public record RunFactView(
      long id,
      @Schema(examples = "succeeded") String status,
      @Schema(description = "When it ended (or started, while running).") Instant at) {

    static RunFactView of(SourceHealth.RunFact f) {
      return f == null
          ? null
          : new RunFactView(f.id(), f.status().name().toLowerCase(Locale.ROOT), f.at());
    }
  }

  static SourceHealthView of(SourceHealth.Health h, SourceView source) {
    return new SourceHealthView(
        source,
        RunFactView.of(h.lastSuccess()),
        h.lastSuccessAge() == null ? null : h.lastSuccessAge().toSeconds(),
        RunFactView.of(h.lastRun()),
        h.heldRuns(),
        h.failuresInARow(),
        h.activeVenues(),
        h.attention());
  }
}
