package fr.mediation.directory.api.federation;

import fr.mediation.directory.api.DirectoryApi;
import fr.mediation.directory.api.access.AdminKeyRequired;
import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.api.problem.ResourceNotFoundException;
import fr.mediation.directory.federation.Federation;
import fr.mediation.directory.federation.MergeDecision;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.Venues;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /admin/merge-decisions}: people's decisions that listings of several sources are, or are
 * not, the same venue. They name listings by source and id, so they hold across re-imports, and
 * apply at once.
 */
@AdminKeyRequired
@SecurityRequirement(name = DirectoryApi.ADMIN_KEY)
@Path("/admin/merge-decisions")
@Tag(name = "admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MergeDecisionResource {

  /** The texts of the package's answers, in English and French, beside its classes. */
  static final String MESSAGES = "fr.mediation.directory.api.federation.messages";

  @Inject Federation federation;

  @Inject Venues venues;

  /** A decision to take. */
  @Schema(name = "MergeDecisionRequest")
  public record DecisionRequest(
      @Schema(
              description =
                  "`not_duplicates`: the listings are distinct venues (every pair of them);"
                      + " `same_venue`: they are one venue.",
              enumeration = {"not_duplicates", "same_venue"},
              examples = "not_duplicates")
          String decision,
      @Schema(
              description =
                  "Two or more listings, each `{source}:{id}` (the source's key and the venue's id"
                      + " in that source).",
              examples = "[\"hub-lo:123\", \"france-services:456\"]")
          List<String> venues,
      @Schema(description = "Why (kept with the decision).", examples = "Deux lieux distincts")
          String note) {}

  /** A listing named in a decision. */
  @Schema(name = "DecidedListing")
  @JsonbPropertyOrder({"source", "id", "mergedId"})
  public record DecidedListing(
      String source,
      String id,
      @JsonbProperty("merged_id")
          @Schema(description = "The merged venue the listing now belongs to.")
          String mergedId) {}

  /** A stored decision. */
  @Schema(name = "MergeDecision")
  @JsonbPropertyOrder({"id", "decision", "venues", "note", "createdAt"})
  public record DecisionView(
      long id,
      String decision,
      List<DecidedListing> venues,
      String note,
      @JsonbProperty("created_at") Instant createdAt) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Decide that listings are, or are not, the same venue",
      description =
          "Applied at once (the merged venues concerned are composed again) and kept across"
              + " re-imports. A newer decision about the same pair replaces the older one.")
  @APIResponse(responseCode = "201", description = "The decisions taken (one per pair).")
  @APIResponse(
      responseCode = "400",
      description =
          "A listing is unknown or the decision is not one of the two; `errors` names it.")
  public Response decide(DecisionRequest request) {
    if (request == null) {
      throw new InvalidParameterException("body", null, Message.of(MESSAGES, "body.required"));
    }
    MergeDecision.Kind kind = kind(request.decision());
    if (request.venues() == null || new LinkedHashSet<>(request.venues()).size() < 2) {
      throw new InvalidParameterException(
          "venues",
          request.venues() == null ? null : String.join(",", request.venues()),
          Message.of(MESSAGES, "venues.too-few"));
    }
    List<String> listingIds = new ArrayList<>();
    int index = 0;
    for (String ref : new LinkedHashSet<>(request.venues())) {
      listingIds.add(listing("venues[" + index++ + "]", ref).getId());
    }
    String note = request.note() == null ? null : request.note().strip();
    if (note != null && note.length() > 1000) {
      throw new InvalidParameterException(
          "note", note.substring(0, 40) + "…", Message.of(MESSAGES, "note.too-long"));
    }
    List<DecisionView> views =
        federation.decide(kind, listingIds, note).stream().map(this::view).toList();
    return Response.status(Response.Status.CREATED).entity(views).build();
  }

  @GET
  @Operation(summary = "Every decision, oldest first")
  @APIResponse(responseCode = "200", description = "The decisions.")
  public List<DecisionView> list() {
    return federation.decisions().stream().map(this::view).toList();
  }

  @DELETE
  @Path("/{id}")
  @Operation(
      summary = "Withdraw a decision",
      description = "The detector decides again for that pair, at once.")
  @APIResponse(responseCode = "204", description = "Withdrawn.")
  @APIResponse(responseCode = "404", description = "No decision has this id.")
  public Response withdraw(
      @Parameter(description = "The decision's id.", example = "12") @PathParam("id") String id) {
    long number;
    try {
      number = Long.parseLong(id);
    } catch (NumberFormatException e) {
      number = -1;
    }
    if (number < 0 || federation.withdraw(number).isEmpty()) {
      throw new ResourceNotFoundException(Message.of(MESSAGES, "decision.missing", id));
    }
    return Response.noContent().build();
  }

  private static MergeDecision.Kind kind(String decision) {
    if (decision != null) {
      switch (decision.strip().toLowerCase(Locale.ROOT)) {
        case "not_duplicates":
          return MergeDecision.Kind.NOT_DUPLICATES;
        case "same_venue":
          return MergeDecision.Kind.SAME_VENUE;
        default:
          break;
      }
    }
    throw new InvalidParameterException("decision", decision, Message.of(MESSAGES, "decision"));
  }

  private Venue listing(String name, String ref) {
    int colon = ref == null ? -1 : ref.indexOf(':');
    if (colon <= 0 || colon == ref.length() - 1) {
      throw new InvalidParameterException(name, ref, Message.of(MESSAGES, "listing.form"));
    }
    return venues
        .find(ref.substring(0, colon), ref.substring(colon + 1))
        .orElseThrow(
            () ->
                new InvalidParameterException(
                    name, ref, Message.of(MESSAGES, "listing.missing", ref)));
  }

  private DecisionView view(MergeDecision d) {
    List<DecidedListing> listings = new ArrayList<>();
    for (String id : List.of(d.getListingA(), d.getListingB())) {
      venues
          .find(id)
          .ifPresent(
              v ->
                  listings.add(
                      new DecidedListing(v.getSourceKey(), v.getLocalId(), v.getMergedId())));
    }
    return new DecisionView(
        d.getId(),
        d.getKind().name().toLowerCase(Locale.ROOT),
        listings,
        d.getNote(),
        d.getCreatedAt());
  }
}
