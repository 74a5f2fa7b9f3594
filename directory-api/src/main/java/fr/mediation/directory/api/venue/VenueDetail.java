package fr.mediation.directory.api.venue;

import static fr.mediation.directory.api.venue.VenueSummary.labels;

import fr.mediation.directory.venue.Venue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything known of a venue: the 32 fields of the national standard (French names; lists as
 * arrays) and the directory's own identifiers.
 */
@Schema(name = "VenueDetail", description = "A venue with every field of the national standard.")
@JsonbPropertyOrder({
  "id",
  "sourceKey",
  "localId",
  "pivot",
  "nom",
  "commune",
  "codePostal",
  "codeInsee",
  "adresse",
  "complementAdresse",
  "latitude",
  "longitude",
  "typologie",
  "telephone",
  "courriels",
  "siteWeb",
  "horaires",
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
  "updatedAt"
})
public record VenueDetail(
    @Schema(description = "The directory's id of the venue.") String id,
    @JsonbProperty("source_key")
        @Schema(description = "The source the venue was imported from.", example = "exemple")
        String sourceKey,
    @JsonbProperty("local_id")
        @Schema(
            description = "The venue's id in its source (the standard's `id`).",
            example = "exemple-0001")
        String localId,
    @Schema(description = "SIRET, RNA or other registry number.", example = "84288740800016")
        String pivot,
    String nom,
    String commune,
    @JsonbProperty("code_postal") String codePostal,
    @JsonbProperty("code_insee") String codeInsee,
    String adresse,
    @JsonbProperty("complement_adresse") String complementAdresse,
    Double latitude,
    Double longitude,
    @Schema(description = "data·inclusion typology codes.", example = "[\"BIB\", \"MUNI\"]")
        List<String> typologie,
    String telephone,
    List<String> courriels,
    @JsonbProperty("site_web") List<String> siteWeb,
    String horaires,
    @JsonbProperty("presentation_resume") String presentationResume,
    @JsonbProperty("presentation_detail") String presentationDetail,
    String source,
    List<String> itinerance,
    @JsonbProperty("structure_parente") String structureParente,
    @JsonbProperty("date_maj") LocalDate dateMaj,
    List<String> services,
    @JsonbProperty("publics_specifiquement_adresses") List<String> publicsSpecifiquementAdresses,
    @JsonbProperty("prise_en_charge_specifique") List<String> priseEnChargeSpecifique,
    @JsonbProperty("frais_a_charge") List<String> fraisACharge,
    @JsonbProperty("dispositif_programmes_nationaux") List<String> dispositifProgrammesNationaux,
    @JsonbProperty("formations_labels") List<String> formationsLabels,
    @JsonbProperty("autres_formations_labels") String autresFormationsLabels,
    @JsonbProperty("modalites_acces") List<String> modalitesAcces,
    @JsonbProperty("modalites_accompagnement") List<String> modalitesAccompagnement,
    @JsonbProperty("fiche_acces_libre") String ficheAccesLibre,
    @JsonbProperty("prise_rdv") String priseRdv,
    @JsonbProperty("updated_at")
        @Schema(description = "When the directory last saw a change of this venue.")
        Instant updatedAt) {

  /** The detail of {@code v}. */
  public static VenueDetail of(Venue v) {
    return new VenueDetail(
        v.getId(),
        v.getSourceKey(),
        v.getLocalId(),
        v.getPivot(),
        v.getNom(),
        v.getCommune(),
        v.getCodePostal(),
        v.getCodeInsee(),
        v.getAdresse(),
        v.getComplementAdresse(),
        v.getLatitude(),
        v.getLongitude(),
        labels(v.getTypologie()),
        v.getTelephone(),
        split(v.getCourriels()),
        split(v.getSiteWeb()),
        v.getHoraires(),
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
        v.getUpdatedAt());
  }

  private static List<String> split(String joined) {
    return joined == null ? List.of() : Arrays.asList(joined.split("\\|"));
  }
}
