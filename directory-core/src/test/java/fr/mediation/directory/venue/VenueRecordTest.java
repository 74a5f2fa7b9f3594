package fr.mediation.directory.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.mediation.directory.venue.field.Fee;
import fr.mediation.directory.venue.field.Fields;
import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.Service;
import fr.mediation.directory.venue.field.StandardField;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class VenueRecordTest {

  /** The standard's own valid example row (schema v1.0.2, exemple-valide.csv). */
  public static Map<StandardField, String> standardExample() {
    Map<StandardField, String> row = new EnumMap<>(StandardField.class);
    row.put(StandardField.ID, "structure-1");
    row.put(StandardField.PIVOT, "43493312300029");
    row.put(StandardField.NOM, "Anonymal");
    row.put(StandardField.COMMUNE, "Reims");
    row.put(StandardField.CODE_POSTAL, "51100");
    row.put(StandardField.CODE_INSEE, "51454");
    row.put(StandardField.ADRESSE, "12 BIS RUE DE LECLERCQ");
    row.put(StandardField.COMPLEMENT_ADRESSE, "Le patio du bois de l'Aulne");
    row.put(StandardField.LATITUDE, "43.52609");
    row.put(StandardField.LONGITUDE, "5.41423");
    row.put(StandardField.TYPOLOGIE, "TIERS_LIEUX|ASSO");
    row.put(StandardField.TELEPHONE, "+33180059880");
    row.put(StandardField.COURRIELS, "contact@laquincaillerie.tl|responsable@laquincaillerie.tl");
    row.put(
        StandardField.SITE_WEB,
        "https://www.laquincaillerie.tl/|https://m.facebook.com/laquincaillerienumerique/");
    row.put(StandardField.HORAIRES, "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00");
    row.put(
        StandardField.PRESENTATION_RESUME,
        "Notre association propose des formations aux outils numériques à destination des"
            + " personnes âgées.");
    row.put(StandardField.SOURCE, "Hubik");
    row.put(StandardField.ITINERANCE, "Itinérant");
    row.put(StandardField.STRUCTURE_PARENTE, "SIRET de la ville pour une bibliothèque.");
    row.put(StandardField.DATE_MAJ, "2024-04-02");
    row.put(
        StandardField.SERVICES,
        "Maîtrise des outils numériques du quotidien|Insertion professionnelle via le"
            + " numérique|Loisirs et créations numériques");
    row.put(StandardField.PUBLICS_SPECIFIQUEMENT_ADRESSES, "Jeunes|Femmes");
    row.put(
        StandardField.PRISE_EN_CHARGE_SPECIFIQUE,
        "Surdité|Illettrisme|Langues étrangères (anglais)");
    row.put(StandardField.FRAIS_A_CHARGE, "Gratuit sous condition|Payant");
    row.put(
        StandardField.DISPOSITIF_PROGRAMMES_NATIONAUX,
        "Aidants Connect|Conseillers numériques|La Croix Rouge");
    row.put(
        StandardField.FORMATIONS_LABELS,
        "Formé à « Mon Espace Santé »|Arnia/MedNum BFC (Bourgogne-Franche-Comté)");
    row.put(StandardField.AUTRES_FORMATIONS_LABELS, "Label et la bête");
    row.put(StandardField.MODALITES_ACCES, "Se présenter|Téléphoner");
    row.put(
        StandardField.MODALITES_ACCOMPAGNEMENT,
        "Dans un atelier collectif|À distance|En autonomie|Accompagnement individuel");
    row.put(
        StandardField.FICHE_ACCES_LIBRE,
        "https://acceslibre.beta.gouv.fr/app/29-lampaul-plouarzel/a/bibliotheque-mediatheque/erp/mediatheque-13/");
    row.put(StandardField.PRISE_RDV, "https://www.rdv-solidarites.fr/");
    return row;
  }

  @Test
  void parsesTheStandardsOwnExample() {
    VenueRecord record = VenueRecord.parse(standardExample());

    assertThat(record.nom().value()).isEqualTo("Anonymal");
    assertThat(record.coordinates().latitude()).isEqualTo(43.52609);
    assertThat(record.get(Fields.SERVICES))
        .containsExactly(
            Service.MAITRISE_DES_OUTILS_NUMERIQUES_DU_QUOTIDIEN,
            Service.INSERTION_PROFESSIONNELLE_VIA_LE_NUMERIQUE,
            Service.LOISIRS_ET_CREATIONS_NUMERIQUES);
    assertThat(record.get(Fields.FRAIS_A_CHARGE))
        .containsExactly(Fee.GRATUIT_SOUS_CONDITION, Fee.PAYANT);
    assertThat(record.courriels().values()).hasSize(2);
    assertThat(record.get(Fields.MODALITES_ACCOMPAGNEMENT)).hasSize(4);
  }

  @Test
  void reportsEveryInvalidFieldOfARowNotOnlyTheFirst() {
    Map<StandardField, String> row = standardExample();
    row.put(StandardField.CODE_POSTAL, "7500");
    row.put(StandardField.SERVICES, "Cuisine");
    row.remove(StandardField.NOM);

    InvalidRowException refusal = refusal(row);
    assertThat(refusal.errors())
        .extracting(InvalidFieldException::field)
        .containsExactlyInAnyOrder(
            StandardField.CODE_POSTAL, StandardField.SERVICES, StandardField.NOM);
    assertThat(refusal)
        .hasMessageContaining("Invalid postal code: '7500'. Expected 5 digits.")
        .hasMessageContaining("Missing name.");
  }

  @Test
  void rejectsALatitudeWithoutLongitude() {
    Map<StandardField, String> row = standardExample();
    row.remove(StandardField.LONGITUDE);

    assertThat(refusal(row).errors())
        .singleElement()
        .extracting(InvalidFieldException::field)
        .isEqualTo(StandardField.LONGITUDE);
  }

  @Test
  void acceptsAVenueWithOnlyTheRequiredFields() {
    Map<StandardField, String> row = new EnumMap<>(StandardField.class);
    for (StandardField field : StandardField.inOrder()) {
      if (field.required()) {
        row.put(field, standardExample().get(field));
      }
    }

    VenueRecord record = VenueRecord.parse(row);

    assertThat(record.coordinates()).isNull();
    assertThat(record.get(Fields.SERVICES)).isEmpty();
    assertThat(record.telephone()).isNull();
  }

  @Test
  void placesAnOverseasPhoneNumberWithThePostcode() {
    Map<StandardField, String> row = standardExample();
    row.put(StandardField.CODE_POSTAL, "97200");
    row.put(StandardField.CODE_INSEE, "97209");
    row.put(StandardField.TELEPHONE, "0596 70 12 34");

    assertThat(VenueRecord.parse(row).telephone().value()).isEqualTo("+596596701234");
  }

  @Test
  void rejectsAnOverlongDescription() {
    Map<StandardField, String> row = standardExample();
    row.put(StandardField.PRESENTATION_DETAIL, "x".repeat(VenueRecord.MAX_DETAIL_LENGTH + 1));

    assertThat(refusal(row)).hasMessageContaining("Expected at most 20000 characters");
  }

  /** What parsing {@code row} throws; fails when it does not refuse the row. */
  private static InvalidRowException refusal(Map<StandardField, String> row) {
    Throwable thrown = catchThrowable(() -> VenueRecord.parse(row));
    assertThat(thrown).isInstanceOf(InvalidRowException.class);
    return (InvalidRowException) thrown;
  }
}
