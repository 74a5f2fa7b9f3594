package fr.mediation.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.venue.field.InseeCode;
import fr.mediation.directory.venue.field.PostalCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DepartementsTest {

  @ParameterizedTest
  @CsvSource({
    "75056, 75", // Paris (INSEE)
    "75018, 75", // Paris 18e (postcode)
    "2A004, 2A", // Ajaccio (INSEE)
    "2B033, 2B", // Bastia (INSEE)
    "20000, 20", // Ajaccio (postcode: 2A or 2B, it cannot tell)
    "97411, 974", // Saint-Denis, La Réunion
    "97150, 971", // Saint-Martin's postcode, still Guadeloupe's series
    "97801, 978", // Saint-Martin (INSEE)
    "98818, 988", // Nouméa
    "01001, 01",
    "97, ''",
    "9, ''",
    "'', ''"
  })
  void aCodeBeginsWithItsDepartement(String code, String departement) {
    assertThat(Departements.codeOf(code)).isEqualTo(departement);
  }

  @ParameterizedTest
  @CsvSource({"75056, 75018, 75", "2A004, 20000, 2A", "97411, 97400, 974", "98818, 98800, 988"})
  void inseeCodesAndPostcodesReadTheirDepartementHere(String insee, String postcode, String dep) {
    assertThat(new InseeCode(insee).departement()).isEqualTo(dep);
    assertThat(new PostalCode(postcode).departement())
        .isEqualTo(dep.startsWith("2") && !dep.equals("20") ? "20" : dep);
    assertThat(Departements.postcodePrefix(dep)).isEqualTo(Departements.codeOf(postcode));
  }
}
