package fr.mediation.directory.federation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameTokensTest {

  @Test
  void readsWordsOfLettersAndDigitsWithAcronymsAbbreviationsAndFranceServicesAsOneWord() {
    assertThat(NameTokens.tokens("  C.A.S.S.P.A. -- St-Jean (2e)  "))
        .containsExactly("casspa", "saint", "jean", "2e");
    assertThat(NameTokens.tokens("Centre socio-culturel, av. Foch"))
        .containsExactly("centre", "socioculturel", "avenue", "foch");
    assertThat(NameTokens.tokens("France Services / La Poste"))
        .containsExactly("franceservices", "laposte");
    // The ligatures spelt out, as other hubs write them; other letters outside a-z part words.
    assertThat(NameTokens.tokens("Cœur-de-ville")).containsExactly("coeur", "de", "ville");
    assertThat(NameTokens.tokens("MAISON FRANCE SERVICES D'ŒUILLY"))
        .isEqualTo(NameTokens.tokens("France Services d'Oeuilly"))
        .containsExactly("franceservices", "d", "oeuilly");
    assertThat(NameTokens.tokens("Espace Lætitia")).containsExactly("espace", "laetitia");
    assertThat(NameTokens.tokens("...")).isEmpty();
    assertThat(NameTokens.tokens(null)).isEmpty();
  }

  @Test
  void readsWordsWhateverSeparatesThem() {
    assertThat(NameTokens.words(" espace--public  numerique!"))
        .containsExactly("espace", "public", "numerique");
    assertThat(NameTokens.words("")).isEmpty();
  }
}
