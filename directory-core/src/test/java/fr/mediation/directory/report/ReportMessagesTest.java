package fr.mediation.directory.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportMessagesTest {

  @Test
  void theSameMessageTypedDifferentlyHasOneKey() {
    String key = ReportMessages.key("L’accueil a FERMÉ ! Le cœur du quartier…");
    assertThat(ReportMessages.key("  l'accueil a fermé, le coeur du quartier  ")).isEqualTo(key);
    assertThat(ReportMessages.key("L\u0027accueil a ferme\u0301 — le CŒUR du quartier"))
        .isEqualTo(key);
    assertThat(key).isEqualTo("l accueil a ferme le coeur du quartier");
  }

  @Test
  void differentMessagesKeepDifferentKeys() {
    assertThat(ReportMessages.key("Fermé le lundi"))
        .isNotEqualTo(ReportMessages.key("Fermé le mardi"));
    assertThat(ReportMessages.key("Ouvert de 9 h à 12 h"))
        .isNotEqualTo(ReportMessages.key("Ouvert de 9 h à 18 h"));
  }
}
