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
import fr.mediation.directory.venue.field.Fee;
import fr.mediation.directory.venue.field.NationalProgramme;
import fr.mediation.directory.venue.field.Pivot;
import fr.mediation.directory.venue.field.Service;
import fr.mediation.directory.venue.field.SpecificPublic;
import fr.mediation.directory.venue.field.SpecificSupport;
import fr.mediation.directory.venue.field.StandardField;
import fr.mediation.directory.venue.field.SupportMode;
import fr.mediation.directory.venue.field.TrainingLabel;
import fr.mediation.directory.venue.field.Typology;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The standard v0 (0.1.x) read through {@code formats/standard-v0-csv.yaml} and {@code
 * formats/standard-v0-json.yaml} into the vocabulary of v1.0.2.
 */
class StandardV0FormatTest {

  private static final String CSV_MAPPING = "formats/standard-v0-csv.yaml";
  private static final String JSON_MAPPING = "formats/standard-v0-json.yaml";

  // The enumerations of v0 (LaMednum/standard-mediation-num, Schema_V0.1.json), verbatim.
  private static final List<String> V0_SERVICES =
      List.of(
          "Devenir autonome dans les démarches administratives",
          "Réaliser des démarches administratives avec un accompagnement",
          "Prendre en main un smartphone ou une tablette",
          "Prendre en main un ordinateur",
          "Utiliser le numérique au quotidien",
          "Approfondir ma culture numérique",
          "Favoriser mon insertion professionnelle",
          "Accéder à une connexion internet",
          "Accéder à du matériel",
          "S’équiper en matériel informatique",
          "Créer et développer mon entreprise",
          "Créer avec le numérique",
          "Accompagner les démarches de santé",
          "Promouvoir la citoyenneté numérique",
          "Soutenir la parentalité et l'éducation avec le numérique");
  private static final List<String> V0_PUBLICS =
      List.of(
          "Seniors (+ 65 ans)",
          "Familles/enfants",
          "Adultes",
          "Jeunes (16-26 ans)",
          "Public langues étrangères",
          "Déficience visuelle",
          "Surdité",
          "Handicaps psychiques : troubles psychiatriques donnant lieu à des atteintes"
              + " comportementales",
          "Handicaps mentaux : déficiences limitant les activités d'une personne",
          "Uniquement femmes",
          "Personnes en situation d'illettrisme");
  private static final List<String> V0_CONDITIONS =
      List.of(
          "Gratuit : Je peux accéder gratuitement au lieu et à ses services",
          "Gratuit sous condition : La gratuité est conditionnée à des critères (situation"
              + " familiale, convention avec un organisme social...)",
          "Payant : L'accès au lieu et/ou à ses services est payant",
          "Adhésion : L'accès au lieu et/ou à ses services nécessite d'y adhérer",
          "Accepte le Pass numérique : Il est possible d'utiliser un Pass numérique pour accéder"
              + " au lieu");
  private static final List<String> V0_LABELS =
      List.of(
          "France Services",
          "CNFS",
          "APTIC",
          "Aidants Connect",
          "Fabriques de Territoire",
          "Grandes écoles du numérique",
          "Point relais CAF",
          "Point numérique CAF",
          "Relais pôle emploi",
          "French Tech",
          "Campus connecté");
  private static final List<String> V0_MODALITES =
      List.of(
          "Seul : j'ai accès à du matériel et une connexion",
          "Avec de l'aide : je suis accompagné seul dans l'usage du numérique",
          "Dans un atelier : j'apprends collectivement à utiliser le numérique",
          "A ma place : une personne habilitée fait les démarches à ma place");

  private static List<Outcome> csvFixture() {
    return FormatFixtures.run(CSV_MAPPING, "formats/standard-v0.csv");
  }

