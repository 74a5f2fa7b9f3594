package fr.mediation.directory.feed.formats;

import static fr.mediation.directory.feed.formats.FormatFixtures.byId;
import static fr.mediation.directory.feed.formats.FormatFixtures.venue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.mediation.directory.feed.formats.FormatFixtures.Outcome;
import fr.mediation.directory.feed.mapping.FeedMapping;
import fr.mediation.directory.feed.mapping.FeedMappings;
import fr.mediation.directory.feed.mapping.FieldWarning;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.NationalProgramme;
import fr.mediation.directory.venue.field.Pivot;
import fr.mediation.directory.venue.field.Service;
import fr.mediation.directory.venue.field.StandardField;
import fr.mediation.directory.venue.field.TrainingLabel;
import fr.mediation.directory.venue.field.Typology;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** data·inclusion "structures" read through {@code formats/data-inclusion-structures-json.yaml}. */
class DataInclusionFormatTest {

  private static final String MAPPING = "formats/data-inclusion-structures-json.yaml";

  private static List<Outcome> fixture() {
    return FormatFixtures.run(MAPPING, "formats/data-inclusion-structures.json");
  }

  @Test
  void importsStructuresAsVenuesOfTheStandard() {
    List<Outcome> outcomes = fixture();

    assertThat(outcomes).hasSize(6);
    assertThat(outcomes.stream().filter(Outcome::accepted)).hasSize(5);
    assertThat(outcomes.stream().filter(o -> !o.accepted()))
        .extracting(Outcome::id)
        .containsExactly("permanence-sans-adresse");
    assertThat(outcomes).allSatisfy(o -> assertThat(o.mapped().errors()).isEmpty());

    VenueRecord tournesol = venue(outcomes, "cs-tournesol-roubaix");
    assertThat(tournesol.nom().value()).isEqualTo("Centre social Le Tournesol");
    assertThat(tournesol.commune().value()).isEqualTo("Roubaix");
    assertThat(tournesol.codePostal().value()).isEqualTo("59100");
    assertThat(tournesol.codeInsee().value()).isEqualTo("59512");
    assertThat(tournesol.adresse().value()).isEqualTo("12 rue de l'Alouette");
    assertThat(tournesol.complementAdresse()).isEqualTo("Bâtiment B");
    assertThat(tournesol.coordinates().latitude()).isEqualTo(50.6901);
    assertThat(tournesol.coordinates().longitude()).isEqualTo(3.1746);
    assertThat(tournesol.typologie()).containsExactly(Typology.CS);
    assertThat(tournesol.telephone().value()).isEqualTo("+33320000044");
    assertThat(tournesol.courriels().values()).containsExactly("accueil@cs-tournesol.fr");
    assertThat(tournesol.siteWeb().joined()).isEqualTo("https://www.cs-tournesol.fr/");
    assertThat(tournesol.presentationResume().value())
        .isEqualTo("Accueil, écrivain public numérique et aide aux démarches en ligne.");
    assertThat(tournesol.presentationDetail()).startsWith("Le centre social accompagne");
    assertThat(tournesol.source()).isEqualTo("dora");
    assertThat(tournesol.horaires().value()).isEqualTo("Mo-Fr 09:00-12:00,13:30-17:00; PH off");
    assertThat(tournesol.ficheAccesLibre().value())
        .isEqualTo(
            "https://acceslibre.beta.gouv.fr/app/59-roubaix/a/centre-social/erp/"
                + "centre-social-le-tournesol/");
    assertThat(tournesol.autresFormationsLabels()).isEqualTo("Réseau des centres sociaux du Nord");
  }

  @Test
  void takesTheSiretThenTheRnaThenTheUnknownPivot() {
    List<Outcome> outcomes = fixture();

    // Both given: the SIRET wins.
    assertThat(venue(outcomes, "cs-tournesol-roubaix").pivot().value()).isEqualTo("44219876500012");
    Pivot rna = venue(outcomes, "assoc-connecte-93").pivot();
    assertThat(rna.kind()).isEqualTo(Pivot.Kind.RNA);
    assertThat(rna.value()).isEqualTo("W931002345");
    Pivot none = venue(outcomes, "simplon-bourg").pivot();
    assertThat(none.isUnknown()).isTrue();
    assertThat(none.value()).isEqualTo(Pivot.UNKNOWN_VALUE);
  }

  @Test
  void mapsNationalLabelsToProgrammes() {
    List<Outcome> outcomes = fixture();

    // secours-populaire is no digital programme: left out without a warning.
    assertThat(venue(outcomes, "cs-tournesol-roubaix").dispositifProgrammesNationaux())
        .containsExactly(
            NationalProgramme.CONSEILLERS_NUMERIQUES,
            NationalProgramme.FRANCE_SERVICES,
            NationalProgramme.POINT_D_ACCES_NUMERIQUE_CAF);
    assertThat(venue(outcomes, "assoc-connecte-93").dispositifProgrammesNationaux())
        .containsExactly(NationalProgramme.AIDANTS_CONNECT);
    assertThat(venue(outcomes, "simplon-bourg").dispositifProgrammesNationaux())
        .containsExactly(
            NationalProgramme.EMMAUS_CONNECT,
            NationalProgramme.GRANDE_ECOLE_DU_NUMERIQUE,
            NationalProgramme.LA_CROIX_ROUGE);
    assertThat(venue(outcomes, "mediatheque-lorient").dispositifProgrammesNationaux())
        .containsExactly(
            NationalProgramme.BIBLIOTHEQUES_NUMERIQUE_DE_REFERENCE,
            NationalProgramme.CERTIFICATION_PIX,
            NationalProgramme.CONSEILLERS_NUMERIQUES,
            NationalProgramme.PROMENEURS_DU_NET);
    assertThat(venue(outcomes, "mission-locale-arles").dispositifProgrammesNationaux())
        .containsExactly(NationalProgramme.CONSEILLERS_NUMERIQUES);
  }

