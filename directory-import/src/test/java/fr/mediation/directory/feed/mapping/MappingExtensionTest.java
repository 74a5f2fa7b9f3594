package fr.mediation.directory.feed.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mediation.directory.venue.field.StandardField;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** {@code extends}: a bundled mapping with some rules changed. */
class MappingExtensionTest {

  private static FeedMapping read(String yaml) {
    return FeedMappings.read(new StringReader(yaml), "test");
  }

  @Test
  void keepsTheBundledRulesAndReplacesOnlyTheGivenOnes() {
    FeedMapping bundled = FeedMappings.fromClasspath("mappings/france-services.yaml");
    FeedMapping extended =
        read(
            """
            mapping: 1
            extends: france-services
            csv: {delimiter: ","}
            fields:
              nom: Nom
              courriels: null
            """);

    assertThat(extended.delimiter()).isEqualTo(',');
    assertThat(extended.fields().get(StandardField.NOM).source())
        .isEqualTo(new FeedMapping.Source.Column("Nom"));
    assertThat(extended.fields()).doesNotContainKey(StandardField.COURRIELS);
    assertThat(extended.fields().get(StandardField.ITINERANCE))
        .isEqualTo(bundled.fields().get(StandardField.ITINERANCE));
    assertThat(extended.fields().keySet())
        .containsAll(
            bundled.fields().keySet().stream().filter(f -> f != StandardField.COURRIELS).toList());
  }

  @Test
  void refusesAnUnknownOrNonBundledParentAndARemovedRequiredField() {
    assertThatThrownBy(() -> read("mapping: 1\nextends: data-inclusion\n"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("'data-inclusion', which is not a bundled mapping");
    assertThatThrownBy(() -> read("mapping: 1\nextends: ../../etc/passwd\n"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("/extends : ne correspond pas au modèle");
    assertThatThrownBy(() -> read("mapping: 1\nextends: france-services\nfields: {pivot: null}\n"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("/fields : propriété requise 'pivot' introuvable");
  }
}