  @Test
  void importsV0FileIntoV1Vocabulary() {
    List<Outcome> outcomes = csvFixture();

    assertThat(outcomes).hasSize(7);
    assertThat(outcomes.stream().filter(Outcome::accepted)).hasSize(5);
    assertThat(outcomes.stream().filter(o -> !o.accepted())).hasSize(2);
    assertThat(outcomes).allSatisfy(o -> assertThat(o.mapped().errors()).isEmpty());

    VenueRecord brest = venue(outcomes, "epn-brest-capucins");
    assertThat(brest.pivot().value()).isEqualTo("21290001900010");
    assertThat(brest.nom().value()).isEqualTo("Espace numérique de la médiathèque des Capucins");
    assertThat(brest.codePostal().value()).isEqualTo("29200");
    assertThat(brest.codeInsee().value()).isEqualTo("29019");
    assertThat(brest.complementAdresse()).isEqualTo("Ateliers des Capucins, niveau 1");
    assertThat(brest.typologie()).containsExactly(Typology.BIB, Typology.MUNI);
    assertThat(brest.courriels().values()).containsExactly("epn@mediatheque-capucins.fr");
    assertThat(brest.horaires().value()).isEqualTo("Tu-Fr 10:00-12:00,14:00-18:00; Sa 10:00-17:00");
    assertThat(brest.structureParente()).isEqualTo("Ville de Brest");
    assertThat(brest.dateMaj().value()).isEqualTo(LocalDate.of(2022, 9, 15));
    // A v0 "Accéder à une connexion internet" is the v1 "Accès internet et matériel informatique".
    assertThat(brest.services())
        .containsExactly(
            Service.MAITRISE_DES_OUTILS_NUMERIQUES_DU_QUOTIDIEN,
            Service.ACCES_INTERNET_ET_MATERIEL_INFORMATIQUE);
    assertThat(brest.publicsSpecifiquementAdresses())
        .containsExactly(SpecificPublic.FAMILLES_ET_OU_ENFANTS, SpecificPublic.SENIORS);
    assertThat(brest.priseEnChargeSpecifique())
        .containsExactly(SpecificSupport.DEFICIENCE_VISUELLE);
    assertThat(brest.fraisACharge()).containsExactly(Fee.GRATUIT);
    assertThat(brest.dispositifProgrammesNationaux())
        .containsExactly(
            NationalProgramme.CONSEILLERS_NUMERIQUES,
            NationalProgramme.FRANCE_SERVICES,
            NationalProgramme.POINT_D_ACCES_NUMERIQUE_CAF);
    assertThat(brest.formationsLabels()).isEmpty();
    assertThat(brest.autresFormationsLabels())
        .isEqualTo("Label Brest numérique|Réseau des EPN du Finistère");
    assertThat(brest.modalitesAccompagnement())
        .containsExactly(SupportMode.EN_AUTONOMIE, SupportMode.DANS_UN_ATELIER_COLLECTIF);
    assertThat(brest.ficheAccesLibre().value())
        .isEqualTo(
            "https://acceslibre.beta.gouv.fr/app/29-brest/a/bibliotheque-mediatheque/erp/"
                + "mediatheque-des-capucins/");
    assertThat(brest.priseRdv().value()).isEqualTo("https://www.rdv-solidarites.fr/");
    assertThat(brest.itinerance()).isEmpty();
    assertThat(brest.modalitesAcces()).isEmpty();
  }

  @Test
  void mapsTheFifteenV0ServicesOntoTheV1Services() {
    List<Outcome> outcomes = csvFixture();

    assertThat(venue(outcomes, "assoc-lien-93").services())
        .containsExactly(Service.AIDE_AUX_DEMARCHES_ADMINISTRATIVES);
    assertThat(venue(outcomes, "fabrique-vallon").services())
        .containsExactly(
            Service.PARENTALITE_ET_EDUCATION_AVEC_LE_NUMERIQUE,
            Service.LOISIRS_ET_CREATIONS_NUMERIQUES,
            Service.COMPREHENSION_DU_MONDE_NUMERIQUE);
    assertThat(venue(outcomes, "ressourcerie-nice").services())
        .containsExactly(
            Service.INSERTION_PROFESSIONNELLE_VIA_LE_NUMERIQUE,
            Service.ACQUISITION_DE_MATERIEL_INFORMATIQUE_A_PRIX_SOLIDAIRE);
    assertThat(venue(outcomes, "mairie-st-pons").services())
        .containsExactly(Service.ACCES_INTERNET_ET_MATERIEL_INFORMATIQUE);
  }

