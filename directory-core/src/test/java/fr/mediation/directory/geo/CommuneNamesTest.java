package fr.mediation.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommuneNamesTest {

  @Test
  void ignoresCaseAccentsHyphensApostrophesAndSpaces() {
    assertThat(Communes.nameKey("L'Haÿ-les-Roses")).isEqualTo(Communes.nameKey("L HAY LES ROSES"));
    assertThat(Communes.nameKey("Pointe-à-Pitre")).isEqualTo(Communes.nameKey("POINTE A PITRE"));
    assertThat(Communes.nameKey("Œuilly")).isEqualTo(Communes.nameKey("OEUILLY"));
  }

  @Test
  void spellsOutSaintAbbreviations() {
    assertThat(Communes.nameKey("St-Étienne")).isEqualTo(Communes.nameKey("Saint-Étienne"));
    assertThat(Communes.nameKey("STE MAXIME")).isEqualTo(Communes.nameKey("Sainte-Maxime"));
  }

  @Test
  void dropsLeadingOrParenthesisedArticle() {
    assertThat(Communes.nameKey("Le Mans")).isEqualTo("mans");
    assertThat(Communes.nameKey("Haye (La)")).isEqualTo(Communes.nameKey("La Haye"));
    assertThat(Communes.nameKey("L'Isle-Adam")).isEqualTo(Communes.nameKey("Isle Adam"));
    assertThat(Communes.nameKey("La")).isEqualTo("la");
  }

  @Test
  void dropsCedexSuffix() {
    assertThat(Communes.nameKey("REIMS CEDEX 2")).isEqualTo("reims");
    assertThat(Communes.nameKey("Paris Cedex 15")).isEqualTo("paris");
  }

  @Test
  void readsArrondissementWordingsAsOneKey() {
    assertThat(Communes.nameKey("Paris 15e Arrondissement")).isEqualTo("paris15");
    assertThat(Communes.nameKey("PARIS 15")).isEqualTo("paris15");
    assertThat(Communes.nameKey("Paris 15ème arr.")).isEqualTo("paris15");
    assertThat(Communes.nameKey("Paris XV")).isEqualTo("paris15");
    assertThat(Communes.nameKey("Paris 1er Arrondissement")).isEqualTo("paris1");
    assertThat(Communes.nameKey("Lyon 03")).isEqualTo("lyon3");
    assertThat(Communes.nameKey("Lyon 3ème")).isEqualTo("lyon3");
    assertThat(Communes.nameKey("Marseille 13")).isEqualTo("marseille13");
  }

  @Test
  void leavesOtherCommunesNamedAfterTheCitiesAlone() {
    assertThat(Communes.nameKey("Paris-l'Hôpital")).isEqualTo("parislhopital");
    assertThat(Communes.nameKey("Marseille-en-Beauvaisis")).isEqualTo("marseilleenbeauvaisis");
    assertThat(Communes.nameKey("Paris 21")).isEqualTo("paris21");
  }

  @Test
  void normalisesPostcodesAndInseeCodes() {
    assertThat(CommuneNames.postcode(" 75 015 ")).isEqualTo("75015");
    assertThat(CommuneNames.postcode("1000")).isEqualTo("01000");
    assertThat(CommuneNames.postcode("750150")).isNull();
    assertThat(CommuneNames.insee("2b033")).isEqualTo("2B033");
    assertThat(CommuneNames.insee("1015")).isEqualTo("01015");
    assertThat(CommuneNames.insee("2C033")).isNull();
    assertThat(CommuneNames.departementsOf("20000")).containsExactly("2A", "2B");
    assertThat(CommuneNames.departementsOf("97600")).containsExactly("976");
  }
}
