package fr.mediation.directory.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import fr.mediation.directory.feed.SourceSettings.InvalidSettingException;
import fr.mediation.directory.feed.mapping.MappingSchema;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each refused setting is named, with its value and its reason in English and French. */
class SourceSettingsTest {

  /** The components of valid settings of a pushed source, by their names in the record. */
  private static final Map<String, Object> VALID =
      Map.of("id", "hub-a", "name", "Hub", "format", "standard-v1-csv", "delivery", "push");

  /** Valid settings of a pushed source but for the components {@code changed}, by name. */
  private static SourceSettings settings(Map<String, Object> changed) {
    RecordComponent[] components = SourceSettings.class.getRecordComponents();
    Map<String, Object> values = new HashMap<>(VALID);
    values.putAll(changed);
    Object[] arguments = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      arguments[i] = values.remove(components[i].getName());
      types[i] = components[i].getType();
    }
    assertThat(values).as("names that are not components of SourceSettings").isEmpty();
    try {
      return SourceSettings.class.getDeclaredConstructor(types).newInstance(arguments);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(
            settings(Map.of("id", "A")),
            "id",
            "A",
            "id doit faire 2 à 100 caractères : lettres minuscules, chiffres ou tirets."),
        Arguments.of(settings(Map.of("name", " ")), "name", " ", "name est obligatoire."),
        Arguments.of(
            settings(Map.of("format", "xlsx")),
            "format",
            "xlsx",
            "format doit valoir standard-v1-csv, standard-v1-json, custom, ou un format ou une"
                + " correspondance de hub fournis."),
        Arguments.of(
            settings(Map.of("delivery", "bundled")),
            "delivery",
            "bundled",
            "delivery doit valoir pull ou push."),
        Arguments.of(
            settings(
                Map.of(
                    "delivery", "pull", "url", "ftp://hub.example/f.csv", "pullEveryMinutes", 60)),
            "url",
            "ftp://hub.example/f.csv",
            "Une source tirée (pull) demande une url http(s)."),
        Arguments.of(
            settings(
                Map.of(
                    "delivery", "pull", "url", "https://hub.example/f.csv", "pullEveryMinutes", 4)),
            "pull_every_minutes",
            "4",
            "pull_every_minutes doit valoir au moins 5."),
        Arguments.of(
            settings(Map.of("maxRetireShare", 1.5)),
            "max_retire_share",
            "1.5",
            "max_retire_share doit être supérieur à 0 et au plus 1."),
        Arguments.of(
            settings(Map.of("pushKeySha256", "ABC")),
            "push_key_sha256",
            "ABC",
            "push_key_sha256 doit être l'empreinte SHA-256 de la clé : 64 chiffres hexadécimaux."),
        Arguments.of(
            settings(Map.of("expectedPeriodDays", 0)),
            "expected_period_days",
            "0",
            "expected_period_days doit être compris entre 1 et 3660."));
  }

  @Test
  void theSettingsEachRefusalChangesAreValid() {
    assertThatCode(() -> settings(Map.of()).validate()).doesNotThrowAnyException();
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

  /**
   * Settings of a custom mapping with this skip condition and these rules of pivot and services.
   */
  private static SourceSettings custom(String skip, String pivot, String services) {
    return settings(
        Map.of(
            "format",
            "custom",
            "mapping",
            """
            mapping: 1
            format: csv
            skip:
              - %s
            fields:
              id: id
              pivot: %s
              nom: nom
              adresse: adresse
              code_postal: cp
              commune: commune
              date_maj: {value: "2025-01-01"}
              services: %s
            """
                .formatted(skip, pivot, services)));
  }

  @Test
  void aMappingBreakingTheSchemaIsRefusedWithEachViolationInFrench() {
    InvalidSettingException refused =
        catchThrowableOfType(
            InvalidSettingException.class,
            custom(
                    "{column: etat, reason: Inactif}",
                    "{column: siret, value: \"0\"}",
                    "{column: services, split: \",\", keywords: {a: [b]}}")
                ::validate);

    assertThat(refused.setting()).isEqualTo("mapping");
    String exclusive =
        "a plusieurs propriétés qui s'excluent (une règle n'a qu'une source : column, columns,"
            + " template, value, flags, first ou hours ; une condition skip n'a qu'un test :"
            + " equals, matches ou empty ; des horaires ont text ou bien days, half_days, times)";
    String notTogether =
        "a des propriétés qui ne vont pas ensemble (keywords lit tout le texte : ni split ni"
            + " values avec lui)";
    String oneOf = "doit avoir l'une de ces propriétés : equals, matches, empty";
    assertThat(refused.mappingViolations())
        .extracting(MappingSchema.Violation::pointer, MappingSchema.Violation::message)
        .containsExactly(
            tuple("/fields/pivot", exclusive),
            tuple("/fields/services", notTogether),
            tuple("/skip/0", oneOf));
    assertThat(refused.messageFr())
        .isEqualTo(
            "La correspondance (mapping) est invalide : mapping ne suit pas le format des"
                + " correspondances (schéma JSON) : /fields/pivot : "
                + exclusive
                + " ; /fields/services : "
                + notTogether
                + " ; /skip/0 : "
                + oneOf);
  }

  @Test
  void aRefusedMappingIsSaidInEnglishForTheLogs() {
    InvalidSettingException refused =
        catchThrowableOfType(
            InvalidSettingException.class,
            custom("{column: etat, reason: Inactif}", "siret", "services")::validate);

    // The violations are the schema validator's, in French.
    assertThat(refused.getMessage())
        .isEqualTo(
            "The mapping is invalid: mapping does not follow the mapping format (JSON Schema):"
                + " /skip/0 : doit avoir l'une de ces propriétés : equals, matches, empty");
  }
}
