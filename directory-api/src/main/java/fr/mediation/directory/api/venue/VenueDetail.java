package fr.mediation.directory.api.venue;

import static fr.mediation.directory.api.venue.VenueSummary.labels;

import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.Venue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything known of a venue: the 32 fields of the national standard (French names; lists as
 * arrays) and the directory's own identifiers.
 */
@Schema(name = "VenueDetail", description = "A venue with every field of the national standard.")
@JsonbPropertyOrder({
  "id",
  "pivot",
  "nom",
  "commune",
  "codePostal",
  "codeInsee",
  "adresse",
  "complementAdresse",
  "latitude",
  "longitude",
  "positionPrecision",
  "typologie",
  "telephone",
  "courriels",
  "siteWeb",
  "horaires",
  "horairesCommuniques",
  "presentationResume",
  "presentationDetail",
  "source",
  "itinerance",
  "structureParente",
  "dateMaj",
  "services",
  "publicsSpecifiquementAdresses",
  "priseEnChargeSpecifique",
  "fraisACharge",
  "dispositifProgrammesNationaux",
  "formationsLabels",
  "autresFormationsLabels",
  "modalitesAcces",
  "modalitesAccompagnement",
  "ficheAccesLibre",
  "priseRdv",
  "updatedAt",
  "retiredAt",
  "ouvertMaintenant",
  "prochainChangement",
  "fermetures",
  "sources",
  "provenance"
})
public record VenueDetail(
    @Schema(
            description = "The directory's id of the venue.",
            examples = "3f1c2a9e-5b7d-3c41-9a0e-2d8f6b1c4e77")
        String id,
    @Schema(description = "SIRET, RNA or other registry number.", examples = "84288740800016")
        String pivot,
    @Schema(description = "Name of the venue.", examples = "Médiathèque Françoise Sagan")
        String nom,
    @Schema(description = "Commune of the address.", examples = "Paris") String commune,
    @JsonbProperty("code_postal")
        @Schema(description = "Postal code, 5 digits.", examples = "75010")
        String codePostal,
    @JsonbProperty("code_insee")
        @Schema(description = "INSEE code of the commune.", examples = "75110")
        String codeInsee,
    @Schema(description = "Street address.", examples = "8 rue Léon Schwartzenberg") String adresse,
    @JsonbProperty("complement_adresse")
        @Schema(description = "Floor, building, how to find the entrance.")
        String complementAdresse,
    @Schema(description = "WGS84 latitude.", examples = "48.8763") Double latitude,
    @Schema(description = "WGS84 longitude.", examples = "2.3574") Double longitude,
    @JsonbProperty("position_precision")
        @Schema(
            description =
                "source when the source gave the position; otherwise how precisely the directory"
                    + " placed the venue: address, street, commune or postcode.",
            examples = "source")
        String positionPrecision,
    @Schema(description = "data·inclusion typology codes.", examples = "[\"BIB\", \"MUNI\"]")
        List<String> typologie,
    @Schema(description = "Phone number, E.164.", examples = "+33153244120") String telephone,
    @Schema(description = "Contact e-mail addresses.") List<String> courriels,
    @JsonbProperty("site_web") @Schema(description = "Website and social network URLs.")
        List<String> siteWeb,
    @Schema(
            description = "Opening hours in the OpenStreetMap opening_hours syntax.",
            examples = "Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00")
        String horaires,
    @JsonbProperty("horaires_communiques")
        @Schema(
            description =
                "The hours as the source wrote them, when they could not be read exactly (wholly"
                    + " or partly): `horaires` then holds only the days read with certainty, or is"
                    + " absent, and `ouvert_maintenant` is absent. Pages show it as \"Horaires"
                    + " communiqués : ...\". Absent when `horaires` says all.",
            examples = "Lundi 9h-12h, mardi sur rendez-vous")
        String horairesCommuniques,
    @JsonbProperty("presentation_resume")
        @Schema(description = "Short presentation, at most 280 characters.")
        String presentationResume,
    @JsonbProperty("presentation_detail") @Schema(description = "Longer presentation.")
        String presentationDetail,
    @Schema(description = "Who collected the data (the standard's `source`).", examples = "Hubik")
        String source,
    @Schema(description = "Fixe and/or Itinérant (mobile venue such as a digital bus).")
        List<String> itinerance,
    @JsonbProperty("structure_parente")
        @Schema(description = "Network or organisation the venue belongs to.")
        String structureParente,
    @JsonbProperty("date_maj")
        @Schema(
            description = "When the source last updated the venue (YYYY-MM-DD).",
            examples = "2025-06-01")
        LocalDate dateMaj,
    @Schema(description = "Services offered (labels of the standard).") List<String> services,
    @JsonbProperty("publics_specifiquement_adresses")
        @Schema(description = "Publics the venue is specifically for; absent means everyone.")
        List<String> publicsSpecifiquementAdresses,
    @JsonbProperty("prise_en_charge_specifique")
        @Schema(description = "Specific needs the venue can support (deafness, illiteracy...).")
        List<String> priseEnChargeSpecifique,
    @JsonbProperty("frais_a_charge")
        @Schema(description = "Fee conditions.", examples = "[\"Gratuit\"]")
        List<String> fraisACharge,
    @JsonbProperty("dispositif_programmes_nationaux")
        @Schema(description = "National programmes the venue belongs to.")
        List<String> dispositifProgrammesNationaux,
    @JsonbProperty("formations_labels")
        @Schema(description = "Trainings and labels of the standard's list.")
        List<String> formationsLabels,
    @JsonbProperty("autres_formations_labels")
        @Schema(description = "Other trainings or labels, free text.")
        String autresFormationsLabels,
    @JsonbProperty("modalites_acces")
        @Schema(description = "How to get there: walk in, phone, e-mail, online appointment...")
        List<String> modalitesAcces,
    @JsonbProperty("modalites_accompagnement")
        @Schema(description = "Kinds of help: on one's own, individual, workshop, remote.")
        List<String> modalitesAccompagnement,
    @JsonbProperty("fiche_acces_libre")
        @Schema(description = "URL of the venue's accessibility sheet on Acceslibre.")
        String ficheAccesLibre,
    @JsonbProperty("prise_rdv") @Schema(description = "URL to book an appointment online.")
        String priseRdv,
    @JsonbProperty("updated_at")
        @Schema(description = "When the directory last saw a change of this venue.")
        Instant updatedAt,
    @JsonbProperty("retired_at")
        @Schema(
            description =
                "When the venue stopped being published (only in the change feed, which lists"
                    + " retired venues; absent while published).",
            examples = "2026-11-20T08:00:00Z")
        Instant retiredAt,
    @JsonbProperty("ouvert_maintenant")
        @Schema(
            description =
                "Whether the venue is open now, by its hours read in its own time zone with the"
                    + " public holidays of its territory. Absent when its hours are unknown, and"
                    + " from the change feed and exports (they describe the data, not the"
                    + " moment: their content and ETag change only with the venue).",
            examples = "true")
        Boolean ouvertMaintenant,
    @JsonbProperty("prochain_changement")
        @Schema(
            description =
                "When the venue next opens (if closed) or closes (if open), ISO 8601 with the"
                    + " venue's UTC offset. Absent when hours are unknown or nothing changes in"
                    + " the next week, and from the change feed and exports.",
            examples = "2026-11-24T17:00:00+01:00")
        String prochainChangement,
    @Schema(
            description =
                "The sources publishing the venue (merged into one), each with the venue's id in"
                    + " that source and its update date; listings a source no longer publishes"
                    + " come last, with `retired_at`. Absent from the change feed.")
        List<SourceListing> sources,
    @Schema(
            description =
                "Temporary closures and periods of exceptional hours not over, the earliest"
                    + " first (empty when none); `ouvert_maintenant` and `prochain_changement`"
                    + " already apply them. Absent from the change feed and exports.")
        List<ClosureView> fermetures,
    @Schema(
            description =
                "For each field of the standard present, the listings its value comes from: the"
                    + " freshest listing for a single value, every contributing listing for a"
                    + " list. Absent from the change feed.")
        Map<String, List<SourceListing.Origin>> provenance) {

  /**
   * The detail of merged venue {@code v} as the change feed and exports give it: without its
   * sources, provenance and open state.
   */
  public static VenueDetail of(MergedVenue v) {
    return of(v, null, key -> null, new OpenState(null, null), null);
  }

  /**
   * The detail of merged venue {@code v}, composed of {@code listings}, open at {@code now} or not.
   */
  public static VenueDetail of(
      MergedVenue v,
      List<Venue> listings,
      java.util.function.Function<String, Instant> lastHarvests,
      ZonedDateTime now) {
    return v.getRetiredAt() == null
        ? of(
            v,
            listings,
            lastHarvests,
            OpenState.at(v, now),
            ClosureView.of(
                v.closures(), v.hoursForOpenState(), v.getCodeInsee(), v.getCodePostal(), now))
        : of(v, listings, lastHarvests, new OpenState(null, null), List.of());
  }

  private static VenueDetail of(
      MergedVenue v,
      List<Venue> listings,
      java.util.function.Function<String, Instant> lastHarvests,
      OpenState open,
      List<ClosureView> closures) {
    Map<String, List<SourceListing.Origin>> provenance = null;
    if (listings != null) {
      Map<String, List<SourceListing.Origin>> origins = new LinkedHashMap<>();
      v.getProvenance()
          .forEach(
              (field, list) ->
                  origins.put(
                      field.key(),
                      list.stream()
                          .map(o -> new SourceListing.Origin(o.source(), o.localId(), o.dateMaj()))
                          .toList()));
      provenance = origins;
    }
    return new VenueDetail(
        v.getId(),
        v.getPivot(),
        v.getNom(),
        v.getCommune(),
        v.getCodePostal(),
        v.getCodeInsee(),
        v.getAdresse(),
        v.getComplementAdresse(),
        v.getLatitude(),
        v.getLongitude(),
        v.getPositionPrecision() == null
            ? null
            : v.getPositionPrecision().toLowerCase(java.util.Locale.ROOT),
        labels(v.getTypologie()),
        v.getTelephone(),
        split(v.getCourriels()),
        split(v.getSiteWeb()),
        v.getHoraires(),
        v.getHorairesSource(),
        v.getPresentationResume(),
        v.getPresentationDetail(),
        v.getSource(),
        labels(v.getItinerance()),
        v.getStructureParente(),
        v.getDateMaj(),
        labels(v.getServices()),
        labels(v.getPublicsSpecifiquementAdresses()),
        labels(v.getPriseEnChargeSpecifique()),
        labels(v.getFraisACharge()),
        labels(v.getDispositifProgrammesNationaux()),
        labels(v.getFormationsLabels()),
        v.getAutresFormationsLabels(),
        labels(v.getModalitesAcces()),
        labels(v.getModalitesAccompagnement()),
        v.getFicheAccesLibre(),
        v.getPriseRdv(),
        v.getUpdatedAt(),
        v.getRetiredAt(),
        open.open(),
        open.nextChange(),
        listings == null
            ? null
            : listings.stream()
                .map(l -> SourceListing.of(l, lastHarvests.apply(l.getSourceKey())))
                .toList(),
        closures,
        provenance);
  }

  private static List<String> split(String joined) {
    return joined == null ? List.of() : Arrays.asList(joined.split("\\|"));
  }
}