  @Test
  void splitsPublicsAccueillisIntoPublicsAndSpecificSupport() {
    List<Outcome> outcomes = csvFixture();

    VenueRecord lien = venue(outcomes, "assoc-lien-93");
    assertThat(lien.publicsSpecifiquementAdresses()).containsExactly(SpecificPublic.JEUNES);
    assertThat(lien.priseEnChargeSpecifique())
        .containsExactly(SpecificSupport.ILLETTRISME, SpecificSupport.LANGUES_ETRANGERES_AUTRES);

    // "Handicaps psychiques" has no equivalent in v1: left out, without a warning.
    VenueRecord fabrique = venue(outcomes, "fabrique-vallon");
    assertThat(fabrique.publicsSpecifiquementAdresses()).containsExactly(SpecificPublic.FEMMES);
    assertThat(fabrique.priseEnChargeSpecifique())
        .containsExactly(SpecificSupport.SURDITE, SpecificSupport.HANDICAPS_MENTAUX);
    assertThat(byId(outcomes, "fabrique-vallon").mapped().warnings()).isEmpty();
  }

  @Test
  void mapsConditionsAccesToFees() {
    List<Outcome> outcomes = csvFixture();

    // Pass numérique: free under condition; membership: paying.
    assertThat(venue(outcomes, "assoc-lien-93").fraisACharge())
        .containsExactly(Fee.GRATUIT_SOUS_CONDITION);
    assertThat(venue(outcomes, "fabrique-vallon").fraisACharge()).containsExactly(Fee.PAYANT);
    // The short forms of the ANCT exports.
    assertThat(venue(outcomes, "ressourcerie-nice").fraisACharge())
        .containsExactly(Fee.GRATUIT, Fee.PAYANT);
  }

  @Test
  void splitsNationalLabelsIntoProgrammesAndTrainingLabels() {
    List<Outcome> outcomes = csvFixture();

    VenueRecord lien = venue(outcomes, "assoc-lien-93");
    assertThat(lien.dispositifProgrammesNationaux())
        .containsExactly(
            NationalProgramme.AIDANTS_CONNECT, NationalProgramme.POINT_D_ACCES_NUMERIQUE_CAF);
    assertThat(lien.formationsLabels()).isEmpty();

    VenueRecord fabrique = venue(outcomes, "fabrique-vallon");
    assertThat(fabrique.dispositifProgrammesNationaux()).isEmpty();
    assertThat(fabrique.formationsLabels()).containsExactly(TrainingLabel.FABRIQUES_DE_TERRITOIRE);
    assertThat(fabrique.autresFormationsLabels()).isEqualTo("Les Éclaireurs du numérique");

    assertThat(venue(outcomes, "ressourcerie-nice").dispositifProgrammesNationaux())
        .containsExactly(NationalProgramme.GRANDE_ECOLE_DU_NUMERIQUE);
  }

  @Test
  void mapsOldSupportModesToTheNewOnes() {
    List<Outcome> outcomes = csvFixture();

    // "A ma place" (a habilitated person does it for me) is individual support.
    assertThat(venue(outcomes, "assoc-lien-93").modalitesAccompagnement())
        .containsExactly(SupportMode.ACCOMPAGNEMENT_INDIVIDUEL);
    assertThat(venue(outcomes, "fabrique-vallon").modalitesAccompagnement())
        .containsExactly(SupportMode.DANS_UN_ATELIER_COLLECTIF);
    assertThat(venue(outcomes, "ressourcerie-nice").modalitesAccompagnement())
        .containsExactly(SupportMode.EN_AUTONOMIE, SupportMode.ACCOMPAGNEMENT_INDIVIDUEL);
  }

