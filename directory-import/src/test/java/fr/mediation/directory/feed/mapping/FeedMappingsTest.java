package fr.mediation.directory.feed.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mediation.directory.feed.mapping.FeedMapping.Source;
import fr.mediation.directory.venue.field.StandardField;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class FeedMappingsTest {

  private static final String REQUIRED =
      """
        id: ID
        pivot: {value: "00000000000000"}
        nom: Nom
        commune: Ville
        code_postal: CP
        adresse: Adresse
        date_maj: {value: "2024-01-01"}
      """;

  private static FeedMapping read(String yaml) {
    return FeedMappings.read(new StringReader(yaml), "test.yaml");
  }

  @Test
  void readsAMinimalMapping() {
    FeedMapping mapping = read("mapping: 1\nformat: csv\nfields:\n" + REQUIRED);

    assertThat(mapping.format()).isEqualTo(FeedMapping.Format.CSV);
    assertThat(mapping.delimiter()).isEqualTo(',');
    assertThat(mapping.fields().get(StandardField.NOM).source())
        .isEqualTo(new Source.Column("Nom"));
  }

  @Test
  void refusesAnotherVersionOfTheFormat() {
    assertThatThrownBy(() -> read("mapping: 2\nformat: csv\nfields:\n" + REQUIRED))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("/mapping : doit être la valeur constante '1'");
  }

  @Test
  void namesAnUnknownKeyAndWhereItIs() {
    assertThatThrownBy(
            () ->
                read(
                    "mapping: 1\nformat: csv\nfields:\n"
                        + REQUIRED
                        + "  services: {colum: Activités}\n"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("/fields/services : la propriété 'colum' n'est pas définie")
        .satisfies(
            e ->
                assertThat(((MappingException) e).violations())
                    .as("only the precise message, not the alternatives a rule could have been")
                    .hasSize(1));
  }

  @Test
  void refusesAFieldTheStandardDoesNotHave() {
    assertThatThrownBy(
            () -> read("mapping: 1\nformat: csv\nfields:\n" + REQUIRED + "  horaire: H\n"))
        .hasMessageContaining("/fields : la propriété 'horaire' n'est pas définie");
  }

  @Test
  void refusesAMappingWithoutARequiredField() {
    assertThatThrownBy(
            () -> read("mapping: 1\nformat: csv\nfields:\n" + REQUIRED.replace("  nom: Nom\n", "")))
        .hasMessageContaining("/fields : propriété requise 'nom' introuvable");
  }

  @Test
  void refusesARuleWithTwoSources() {
    assertThatThrownBy(
            () ->
                read(
                    "mapping: 1\nformat: csv\nfields:\n"
                        + REQUIRED
                        + "  source: {value: X, column: Y}\n"))
        .hasMessageContaining("/fields/source : a plusieurs propriétés qui s'excluent");
  }

  @Test
  void refusesBrokenYamlWithItsPosition() {
    assertThatThrownBy(() -> read("mapping: 1\nformat: [csv\n"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("test.yaml");
  }

  @Test
  void refusesAnUnknownEncoding() {
    assertThatThrownBy(
            () -> read("mapping: 1\nformat: csv\nencoding: klingon\nfields:\n" + REQUIRED))
        .hasMessageContaining("unknown encoding klingon");
  }
}
