package fr.mediation.directory.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {

  @Test
  void foldsToLowerCaseWithoutAccentsWhetherTheyAreComposedOrNot() {
    assertThat(Folding.fold("Hôtel de Ville")).isEqualTo("hotel de ville");
    assertThat(Folding.fold("Me\u0301diathe\u0300que")).isEqualTo("mediatheque");
    assertThat(Folding.fold("ÉCOLE ÇA")).isEqualTo("ecole ca");
    assertThat(Folding.fold("plain ascii 12")).isEqualTo("plain ascii 12");
  }

  /**
   * Every combining mark goes, enclosing and spacing ones too; letters stay, the ligatures œ and æ
   * spelt out as other hubs write them.
   */
  @Test
  void leavesOutEveryCombiningMarkAndNothingElse() {
    assertThat(Folding.fold("Œuvre")).isEqualTo("oeuvre");
    assertThat(Folding.fold("Cæcilia")).isEqualTo("caecilia");
    assertThat(Folding.fold("OEUILLY")).isEqualTo(Folding.fold("Œuilly"));
    assertThat(Folding.fold("a\u20DD")).isEqualTo("a");
    assertThat(Folding.fold("k\u0903")).isEqualTo("k");
    assertThat(Folding.fold("\uD835\uDD38\u0301x")).isEqualTo("\uD835\uDD38x");
    assertThat(Folding.fold("")).isEmpty();
  }
}