  @Test
  void keepsPivotsAndRepairsCommonExportQuirks() {
    List<Outcome> outcomes = csvFixture();

    assertThat(venue(outcomes, "assoc-lien-93").pivot().kind()).isEqualTo(Pivot.Kind.RNA);
    assertThat(venue(outcomes, "assoc-lien-93").siteWeb().joined())
        .isEqualTo("https://www.lelien-numerique.fr/|https://www.facebook.com/lelien.numerique/");
    assertThat(venue(outcomes, "fabrique-vallon").pivot().isUnknown()).isTrue();

    VenueRecord nice = venue(outcomes, "ressourcerie-nice");
    assertThat(nice.pivot().kind()).isEqualTo(Pivot.Kind.SIRET);
    assertThat(nice.codePostal().value()).isEqualTo("06000");
    assertThat(nice.codeInsee().value()).isEqualTo("06088");
    assertThat(nice.dateMaj().value()).isEqualTo(LocalDate.of(2023, 3, 15));
    assertThat(nice.telephone().value()).isEqualTo("+33493000033");
    // v0 separated URLs with a comma.
    assertThat(nice.siteWeb().joined())
        .isEqualTo(
            "https://www.ressourcerie-ariane.fr/|"
                + "https://www.linkedin.com/company/ressourcerie-ariane/");

    VenueRecord stPons = venue(outcomes, "mairie-st-pons");
    assertThat(stPons.dateMaj().value()).isEqualTo(LocalDate.of(2022, 7, 1));
    assertThat(stPons.coordinates()).isNull();
  }

  @Test
  void cutsASummaryLongerThanV1Allows() {
    VenueRecord fabrique = venue(csvFixture(), "fabrique-vallon");

    String summary = fabrique.presentationResume().value();
    assertThat(summary)
        .hasSizeLessThanOrEqualTo(280)
        .endsWith("pour les collégiens…")
        .doesNotContain("  ");
    assertThat(summary).startsWith("La Fabrique du Vallon est un tiers-lieu associatif");
  }

  @Test
  void rejectsRowsWithAnInvalidPivotOrWithoutUpdateDate() {
    List<Outcome> outcomes = csvFixture();

    assertThat(byId(outcomes, "cyber-base-13").accepted()).isFalse();
    assertThat(byId(outcomes, "cyber-base-13").rejectedFields())
        .containsExactly(StandardField.PIVOT);
    assertThat(byId(outcomes, "epn-sans-date").accepted()).isFalse();
    assertThat(byId(outcomes, "epn-sans-date").rejectedFields())
        .containsExactly(StandardField.DATE_MAJ);
  }

  @Test
  void warnsAboutValuesUnknownToV0AndKeepsTheRow() {
    List<Outcome> outcomes = csvFixture();

    assertThat(byId(outcomes, "ressourcerie-nice").mapped().warnings())
        .extracting(FieldWarning::field, FieldWarning::value)
        .containsExactly(tuple(StandardField.SERVICES, "Imprimer des documents"));
    assertThat(
            Stream.of("epn-brest-capucins", "assoc-lien-93", "fabrique-vallon", "mairie-st-pons")
                .map(id -> byId(outcomes, id).mapped().warnings()))
        .allSatisfy(warnings -> assertThat(warnings).isEmpty());
  }

  @Test
  void mapsEveryValueOfTheV0Vocabularies() {
    String header =
        "id,pivot,nom,commune,code_postal,adresse,date_maj,services,publics_accueillis,"
            + "conditions_acces,labels_nationaux,modalites_accompagnement";
    String row =
        Stream.of(
                "tout-v0",
                "00000000000000",
                "Lieu de toutes les valeurs",
                "Reims",
                "51100",
                "12 rue de Vesle",
                "2022-10-10",
                String.join(";", V0_SERVICES),
                String.join(";", V0_PUBLICS),
                String.join(";", V0_CONDITIONS),
                String.join(";", V0_LABELS),
                String.join(";", V0_MODALITES))
            .map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"")
            .collect(Collectors.joining(","));

    List<Outcome> outcomes =
        FormatFixtures.run(
            FeedMappings.fromClasspath(CSV_MAPPING),
            (header + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8));

