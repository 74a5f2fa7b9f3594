package fr.mediation.directory.api.federation;

import fr.mediation.directory.api.DirectoryApi;
import fr.mediation.directory.api.Parameters;
import fr.mediation.directory.api.access.AdminKeyRequired;
import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.federation.FederationReview;
import fr.mediation.directory.geo.Departements;
import fr.mediation.directory.message.Message;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /admin/federation/review}: the pairs of listings the detector scored near its threshold
 * and people did not decide yet; a decision is then recorded with {@code /admin/merge-decisions}.
 */
@AdminKeyRequired
@SecurityRequirement(name = DirectoryApi.ADMIN_KEY)
@Path("/admin/federation/review")
@Tag(name = "admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FederationReviewResource {

  private static final Pattern DECIMAL = Pattern.compile("0?\\.\\d{1,4}|0|1");
  private static final Pattern DEPARTEMENT = Pattern.compile("\\d{2,3}|2[AB]");

  @Inject FederationReview review;

  @GET
  @Operation(
      summary = "Pairs near the duplicate detector's threshold",
      description =
          "The pairs of listings of different sources the detector scored within `band` of its"
              + " threshold, on both sides (merged just above, kept apart just under), that no"
              + " merge decision settles: both listings' fields, their distance, the score and"
              + " the detector's reasons, closest to the threshold first, by pages. Record"
              + " \"même lieu\" or \"lieux distincts\" with `POST /api/v1/admin/merge-decisions`"
              + " (`same_venue` / `not_duplicates`, naming both `ref`s); the pair then leaves"
              + " the queue. Every published listing is scored again at each call: narrow it to"
              + " a `departement` on a large directory.")
  @APIResponse(
      responseCode = "200",
      description = "A page of pairs.",
      content = @Content(schema = @Schema(implementation = ReviewPairView.Page.class)))
  @APIResponse(responseCode = "400", description = "A parameter is wrong; `errors` names it.")
  public ReviewPairView.Page queue(
      @Parameter(
              description =
                  "How far from the threshold, on both sides, 0 to 0.5 (default"
                      + " `DIRECTORY_FEDERATION_REVIEW_BAND`, 0.12).",
              example = "0.12")
          @QueryParam("band")
          String band,
      @Parameter(description = "Only this département (e.g. 47, 2A, 974).", example = "47")
          @QueryParam("departement")
          String departement,
      @Parameter(description = "How many pairs, 1 to 200 (default 20).") @QueryParam("limit")
          String limit,
      @Parameter(description = "How many pairs to skip (default 0).") @QueryParam("offset")
          String offset) {
    double width = band(band);
    String only = departement(departement);
    int size = Parameters.integer("limit", limit, 20, 1, 200);
    int skip = Parameters.integer("offset", offset, 0, 0, 999_999);
    FederationReview.Page page = review.queue(width, only, size, skip);
    return new ReviewPairView.Page(
        page.threshold(),
        page.band(),
        page.total(),
        page.pairs().stream().map(ReviewPairView::of).toList());
  }

  private double band(String raw) {
    if (raw == null || raw.isBlank()) {
      return review.defaultBand();
    }
    String value = raw.strip();
    if (!DECIMAL.matcher(value).matches() || Double.parseDouble(value) > 0.5) {
      throw new InvalidParameterException(
          "band", raw, Message.of(MergeDecisionResource.MESSAGES, "review.band"));
    }
    return Double.parseDouble(value);
  }

  private static String departement(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String value = raw.strip().toUpperCase(java.util.Locale.ROOT);
    if (!DEPARTEMENT.matcher(value).matches()) {
      throw new InvalidParameterException(
          "departement", raw, Message.of(MergeDecisionResource.MESSAGES, "review.departement"));
    }
    // Listings are grouped by the first digits of their postcode: Corsica's are 20.
    return Departements.postcodePrefix(value);
  }
}