  @Test
  void mapsFabriqueDeTerritoireToTrainingLabels() {
    List<Outcome> outcomes = fixture();

    assertThat(venue(outcomes, "assoc-connecte-93").formationsLabels())
        .containsExactly(TrainingLabel.FABRIQUES_DE_TERRITOIRE);
    assertThat(venue(outcomes, "cs-tournesol-roubaix").formationsLabels()).isEmpty();
    assertThat(venue(outcomes, "assoc-connecte-93").autresFormationsLabels())
        .isEqualTo("Label Numérique Inclusif|Pass numérique 93");
  }

  @Test
  void mapsDigitalThematiquesToServices() {
    List<Outcome> outcomes = fixture();

    assertThat(venue(outcomes, "cs-tournesol-roubaix").services())
        .containsExactly(Service.AIDE_AUX_DEMARCHES_ADMINISTRATIVES);
    assertThat(venue(outcomes, "assoc-connecte-93").services())
        .containsExactly(
            Service.MAITRISE_DES_OUTILS_NUMERIQUES_DU_QUOTIDIEN,
            Service.COMPREHENSION_DU_MONDE_NUMERIQUE);
    assertThat(venue(outcomes, "simplon-bourg").services())
        .containsExactly(
            Service.INSERTION_PROFESSIONNELLE_VIA_LE_NUMERIQUE,
            Service.ACCES_INTERNET_ET_MATERIEL_INFORMATIQUE);
    assertThat(venue(outcomes, "mediatheque-lorient").services())
        .containsExactly(
            Service.PARENTALITE_ET_EDUCATION_AVEC_LE_NUMERIQUE,
            Service.LOISIRS_ET_CREATIONS_NUMERIQUES,
            Service.ACQUISITION_DE_MATERIEL_INFORMATIQUE_A_PRIX_SOLIDAIRE);
  }

  @Test
  void ignoresOtherThematiquesButWarnsAboutUnknownDigitalOnes() {
    List<Outcome> outcomes = fixture();

    // famille--..., trouver-un-emploi--... and the bare "numerique" family: no service, no warning.
    for (String id :
        List.of(
            "cs-tournesol-roubaix", "assoc-connecte-93", "simplon-bourg", "mediatheque-lorient")) {
      assertThat(byId(outcomes, id).mapped().warnings()).as(id).isEmpty();
    }
    Outcome arles = byId(outcomes, "mission-locale-arles");
    assertThat(arles.venue().services())
        .containsExactly(Service.INSERTION_PROFESSIONNELLE_VIA_LE_NUMERIQUE);
    assertThat(arles.mapped().warnings())
        .extracting(FieldWarning::field, FieldWarning::value)
        .containsExactly(tuple(StandardField.SERVICES, "numerique--inventer-son-metier"));
  }

  @Test
  void keepsTheDateOfADateTime() {
    List<Outcome> outcomes = fixture();

    assertThat(venue(outcomes, "cs-tournesol-roubaix").dateMaj().value())
        .isEqualTo(LocalDate.of(2023, 4, 12));
    assertThat(venue(outcomes, "assoc-connecte-93").dateMaj().value())
        .isEqualTo(LocalDate.of(2023, 11, 2));
    assertThat(venue(outcomes, "mediatheque-lorient").dateMaj().value())
        .isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(venue(outcomes, "simplon-bourg").dateMaj().value())
        .isEqualTo(LocalDate.of(2024, 1, 20));
    assertThat(byId(outcomes, "cs-tournesol-roubaix").mapped().row().values())
        .containsEntry(StandardField.DATE_MAJ, "2023-04-12");
  }

  @Test
  void repairsNumericPostcodesAndFallsBackToTheGeocodedInseeCode() {
    VenueRecord bourg = venue(fixture(), "simplon-bourg");

    assertThat(bourg.codePostal().value()).isEqualTo("01000");
    assertThat(bourg.codeInsee().value()).isEqualTo("01053");
    assertThat(bourg.typologie()).containsExactly(Typology.OF);
  }

  @Test
  void rejectsStructureWithoutAddress() {
    Outcome permanence = byId(fixture(), "permanence-sans-adresse");

    assertThat(permanence.accepted()).isFalse();
    assertThat(permanence.rejectedFields()).containsExactly(StandardField.ADRESSE);
  }

  @Test
  void everyDictionaryTargetIsALabelOfTheStandard() {
    FeedMapping mapping = FeedMappings.fromClasspath(MAPPING);

    assertThat(FormatFixtures.dictionaryTargets(mapping)).hasSizeGreaterThan(20);
    assertThat(FormatFixtures.targetsUnknownToTheStandard(mapping)).isEmpty();
  }
}
