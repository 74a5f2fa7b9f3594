package fr.mediation.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.geo.Commune.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommunesTest {

  private final Communes communes = Communes.get();

  @Test
  void holdsEveryCurrentCommuneArrondissementAndFormerCommune() {
    assertThat(communes.all().stream().filter(c -> c.kind() == Kind.COMMUNE).count())
        .isBetween(34_500L, 35_500L);
    assertThat(
            communes.all().stream().filter(c -> c.kind() == Kind.ARRONDISSEMENT_MUNICIPAL).count())
        .isEqualTo(45);
    assertThat(communes.all()).anyMatch(c -> c.kind() == Kind.COMMUNE_DELEGUEE);
    assertThat(communes.all()).anyMatch(c -> c.kind() == Kind.COMMUNE_ASSOCIEE);
    assertThat(communes.sources()).contains("@etalab/decoupage-administratif@");
  }

  @Test
  void locatesEveryCommuneOfOverseasDepartementsAndNearlyEveryMetropolitanOne() {
    List<String> overseas = List.of("971", "972", "973", "974", "976");
    assertThat(communes.all())
        .filteredOn(Commune::isCurrent)
        .filteredOn(c -> overseas.contains(c.departement()) || c.departement().startsWith("2"))
        .hasSizeGreaterThan(500)
        .allMatch(Commune::hasPosition);
    // The six communes restored since 2017 (Celles, L'Oie...) are missing from the position
    // sources.
    assertThat(communes.all())
        .filteredOn(Commune::isCurrent)
        .filteredOn(c -> c.departement().length() == 2)
        .filteredOn(c -> !c.hasPosition())
        .hasSizeLessThanOrEqualTo(10);
  }

  @Test
  void findsCommuneByInsee() {
    Commune reims = communes.byInsee("51454").orElseThrow();

    assertThat(reims.name()).isEqualTo("Reims");
    assertThat(reims.postcodes()).containsExactly("51100");
    assertThat(reims.departement()).isEqualTo("51");
    assertThat(reims.region()).isEqualTo("44");
    assertThat(reims.population()).isGreaterThan(150_000);
    assertThat(reims.kind()).isEqualTo(Kind.COMMUNE);
    assertThat(reims.parentInsee()).isNull();
  }

  @Test
  void findsCorsicanCommuneByInseeWhateverItsCaseOrFormerCode() {
    assertThat(communes.byInsee("2a004")).map(Commune::name).contains("Ajaccio");
    assertThat(communes.byInsee("20004")).map(Commune::insee).contains("2A004");
    assertThat(communes.byInsee("2B033").orElseThrow().departement()).isEqualTo("2B");
  }

  @Test
  void findsCodeOfCommuneMergedWithoutCommuneDeleguee() {
    // Saint-Rambert-l'Île-Barbe joined Lyon in 1963.
    assertThat(communes.byInsee("69232")).map(Commune::insee).contains("69123");
  }

  @Test
  void findsFormerCommuneByInseeWithItsCurrentCommune() {
    Commune saintBois = communes.byInsee("01340").orElseThrow();

    assertThat(saintBois.kind()).isEqualTo(Kind.COMMUNE_DELEGUEE);
    assertThat(saintBois.parentInsee()).isEqualTo("01015");
    assertThat(communes.currentOf(saintBois).name()).isEqualTo("Arboys en Bugey");
  }

  @Test
  void prefersCurrentCommuneToCommuneDelegueeSharingItsCode() {
    assertThat(communes.byInsee("50129").orElseThrow().name()).isEqualTo("Cherbourg-en-Cotentin");
  }

  @Test
  void findsParisArrondissementByPostcode() {
    assertThat(communes.byPostcode("75015")).extracting(Commune::insee).containsExactly("75115");
    assertThat(communes.byPostcode("75116")).extracting(Commune::insee).containsExactly("75116");
    assertThat(communes.byPostcode("69003")).extracting(Commune::insee).containsExactly("69383");
    assertThat(communes.byPostcode("13013")).extracting(Commune::insee).containsExactly("13213");
  }

  @Test
  void listsCommunesSharingPostcodeMostPopulatedFirst() {
    assertThat(communes.byPostcode("01300")).hasSizeGreaterThan(10);
    assertThat(communes.byPostcode("01300").getFirst().name()).isEqualTo("Belley");
    assertThat(communes.byPostcode("1300")).isEqualTo(communes.byPostcode("01300"));
    assertThat(communes.byPostcode("99999")).isEmpty();
    assertThat(communes.byPostcode("not a postcode")).isEmpty();
  }

  @Test
  void findsCommuneIgnoringCaseAccentsHyphensAndApostrophes() {
    assertThat(communes.find("94240", "L HAY LES ROSES")).map(Commune::insee).contains("94038");
    assertThat(communes.find("94240", "l’haÿ-les-roses")).map(Commune::insee).contains("94038");
  }

  @Test
  void canonicalisesSaintAbbreviation() {
    assertThat(communes.find("42000", "ST ETIENNE")).map(Commune::insee).contains("42218");
    assertThat(communes.find("83120", "Ste-Maxime")).map(Commune::insee).contains("83115");
    assertThat(communes.canonicalName("42000", "st etienne")).isEqualTo("Saint-Étienne");
  }

  @Test
  void ignoresLeadingArticle() {
    assertThat(communes.find("72000", "Mans")).map(Commune::insee).contains("72181");
    assertThat(communes.find("72000", "LE MANS")).map(Commune::insee).contains("72181");
    assertThat(communes.find("97139", "Abymes (Les)")).map(Commune::insee).contains("97101");
  }

  @Test
  void ignoresCedexSuffixAndCedexPostcode() {
    assertThat(communes.find("51100", "REIMS CEDEX 2")).map(Commune::insee).contains("51454");
    // 51084 is a CEDEX code: no commune has it, the département still tells Reims.
    assertThat(communes.find("51084", "Reims Cedex")).map(Commune::insee).contains("51454");
  }

  @Test
  void readsArrondissementWordings() {
    assertThat(communes.find("75015", "Paris 15e Arrondissement"))
        .map(Commune::insee)
        .contains("75115");
    assertThat(communes.find("75015", "PARIS 15")).map(Commune::insee).contains("75115");
    assertThat(communes.find(null, "Paris XV")).map(Commune::insee).contains("75115");
    assertThat(communes.find("69003", "Lyon 3ème")).map(Commune::insee).contains("69383");
    assertThat(communes.find("13013", "Marseille 13")).map(Commune::insee).contains("13213");
    assertThat(communes.find(null, "Paris 1er")).map(Commune::insee).contains("75101");
  }

  @Test
  void findsArrondissementFromCityNameAndPostcode() {
    assertThat(communes.find("75015", "Paris")).map(Commune::insee).contains("75115");
    assertThat(communes.find("75116", "PARIS")).map(Commune::insee).contains("75116");
    assertThat(communes.find(null, "Paris")).map(Commune::insee).contains("75056");
    assertThat(communes.canonicalName("75015", "PARIS 15")).isEqualTo("Paris");
  }

  @Test
  void findsFormerCommuneWithItsCurrentCommunesPostcode() {
    Commune octeville = communes.find("50100", "Cherbourg-Octeville").orElseThrow();

    assertThat(octeville.kind()).isEqualTo(Kind.COMMUNE_DELEGUEE);
    assertThat(communes.currentOf(octeville).name()).isEqualTo("Cherbourg-en-Cotentin");
    assertThat(communes.canonicalName("50100", "CHERBOURG OCTEVILLE"))
        .isEqualTo("Cherbourg-en-Cotentin");
  }

  @Test
  void findsRenamedOrShortenedNameApproximatelyWithinItsPostcode() {
    assertThat(communes.find("57220", "VARIZE")).isEmpty();
    assertThat(communes.findApproximately("57220", "VARIZE"))
        .map(Commune::name)
        .contains("Varize-Vaudoncourt");
    assertThat(communes.findApproximately("64370", "CASTILLON D ARTHEZ"))
        .map(Commune::insee)
        .contains("64181");
    // Too vague: several communes of 01300 have "Saint" in their name, or none has the word.
    assertThat(communes.findApproximately("01300", "Saint")).isEmpty();
    assertThat(communes.findApproximately("57220", "Atlantis")).isEmpty();
    assertThat(communes.findApproximately(null, "VARIZE")).isEmpty();
  }

  @Test
  void disambiguatesHomonymsByPostcode() {
    assertThat(communes.find("97400", "Saint-Denis")).map(Commune::insee).contains("97411");
    assertThat(communes.find("93200", "St Denis")).map(Commune::insee).contains("93066");
    assertThat(communes.find(null, "Saint-Denis")).isEmpty();
    assertThat(communes.find(null, "Strasbourg")).map(Commune::insee).contains("67482");
  }

  @Test
  void findsCorsicanCommunes() {
    assertThat(communes.find("20000", "Ajaccio").orElseThrow().departement()).isEqualTo("2A");
    assertThat(communes.find("20200", "Bastia").orElseThrow().departement()).isEqualTo("2B");
    assertThat(communes.find("20250", "CORTE").orElseThrow().insee()).isEqualTo("2B096");
  }

  @Test
  void findsCommunesOfEveryOverseasDepartement() {
    assertThat(communes.find("97110", "Pointe-a-Pitre")).map(Commune::insee).contains("97120");
    assertThat(communes.find("97200", "Fort de France")).map(Commune::insee).contains("97209");
    assertThat(communes.find("97300", "Cayenne")).map(Commune::insee).contains("97302");
    assertThat(communes.find("97400", "SAINT DENIS")).map(Commune::insee).contains("97411");
    assertThat(communes.find("97600", "Mamoudzou")).map(Commune::insee).contains("97611");
    assertThat(communes.byInsee("97611").orElseThrow().departement()).isEqualTo("976");
  }

  @Test
  void keepsGivenNameWhenNothingMatches() {
    assertThat(communes.canonicalName("51100", "  Atlantis ")).isEqualTo("Atlantis");
    assertThat(communes.find("51100", "Atlantis")).isEmpty();
    assertThat(communes.find("51100", null)).isEmpty();
  }

  @Test
  void canonicalNameOfArrondissementIsTheCity() {
    assertThat(communes.byInsee("75115").orElseThrow().canonicalName()).isEqualTo("Paris");
    assertThat(communes.byInsee("69383").orElseThrow().canonicalName()).isEqualTo("Lyon");
    assertThat(communes.byInsee("13213").orElseThrow().canonicalName()).isEqualTo("Marseille");
    assertThat(communes.byInsee("51454").orElseThrow().canonicalName()).isEqualTo("Reims");
  }
}
