package fr.mediation.directory.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.StandardField;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The refusals of the registry's fields read their two languages from the field bundle. */
class FieldRefusalTextsTest {

  /**
   * The example row with {@code field} set to {@code value} (removed when {@code value} is empty)
   * is refused with these texts.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '"',
      value = {
        "SOURCE;#1234;Expected at most 250 characters, got 1234.;250 caractères au plus, 1234"
            + " reçus.",
        "LONGITUDE;;Latitude and longitude go together: one without the other cannot be placed.;La"
            + " latitude et la longitude vont ensemble : l'une sans l'autre ne situe rien.",
        "LATITUDE;91;Expected a number between -90 and 90.;Nombre entre -90 et 90 attendu, par"
            + " exemple 48.8566.",
        "LONGITUDE;-181;Expected a number between -180 and 180.;Nombre entre -180 et 180 attendu,"
            + " par exemple 2.3522.",
        "PRESENTATION_RESUME;\u200b;Expected a non-blank value.;Une valeur non vide est attendue.",
        "CODE_POSTAL;7500;Expected 5 digits.;5 chiffres attendus.",
        "CODE_POSTAL;00123;Expected 5 digits, not starting with 00.;5 chiffres attendus, sans"
            + " commencer par 00.",
        "PIVOT;12345678901234;Expected a SIRET of 14 digits with a valid checksum, or an RNA number"
            + " (W followed by 9 characters).;SIRET de 14 chiffres valide attendu (à vérifier sur"
            + " annuaire-entreprises.data.gouv.fr), ou numéro RNA (W suivi de 9 caractères).",
        "PRISE_RDV;pas une adresse;Expected a web address starting with http:// or https://, e.g."
            + " https://www.exemple.fr.;Adresse web attendue, commençant par http:// ou https://,"
            + " par exemple https://www.exemple.fr.",
        "CODE_INSEE;7;Expected 5 characters: the département (2A or 2B in Corsica) then 3 digits,"
            + " e.g. 75056.;5 caractères attendus : le département (2A ou 2B en Corse) puis 3"
            + " chiffres, par exemple 75056.",
        "COMMUNE;123;Expected the name of a commune, e.g. Reims.;Nom de commune attendu, par"
            + " exemple Reims.",
        "ID;#256;Expected at most 255 characters.;255 caractères au maximum.",
        "COURRIELS;pas-un-courriel;\"Expected an e-mail address such as contact@exemple.fr; separate"
            + " several addresses with |.\";\"Adresse courriel attendue, par exemple"
            + " contact@exemple.fr ; séparez plusieurs adresses par |.\"",
        "TELEPHONE;12;Expected a French phone number, e.g. 01 23 45 67 89 or +33123456789.;Numéro"
            + " de téléphone français attendu, par exemple 01 23 45 67 89 ou +33123456789.",
        "DATE_MAJ;1999-12-31;Expected a date in the form YYYY-MM-DD, not before 2000-01-01.;Date"
            + " au format AAAA-MM-JJ attendue, à partir du 01/01/2000.",
        "DATE_MAJ;2999-01-01;Expected a date in the form YYYY-MM-DD, not in the future.;Date au"
            + " format AAAA-MM-JJ attendue, qui ne soit pas dans le futur.",
        "FRAIS_A_CHARGE;Gratis;Expected one of: Gratuit, Gratuit sous condition, Payant. Separate"
            + " several values with |.;Valeur attendue parmi : Gratuit, Gratuit sous condition,"
            + " Payant. Séparez plusieurs valeurs par |.",
        "FRAIS_A_CHARGE;|;Expected at least one of: Gratuit, Gratuit sous condition, Payant."
            + " Separate several values with |.;Au moins une valeur attendue parmi : Gratuit,"
            + " Gratuit sous condition, Payant. Séparez plusieurs valeurs par |.",
        "SITE_WEB;|;Expected at least one web address, e.g. https://www.exemple.fr.;Au moins une"
            + " adresse web attendue, par exemple https://www.exemple.fr."
      })
  void aFieldIsRefusedInBothLanguages(
      StandardField field, String value, String expected, String expectedFr) {
    Map<StandardField, String> row = FieldRoundTripTest.everyField();
    if (value == null) {
      row.remove(field);
    } else if (value.startsWith("#")) {
      row.put(field, "x".repeat(Integer.parseInt(value.substring(1))));
    } else {
      row.put(field, value);
    }

    assertThatThrownBy(() -> VenueRecord.parse(row))
        .isInstanceOfSatisfying(
            InvalidRowException.class,
            e ->
                assertThat(e.errors())
                    .extracting(InvalidFieldException::expected, InvalidFieldException::expectedFr)
                    .containsExactly(tuple(expected, expectedFr)));
  }
}
