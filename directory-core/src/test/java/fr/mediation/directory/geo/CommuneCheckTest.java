package fr.mediation.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.geo.CommuneCheck.Status;
import org.junit.jupiter.api.Test;

class CommuneCheckTest {

  private final Communes communes = Communes.get();

  @Test
  void acceptsConsistentPostcodeCodeAndName() {
    CommuneCheck check = communes.check("51100", "51454", "Reims");

    assertThat(check.status()).isEqualTo(Status.CONSISTENT);
    assertThat(check.isConsistent()).isTrue();
    assertThat(check.inseeCode()).isEqualTo("51454");
    assertThat(check.warning()).isNull();
    assertThat(check.warningFr()).isNull();
  }

  @Test
  void completesMissingInseeCodeSilently() {
    CommuneCheck check = communes.check("97600", null, "Mamoudzou");

    assertThat(check.status()).isEqualTo(Status.CONSISTENT);
    assertThat(check.inseeCode()).isEqualTo("97611");
  }

  @Test
  void correctsParisArrondissementName() {
    CommuneCheck check = communes.check("75015", null, "Paris 15");

    assertThat(check.status()).isEqualTo(Status.CORRECTED);
    assertThat(check.canonicalName()).isEqualTo("Paris");
    assertThat(check.inseeCode()).isEqualTo("75115");
    assertThat(check.warning()).contains("'Paris 15'", "'Paris'");
    assertThat(check.warningFr()).contains("« Paris 15 »", "« Paris »");
  }

  @Test
  void replacesCityCodeWithArrondissementCode() {
    CommuneCheck check = communes.check("69003", "69123", "Lyon");

    assertThat(check.status()).isEqualTo(Status.CORRECTED);
    assertThat(check.inseeCode()).isEqualTo("69383");
    assertThat(check.warning()).contains("69123", "69383");
  }

  @Test
  void flagsPostcodeOfAnotherDepartement() {
    CommuneCheck check = communes.check("33000", "75056", null);

    assertThat(check.status()).isEqualTo(Status.INCONSISTENT);
    assertThat(check.isConsistent()).isFalse();
    assertThat(check.warning()).contains("33000", "Paris", "département 33");
    assertThat(check.warningFr()).contains("33000", "Paris", "département 33");
  }

  @Test
  void flagsInseeCodeOfAnotherCommuneAndProposesTheNamedOne() {
    CommuneCheck check = communes.check("51100", "33063", "Reims");

    assertThat(check.status()).isEqualTo(Status.INCONSISTENT);
    assertThat(check.inseeCode()).isEqualTo("51454");
    assertThat(check.warning()).contains("33063", "Bordeaux", "Reims");
  }

  @Test
  void flagsNameThatIsNotTheCodesCommune() {
    CommuneCheck check = communes.check(null, "51454", "Bordeaux");

    assertThat(check.status()).isEqualTo(Status.INCONSISTENT);
  }

  @Test
  void replacesCodeOfFormerCommuneWithCurrentOne() {
    CommuneCheck check = communes.check("01300", "01340", "Saint-Bois");

    assertThat(check.status()).isEqualTo(Status.CORRECTED);
    assertThat(check.inseeCode()).isEqualTo("01015");
    assertThat(check.canonicalName()).isEqualTo("Arboys en Bugey");
    assertThat(check.warning()).contains("Saint-Bois", "former commune", "Arboys en Bugey");
    assertThat(check.warningFr()).contains("ancienne commune");
  }

  @Test
  void restoresDroppedLeadingZeros() {
    CommuneCheck check = communes.check("1300", "1015", "Arboys en Bugey");

    assertThat(check.status()).isEqualTo(Status.CORRECTED);
    assertThat(check.inseeCode()).isEqualTo("01015");
    assertThat(check.warning()).contains("01300");
  }

  @Test
  void checksCorsicanAndOverseasCommunes() {
    assertThat(communes.check("20000", "2A004", "Ajaccio").status()).isEqualTo(Status.CONSISTENT);
    assertThat(communes.check("97400", "97411", "Saint-Denis").status())
        .isEqualTo(Status.CONSISTENT);
    assertThat(communes.check("97400", "93066", "Saint-Denis").status())
        .isEqualTo(Status.INCONSISTENT);
  }

  @Test
  void readsRenamedCommuneWithinItsPostcode() {
    CommuneCheck check = communes.check("57220", null, "VARIZE");

    assertThat(check.status()).isEqualTo(Status.CORRECTED);
    assertThat(check.canonicalName()).isEqualTo("Varize-Vaudoncourt");
    assertThat(check.warning()).contains("read as");
  }

  @Test
  void needsTheNameForASharedPostcode() {
    CommuneCheck check = communes.check("01300", null, null);

    assertThat(check.status()).isEqualTo(Status.UNKNOWN);
    assertThat(check.proposal()).isEmpty();
    assertThat(check.warning()).contains("shared by", "Belley");
  }

  @Test
  void reportsUnknownNameAndUnknownCode() {
    assertThat(communes.check("51100", null, "Atlantis").status()).isEqualTo(Status.UNKNOWN);
    assertThat(communes.check(null, "99999", null).status()).isEqualTo(Status.INCONSISTENT);
    assertThat(communes.check(null, null, null).status()).isEqualTo(Status.UNKNOWN);
  }
}
