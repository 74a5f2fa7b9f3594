package fr.mediation.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.geo.CommuneCheck.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** La Poste's localities: a commune column that holds one gives the real commune, said so. */
class LocalitiesTest {

  private static Localities fixture() throws IOException {
    return Localities.load(
        new ByteArrayInputStream(
            """
            # a few localities
            postcode;insee;locality
            13290;13001;LES MILLES
            97490;97411;SAINTE CLOTILDE
            01000;01001;LE HAMEAU
            02000;02002;LE HAMEAU
            """
                .getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aLocalityIsFoundByPostcodeAndNameWhateverTheSpelling() throws IOException {
    Localities localities = fixture();

    assertThat(localities.find("13290", "Les Milles"))
        .get()
        .extracting(l -> l.insee())
        .isEqualTo("13001");
    assertThat(localities.find("97490", "Ste-Clotilde")).isPresent();
    assertThat(localities.find("13100", "Les Milles")).as("another postcode").isEmpty();
    assertThat(localities.find(null, "Sainte Clotilde"))
        .get()
        .extracting(l -> l.postcode())
        .isEqualTo("97490");
    assertThat(localities.find(null, "Le Hameau")).as("two in France").isEmpty();
    assertThat(localities.find("01000", "Le Hameau")).isPresent();
  }

  @Test
  void theCheckOfACommuneColumnHoldingALocalityGivesTheCommuneAndNamesTheLocality() {
    Communes communes = Communes.get();
    assertThat(communes.localities().size()).as("built from codes-postaux").isGreaterThan(300);

    CommuneCheck milles = communes.check("13290", null, "Les Milles");
    assertThat(milles.status()).isEqualTo(Status.CORRECTED);
    assertThat(milles.inseeCode()).isEqualTo("13001");
    assertThat(milles.canonicalName()).isEqualTo("Aix-en-Provence");
    assertThat(milles.locality()).isEqualTo("Les Milles");
    assertThat(milles.warningFr()).contains("« Les Milles »", "Aix-en-Provence (13001)");

    CommuneCheck clotilde = communes.check("97490", null, "Sainte-Clotilde");
    assertThat(clotilde.inseeCode()).isEqualTo("97411");
    assertThat(clotilde.canonicalName()).isEqualTo("Saint-Denis");
    assertThat(clotilde.locality()).isEqualTo("Sainte-Clotilde");

    CommuneCheck withCode = communes.check("13290", "13001", "LES MILLES");
    assertThat(withCode.status()).as("the INSEE code agrees").isEqualTo(Status.CORRECTED);
    assertThat(withCode.locality()).isEqualTo("LES MILLES");

    assertThat(communes.check("13100", null, "Aix-en-Provence").locality())
        .as("a commune's own name is no locality")
        .isNull();
  }
}
