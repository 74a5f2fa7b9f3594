package fr.mediation.directory.venue.field;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.venue.field.Pivot.Kind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every field of the standard's own valid example row (exemple-valide.csv, v1.0.2) is accepted. */
class StandardExampleTest {

  @Test
  void acceptsTheIdentifyingFields() {
    assertThat(new LocalId("structure-1").value()).isEqualTo("structure-1");
    Pivot pivot = new Pivot("43493312300029");
    assertThat(pivot.value()).isEqualTo("43493312300029");
    assertThat(pivot.kind()).isEqualTo(Kind.SIRET);
    assertThat(new VenueName("Anonymal").value()).isEqualTo("Anonymal");
  }

  @Test
  void acceptsTheLocationFields() {
    assertThat(new Commune("Reims").value()).isEqualTo("Reims");
    PostalCode postalCode = new PostalCode("51100");
    assertThat(postalCode.departement()).isEqualTo("51");
    InseeCode inseeCode = new InseeCode("51454");
    assertThat(inseeCode.departement()).isEqualTo("51");
    assertThat(new Address("12 BIS RUE DE LECLERCQ").value()).isEqualTo("12 BIS RUE DE LECLERCQ");
    assertThat(Coordinates.parse("43.52609", "5.41423"))
        .isEqualTo(new Coordinates(43.52609, 5.41423));
  }

  @Test
  void acceptsTheContactFields() {
    assertThat(new PhoneNumber("+33180059880").national()).isEqualTo("01 80 05 98 80");
    assertThat(
            EmailAddresses.parse("contact@laquincaillerie.tl|responsable@laquincaillerie.tl")
                .joined())
        .isEqualTo("contact@laquincaillerie.tl|responsable@laquincaillerie.tl");
    assertThat(
            WebUrls.parse(
                    "https://www.laquincaillerie.tl/|https://m.facebook.com/laquincaillerienumerique/")
                .values())
        .hasSize(2);
    assertThat(
            new WebUrl(
                    StandardField.FICHE_ACCES_LIBRE,
                    "https://acceslibre.beta.gouv.fr/app/29-lampaul-plouarzel/a/bibliotheque-mediatheque/erp/mediatheque-13/")
                .value())
        .startsWith("https://acceslibre.beta.gouv.fr/");
    assertThat(new WebUrl(StandardField.PRISE_RDV, "https://www.rdv-solidarites.fr/").value())
        .isEqualTo("https://www.rdv-solidarites.fr/");
  }

  @Test
  void acceptsTheDescriptiveFields() {
    assertThat(new OpeningHours("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00").value())
        .isEqualTo("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00");
    assertThat(
            new Summary(
                    "Notre association propose des formations aux outils numériques à destination"
                        + " des personnes âgées.")
                .value())
        .endsWith("personnes âgées.");
    assertThat(UpdateDate.parse("2024-04-02").value()).isEqualTo(LocalDate.of(2024, 4, 2));
  }

  @Test
  void parsesEveryEnumeratedField() {
    assertThat(
            StandardLabels.parseList(Typology.class, StandardField.TYPOLOGIE, "TIERS_LIEUX|ASSO"))
        .containsExactly(Typology.ASSO, Typology.TIERS_LIEUX);
    assertThat(StandardLabels.parseList(Mobility.class, StandardField.ITINERANCE, "Itinérant"))
        .containsExactly(Mobility.ITINERANT);
    assertThat(
            StandardLabels.parseList(
                Service.class,
                StandardField.SERVICES,
                "Maîtrise des outils numériques du quotidien|Insertion professionnelle via le"
                    + " numérique|Loisirs et créations numériques"))
        .containsExactly(
            Service.MAITRISE_DES_OUTILS_NUMERIQUES_DU_QUOTIDIEN,
            Service.INSERTION_PROFESSIONNELLE_VIA_LE_NUMERIQUE,
            Service.LOISIRS_ET_CREATIONS_NUMERIQUES);
    assertThat(
            StandardLabels.parseList(
                SpecificPublic.class,
                StandardField.PUBLICS_SPECIFIQUEMENT_ADRESSES,
                "Jeunes|Femmes"))
        .containsExactly(SpecificPublic.JEUNES, SpecificPublic.FEMMES);
    assertThat(
            StandardLabels.parseList(
                SpecificSupport.class,
                StandardField.PRISE_EN_CHARGE_SPECIFIQUE,
                "Surdité|Illettrisme|Langues étrangères (anglais)"))
        .containsExactly(
            SpecificSupport.SURDITE,
            SpecificSupport.ILLETTRISME,
            SpecificSupport.LANGUES_ETRANGERES_ANGLAIS);
    assertThat(
            StandardLabels.parseList(
                Fee.class, StandardField.FRAIS_A_CHARGE, "Gratuit sous condition|Payant"))
        .containsExactly(Fee.GRATUIT_SOUS_CONDITION, Fee.PAYANT);
    assertThat(
            StandardLabels.parseList(
                NationalProgramme.class,
                StandardField.DISPOSITIF_PROGRAMMES_NATIONAUX,
                "Aidants Connect|Conseillers numériques|La Croix Rouge"))
        .containsExactly(
            NationalProgramme.AIDANTS_CONNECT,
            NationalProgramme.CONSEILLERS_NUMERIQUES,
            NationalProgramme.LA_CROIX_ROUGE);
    assertThat(
            StandardLabels.parseList(
                TrainingLabel.class,
                StandardField.FORMATIONS_LABELS,
                "Formé à « Mon Espace Santé »|Arnia/MedNum BFC (Bourgogne-Franche-Comté)"))
        .containsExactly(TrainingLabel.FORME_A_MON_ESPACE_SANTE, TrainingLabel.ARNIA_MEDNUM_BFC);
    assertThat(
            StandardLabels.parseList(
                AccessMode.class, StandardField.MODALITES_ACCES, "Se présenter|Téléphoner"))
        .containsExactly(AccessMode.SE_PRESENTER, AccessMode.TELEPHONER);
    assertThat(
            StandardLabels.parseList(
                SupportMode.class,
                StandardField.MODALITES_ACCOMPAGNEMENT,
                "Dans un atelier collectif|À distance|En autonomie|Accompagnement individuel"))
        .containsExactly(
            SupportMode.EN_AUTONOMIE,
            SupportMode.ACCOMPAGNEMENT_INDIVIDUEL,
            SupportMode.DANS_UN_ATELIER_COLLECTIF,
            SupportMode.A_DISTANCE);
  }

  @Test
  void joinsEnumeratedFieldsBackInTheStandardsForm() {
    assertThat(
            StandardLabels.join(
                StandardLabels.parseList(
                    TrainingLabel.class,
                    StandardField.FORMATIONS_LABELS,
                    "Formé à « Mon Espace Santé »|Arnia/MedNum BFC (Bourgogne-Franche-Comté)")))
        .isEqualTo("Formé à « Mon Espace Santé »|Arnia/MedNum BFC (Bourgogne-Franche-Comté)");
  }
}
