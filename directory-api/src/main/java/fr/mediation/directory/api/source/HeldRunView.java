package fr.mediation.directory.api.source;

import fr.mediation.directory.feed.HeldImports;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a held run would do if the administrator released it. */
@Schema(name = "HeldRun", description = "A run held by the shrink guard, and what it would do.")
@JsonbPropertyOrder({
  "run",
  "releasable",
  "refusal",
  "active",
  "retiringCount",
  "retiringShare",
  "creating",
  "updating",
  "retiring"
})
public record HeldRunView(
    RunSummary run,
    @Schema(description = "Whether the run can be released now.") boolean releasable,
    @Schema(description = "Why it cannot be released, in French (absent when it can).")
        String refusal,
    @Schema(description = "How many venues the source publishes now.") long active,
    @JsonbProperty("retiring_count") @Schema(description = "How many venues it would retire.")
        long retiringCount,
    @JsonbProperty("retiring_share")
        @Schema(description = "The share of the source's venues it would retire, 0 to 1.")
        double retiringShare,
    @Schema(description = "How many venues it would create.") long creating,
    @Schema(description = "How many venues it would update (rows that changed).") long updating,
    @Schema(description = "The venues it would retire, by name (a page of them).")
        List<RetiringVenue> retiring) {

  /** A venue the run would retire. */
  @Schema(name = "RetiringVenue")
  @JsonbPropertyOrder({"id", "localId", "mergedId", "nom", "codePostal", "commune"})
  public record RetiringVenue(
      @Schema(description = "The listing's directory id.") String id,
      @JsonbProperty("local_id") @Schema(description = "Its id in the source's file.")
          String localId,
      @JsonbProperty("merged_id") @Schema(description = "The merged venue citizens see.")
          String mergedId,
      String nom,
      @JsonbProperty("code_postal") String codePostal,
      String commune) {}

  static HeldRunView of(HeldImports.Review review) {
    return new HeldRunView(
        RunSummary.of(review.run()),
        review.releasable(),
        review.refusal().orElse(null),
        review.active(),
        review.retiringCount(),
        Math.round(review.retiringShare() * 1000) / 1000.0,
        review.creating(),
        review.updating(),
        review.retiring().stream()
            .map(
                r ->
                    new RetiringVenue(
                        r.venueId(),
                        r.localId(),
                        r.mergedId(),
                        r.nom(),
                        r.codePostal(),
                        r.commune()))
            .toList());
  }
}
