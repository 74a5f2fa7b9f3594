package fr.mediation.directory.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlacesTest {

  @Test
  void resolvesACommuneNameAPostcodeAndAnInseeCode() {
    assertThat(Places.resolve("Strasbourg"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.insee()).isEqualTo("67482");
              assertThat(p.label()).isEqualTo("Strasbourg (67000)");
            });
    assertThat(Places.resolve("67000").getFirst().name()).isEqualTo("Strasbourg");
    assertThat(Places.resolve("67482").getFirst().name()).isEqualTo("Strasbourg");
    assertThat(Places.resolve("Strasbourg (67200)").getFirst().postcode()).isEqualTo("67200");
  }

  @Test
  void anAmbiguousNameGivesEveryCandidate() {
    assertThat(Places.resolve("Saint-Denis")).hasSizeGreaterThan(1);
  }

  @Test
  void suggestsTheMostPopulatedCommunesFirst() {
    assertThat(Places.suggest("stras", 3).getFirst().name()).isEqualTo("Strasbourg");
    assertThat(Places.suggest("670", 20))
        .allSatisfy(p -> assertThat(p.postcode()).startsWith("670"));
    assertThat(Places.suggest("s", 3)).isEmpty();
  }

  @Test
  void unknownTextResolvesToNothing() {
    assertThat(Places.resolve("Xyzzyville")).isEmpty();
  }
}
