package fr.mediation.directory.web.console.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mediation.directory.feed.SourceSettings;
import fr.mediation.directory.source.Source;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceFormTest {

  private static final String MAPPING =
      """
      mapping: 1
      format: csv
      csv: {delimiter: ";"}
      fields:
        id: id
        pivot: {value: "00000000000000"}
        nom: intitulé
        adresse: adresse
        code_postal: cp
        commune: ville
        date_maj: {value: "2025-09-01"}
      """;

  private static Source stored() {
    Source source = new Source("reseau-d-yeu", Instant.parse("2026-01-01T00:00:00Z"));
    new SourceSettings(
            "reseau-d-yeu",
            "Réseau de l'Île-d'Yeu « numérique »",
            "Commune de L'Île-d'Yeu",
            "Licence Ouverte 2.0",
            "custom",
            MAPPING,
            "pull",
            "https://exemple.fr/lieux.csv",
            1440,
            0.25,
            null,
            35)
        .applyTo(source, Instant.parse("2026-01-01T00:00:00Z"));
    return source;
  }

  @Test
  void aStoredSourceSavedAgainUnchangedIsNotReadDifferently() {
    Source source = stored();

    SourceSettings again = SourceForm.of(source).settings();
    again.applyTo(source, Instant.parse("2026-02-01T00:00:00Z"));

    assertThat(source.getReadingChangedAt()).isNull();
    assertThat(again.name()).isEqualTo("Réseau de l'Île-d'Yeu « numérique »");
    assertThat(again.maxRetireShare()).isEqualTo(0.25);
    assertThat(again.pullEveryMinutes()).isEqualTo(1440);
    assertThat(again.expectedPeriodDays()).isEqualTo(35);
    assertThat(again.mapping()).isEqualTo(MAPPING);
  }

  @Test
  void theFormShowsTheShareWithACommaAndTheChosenDelivery() {
    @SuppressWarnings("unchecked")
    Map<String, Object> fields =
        (Map<String, Object>) SourceForm.of(stored()).model().get("champs");

    assertThat(fields.get("pull")).isEqualTo(true);
    assertThat(fields.get("push")).isEqualTo(false);
    assertThat(((Map<?, ?>) fields.get("max_retire_share")).get("valeur")).isEqualTo("0,25");
  }

  @Test
  void aNewSourceStartsAsAPushSourceOfTheStandardsCsv() {
    SourceForm blank = SourceForm.blank();

    assertThat(blank.value("delivery")).isEqualTo("push");
    assertThat(blank.value("format")).isEqualTo("standard-v1-csv");
    assertThat(blank.model().get("aErreurs")).isEqualTo(false);
  }

  @Test
  void aRefusedSettingIsShownBesideItsFieldWithTheRulesFrenchReason() {
    SourceForm form = SourceForm.blank();
    try {
      new SourceSettings(
              "reseau",
              "Réseau",
              null,
              null,
              "standard-v1-csv",
              null,
              "pull",
              null,
              60,
              null,
              null,
              null)
          .validate();
    } catch (SourceSettings.InvalidSettingException e) {
      form.refuse(e);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> url =
        (Map<String, Object>) ((Map<String, Object>) form.model().get("champs")).get("url");
    assertThat(form.refused()).isTrue();
    assertThat(url.get("erreur")).isEqualTo("Une source tirée (pull) demande une url http(s).");
  }

  @Test
  void aWordWhereANumberIsExpectedIsRefusedNamingTheField() {
    SourceForm form = SourceForm.of(stored());
    form.values().put("pull_every_minutes", "chaque jour");

    assertThatThrownBy(form::settings)
        .isInstanceOfSatisfying(
            SourceForm.Refusal.class,
            e -> {
              assertThat(e.field).isEqualTo("pull_every_minutes");
              assertThat(e.getMessage()).contains("nombre entier", "« chaque jour »");
            });
  }
}
