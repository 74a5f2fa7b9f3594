package fr.mediation.directory.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.mediation.directory.feed.SourceSettings.InvalidSettingException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each refused setting is named, with its value and its reason in English and French. */
class SourceSettingsTest {

  private static SourceSettings push(String id, String name, String format, String delivery) {
    return new SourceSettings(
        id, name, null, null, format, null, delivery, null, null, null, null, null);
  }

  private static SourceSettings pull(String url, Integer everyMinutes) {
    return new SourceSettings(
        "hub-a",
        "Hub",
        null,
        null,
        "standard-v1-csv",
        null,
        "pull",
        url,
        everyMinutes,
        null,
        null,
        null);
  }

  private static SourceSettings limits(Double share, String keySha256, Integer periodDays) {
    return new SourceSettings(
        "hub-a",
        "Hub",
        null,
        null,
        "standard-v1-csv",
        null,
        "push",
        null,
        null,
        share,
        keySha256,
        periodDays);
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(
            push("A", "Hub", "standard-v1-csv", "push"),
            "id",
            "A",
            "id doit faire 2 à 100 caractères : lettres minuscules, chiffres ou tirets."),
        Arguments.of(
            push("hub-a", " ", "standard-v1-csv", "push"), "name", " ", "name est obligatoire."),
        Arguments.of(
            push("hub-a", "Hub", "xlsx", "push"),
            "format",
            "xlsx",
            "format doit valoir standard-v1-csv, standard-v1-json, custom, ou un format ou une"
                + " correspondance de hub fournis."),
        Arguments.of(
            push("hub-a", "Hub", "standard-v1-csv", "bundled"),
            "delivery",
            "bundled",
            "delivery doit valoir pull ou push."),
        Arguments.of(
            pull("ftp://hub.example/f.csv", 60),
            "url",
            "ftp://hub.example/f.csv",
            "Une source tirée (pull) demande une url http(s)."),
        Arguments.of(
            pull("https://hub.example/f.csv", 4),
            "pull_every_minutes",
            "4",
            "pull_every_minutes doit valoir au moins 5."),
        Arguments.of(
            limits(1.5, null, null),
            "max_retire_share",
            "1.5",
            "max_retire_share doit être supérieur à 0 et au plus 1."),
        Arguments.of(
            limits(null, "ABC", null),
            "push_key_sha256",
            "ABC",
            "push_key_sha256 doit être l'empreinte SHA-256 de la clé : 64 chiffres hexadécimaux."),
        Arguments.of(
            limits(null, null, 0),
            "expected_period_days",
            "0",
            "expected_period_days doit être compris entre 1 et 3660."));
  }

  @ParameterizedTest(name = "{1} = {2}")
  @MethodSource("refusals")
  void aRefusedSettingIsNamedWithItsValueAndItsReasonInBothLanguages(
      SourceSettings settings, String setting, String value, String reasonFr) {
    InvalidSettingException refused =
        catchThrowableOfType(InvalidSettingException.class, settings::validate);

    assertThat(refused.setting()).isEqualTo(setting);
    assertThat(refused.value()).isEqualTo(value);
    assertThat(refused.messageFr()).isEqualTo(reasonFr);
    assertThat(refused.getMessage()).isNotBlank().doesNotStartWith("setting.");
  }
}
