package fr.mediation.directory.api.federation;

import fr.mediation.directory.federation.FederationReview;
import fr.mediation.directory.federation.Matchable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pair of listings the detector scored near its threshold, both sides shown. */
@Schema(name = "ReviewPair")
@JsonbPropertyOrder({"a", "b", "distanceM", "score", "duplicate", "mergedNow", "reasons"})
public record ReviewPairView(
    @Schema(description = "One listing.") ListingView a,
    @Schema(description = "The other listing.") ListingView b,
    @JsonbProperty("distance_m")
        @Schema(description = "Their distance in metres; absent when one has no position.")
        Double distanceM,
    @Schema(description = "The detector's score, 0 to 1.") double score,
    @Schema(description = "Whether the detector takes them as one venue (score ≥ threshold).")
        boolean duplicate,
    @JsonbProperty("merged_now") @Schema(description = "Whether they are one merged venue now.")
        boolean mergedNow,
    @Schema(description = "The detector's reasons (names, addresses, distance, contacts...).")
        List<String> reasons) {

  /** One side: what the detector compared of the listing. */
  @Schema(name = "ReviewListing")
  @JsonbPropertyOrder({
    "ref",
    "source",
    "localId",
    "mergedId",
    "nom",
    "adresse",
    "codePostal",
    "codeInsee",
    "latitude",
    "longitude",
    "pivot",
    "telephone",
    "courriels",
    "siteWeb"
  })
  public record ListingView(
      @Schema(
              description = "`{source}:{id}`, as merge decisions name listings.",
              examples = "hub-lo:123")
          String ref,
      String source,
      @JsonbProperty("local_id") String localId,
      @JsonbProperty("merged_id") String mergedId,
      String nom,
      String adresse,
      @JsonbProperty("code_postal") String codePostal,
      @JsonbProperty("code_insee") String codeInsee,
      Double latitude,
      Double longitude,
      String pivot,
      String telephone,
      String courriels,
      @JsonbProperty("site_web") String siteWeb) {

    static ListingView of(FederationReview.Side side) {
      Matchable m = side.listing();
      return new ListingView(
          m.source() + ":" + m.localId(),
          m.source(),
          m.localId(),
          side.mergedId(),
          m.nom(),
          m.adresse(),
          m.codePostal(),
          m.codeInsee(),
          m.latitude(),
          m.longitude(),
          m.pivot(),
          m.telephone(),
          m.courriels(),
          m.siteWeb());
    }
  }

  static ReviewPairView of(FederationReview.Candidate c) {
    return new ReviewPairView(
        ListingView.of(c.a()),
        ListingView.of(c.b()),
        c.distanceMetres(),
        Math.round(c.score() * 10_000) / 10_000.0,
        c.duplicate(),
        c.mergedNow(),
        c.reasons());
  }

  /** A page of the queue. */
  @Schema(name = "ReviewQueue")
  @JsonbPropertyOrder({"threshold", "band", "total", "pairs"})
  public record Page(
      @Schema(description = "The detector's threshold.") double threshold,
      @Schema(description = "How far from the threshold, on both sides, pairs are listed.")
          double band,
      @Schema(description = "How many pairs in all.") int total,
      @Schema(description = "This page's pairs, closest to the threshold first.")
          List<ReviewPairView> pairs) {}
}
