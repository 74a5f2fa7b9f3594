package fr.mediation.directory.venue.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

  @Test
  void readsWordsAsTheIndexDoesWithoutStemming() {
    assertThat(SearchWords.of("L’Atelier Numérique d'Ordinateurs"))
        .containsExactly("atelier", "numerique", "ordinateurs");
    assertThat(SearchWords.of("Cœur de l'Œuvre")).containsExactly("coeur", "oeuvre");
  }

  @Test
  void stopWordsAloneLeaveNothingToSearch() {
    assertThat(SearchWords.of("le")).isEmpty();
    assertThat(SearchWords.of("de la")).isEmpty();
    assertThat(SearchWords.of(" - ' ")).isEmpty();
    assertThat(SearchWords.of("la poste")).containsExactly("poste");
  }

  @Test
  void longerWordsForgiveMoreTypos() {
    assertThat(SearchWords.typos("bus")).isZero();
    assertThat(SearchWords.typos("ordi")).isEqualTo(1);
    assertThat(SearchWords.typos("numerque")).isEqualTo(2);
  }
}
