package fr.mediation.directory.api.venue;

import fr.mediation.directory.venue.field.StandardLabel;
import fr.mediation.directory.venue.search.VenueHit;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A venue in a list of results: what a person needs to choose where to go. */
@Schema(name = "VenueSummary", description = "A venue in a list of search results.")
@JsonbPropertyOrder({
  "id",
  "nom",
  "adresse",
  "complementAdresse",
  "codePostal",
  "commune",
  "latitude",
  "longitude",
  "distanceKm",
  "telephone",
  "horaires",
  "horairesCommuniques",
  "services",
  "fraisACharge",
  "ouvertMaintenant",
  "prochainChangement",
  "fermetures"
})
public record VenueSummary(
    @Schema(
            description = "The directory's id of the venue.",
            examples = "3f1c2a9e-5b7d-3c41-9a0e-2d8f6b1c4e77")
        String id,
    @Schema(description = "Name.", examples = "Médiathèque Françoise Sagan") String nom,
    @Schema(description = "Street address.", examples = "8 rue Léon Schwartzenberg") String adresse,
    @JsonbProperty("complement_adresse") @Schema(description = "Address complement.")
        String complementAdresse,
    @JsonbProperty("code_postal") @Schema(examples = "75010") String codePostal,
    @Schema(examples = "Paris") String commune,
    @Schema(description = "WGS84 latitude.", examples = "48.8763") Double latitude,
    @Schema(description = "WGS84 longitude.", examples = "2.3574") Double longitude,
    @JsonbProperty("distance_km")
        @Schema(
            description =
                "Distance to the searched point in kilometres (only when searching near a point).",
            examples = "1.234")
        Double distanceKm,
    @Schema(description = "Phone number, E.164.", examples = "+33153244120") String telephone,
    @Schema(description = "Opening hours, OpenStreetMap syntax.", examples = "Tu-Sa 10:00-18:00")
        String horaires,
    @JsonbProperty("horaires_communiques")
        @Schema(
            description = VenueSummary.HOURS_AS_WRITTEN,
            examples = "Lundi 9h-12h, mardi sur rendez-vous")
        String horairesCommuniques,
    @Schema(
            description = "Services offered (labels of the standard).",
            examples = "[\"Aide aux démarches administratives\"]")
        List<String> services,
    @JsonbProperty("frais_a_charge")
        @Schema(
            description = "Fee conditions (labels of the standard).",
            examples = "[\"Gratuit\"]")
        List<String> fraisACharge,
    @JsonbProperty("ouvert_maintenant")
        @Schema(description = VenueSummary.OPEN_NOW + ".", examples = "true")
        Boolean ouvertMaintenant,
    @JsonbProperty("prochain_changement")
        @Schema(
            description = VenueSummary.NEXT_CHANGE + ".",
            examples = "2026-11-24T17:00:00+01:00")
        String prochainChangement,
    @Schema(
            description =
                "Temporary closures and periods of exceptional hours not over, the earliest"
                    + " first (empty when none). `ouvert_maintenant` and `prochain_changement`"
                    + " already apply them.")
        List<ClosureView> fermetures) {

  /** The API's description of {@code horaires_communiques}, shared with {@link VenueDetail}. */
  static final String HOURS_AS_WRITTEN =
      "The hours as the source wrote them, when they could not be read exactly (wholly or partly):"
          + " `horaires` then holds only the days read with certainty, or is absent, and"
          + " `ouvert_maintenant` is absent. Pages show it as \"Horaires communiqués : ...\"."
          + " Absent when `horaires` says all.";

  /**
   * The API's description of {@code ouvert_maintenant}, shared with {@link VenueDetail}, which says
   * where else it is absent.
   */
  static final String OPEN_NOW =
      "Whether the venue is open now, by its hours read in its own time zone with the public"
          + " holidays of its territory. Absent when its hours are unknown";

  /**
   * The API's description of {@code prochain_changement}, shared with {@link VenueDetail}, which
   * says where else it is absent.
   */
  static final String NEXT_CHANGE =
      "When the venue next opens (if closed) or closes (if open), ISO 8601 with the venue's UTC"
          + " offset. Absent when hours are unknown or nothing changes in the next week";

  /** The summary of a search hit. */
  public static VenueSummary of(VenueHit hit, ZonedDateTime now) {
    String hours = hit.horairesSource() == null ? hit.horaires() : null;
    OpenState open = OpenState.at(hit.codeInsee(), hit.codePostal(), hours, hit.closures(), now);
    return new VenueSummary(
        hit.id(),
        hit.nom(),
        hit.adresse(),
        hit.complementAdresse(),
        hit.codePostal(),
        hit.commune(),
        hit.latitude(),
        hit.longitude(),
        hit.distanceKm() == null ? null : Math.round(hit.distanceKm() * 1000) / 1000.0,
        hit.telephone(),
        hit.horaires(),
        hit.horairesSource(),
        labels(hit.services()),
        labels(hit.fraisACharge()),
        open.open(),
        open.nextChange(),
        ClosureView.of(hit.closures(), hours, hit.codeInsee(), hit.codePostal(), now));
  }

  static List<String> labels(Collection<? extends StandardLabel> values) {
    return values.stream().map(StandardLabel::label).toList();
  }
}