    Outcome all = outcomes.getFirst();
    assertThat(all.mapped().warnings()).as("every v0 value is known").isEmpty();
    VenueRecord venue = all.venue();
    assertThat(venue.services())
        .containsExactlyInAnyOrder(
            Service.AIDE_AUX_DEMARCHES_ADMINISTRATIVES,
            Service.MAITRISE_DES_OUTILS_NUMERIQUES_DU_QUOTIDIEN,
            Service.INSERTION_PROFESSIONNELLE_VIA_LE_NUMERIQUE,
            Service.PARENTALITE_ET_EDUCATION_AVEC_LE_NUMERIQUE,
            Service.LOISIRS_ET_CREATIONS_NUMERIQUES,
            Service.COMPREHENSION_DU_MONDE_NUMERIQUE,
            Service.ACCES_INTERNET_ET_MATERIEL_INFORMATIQUE,
            Service.ACQUISITION_DE_MATERIEL_INFORMATIQUE_A_PRIX_SOLIDAIRE);
    assertThat(venue.publicsSpecifiquementAdresses())
        .containsExactlyInAnyOrder(
            SpecificPublic.JEUNES,
            SpecificPublic.FAMILLES_ET_OU_ENFANTS,
            SpecificPublic.SENIORS,
            SpecificPublic.FEMMES);
    assertThat(venue.priseEnChargeSpecifique())
        .containsExactlyInAnyOrder(
            SpecificSupport.SURDITE,
            SpecificSupport.HANDICAPS_MENTAUX,
            SpecificSupport.ILLETTRISME,
            SpecificSupport.LANGUES_ETRANGERES_AUTRES,
            SpecificSupport.DEFICIENCE_VISUELLE);
    assertThat(venue.fraisACharge())
        .containsExactlyInAnyOrder(Fee.GRATUIT, Fee.GRATUIT_SOUS_CONDITION, Fee.PAYANT);
    assertThat(venue.dispositifProgrammesNationaux())
        .containsExactlyInAnyOrder(
            NationalProgramme.FRANCE_SERVICES,
            NationalProgramme.CONSEILLERS_NUMERIQUES,
            NationalProgramme.AIDANTS_CONNECT,
            NationalProgramme.GRANDE_ECOLE_DU_NUMERIQUE,
            NationalProgramme.POINT_D_ACCES_NUMERIQUE_CAF);
    assertThat(venue.formationsLabels()).containsExactly(TrainingLabel.FABRIQUES_DE_TERRITOIRE);
    assertThat(venue.modalitesAccompagnement())
        .containsExactlyInAnyOrder(
            SupportMode.EN_AUTONOMIE,
            SupportMode.ACCOMPAGNEMENT_INDIVIDUEL,
            SupportMode.DANS_UN_ATELIER_COLLECTIF);
  }

  @Test
  void readsTheJsonFormOfV0LikeItsCsvForm() {
    List<Outcome> csv = csvFixture();
    List<Outcome> json = FormatFixtures.run(JSON_MAPPING, "formats/standard-v0.json");

    assertThat(json).hasSameSizeAs(csv);
    for (int i = 0; i < csv.size(); i++) {
      assertThat(json.get(i).venue()).as("record " + (i + 1)).isEqualTo(csv.get(i).venue());
      assertThat(json.get(i).rejectedFields())
          .as("record " + (i + 1))
          .isEqualTo(csv.get(i).rejectedFields());
    }
    // The ANCT tools wrote fiche_acces_libre where the schema says accessibilite.
    assertThat(venue(json, "epn-brest-capucins").ficheAccesLibre()).isNotNull();
  }

  @Test
  void everyDictionaryTargetIsALabelOfTheStandard() {
    for (String resource : List.of(CSV_MAPPING, JSON_MAPPING)) {
      FeedMapping mapping = FeedMappings.fromClasspath(resource);
      assertThat(FormatFixtures.dictionaryTargets(mapping)).as(resource).hasSizeGreaterThan(40);
      assertThat(FormatFixtures.targetsUnknownToTheStandard(mapping)).as(resource).isEmpty();
    }
  }

  @Test
  void theDictionaryCheckCatchesATypo() {
    FeedMapping typo =
        FeedMappings.read(
            new StringReader(
                """
                mapping: 1
                format: csv
                fields:
                  id: id
                  pivot: pivot
                  nom: nom
                  commune: commune
                  code_postal: code_postal
                  adresse: adresse
                  date_maj: date_maj
                  services:
                    column: services
                    values: {Accéder à du matériel: Accès internet et matériel informatiques}
                  source:
                    column: source
                    values: {a: b}
                """),
            "typo");

    assertThat(FormatFixtures.targetsUnknownToTheStandard(typo))
        .containsExactlyInAnyOrder(
            "services: 'Accès internet et matériel informatiques'",
            "source has no labels, yet maps to 'b'");
  }
}
