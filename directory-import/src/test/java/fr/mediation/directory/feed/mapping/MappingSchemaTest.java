package fr.mediation.directory.feed.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.mediation.directory.venue.field.StandardField;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The JSON Schema of the mapping format accepts what the reader accepts, and explains refusals. */
class MappingSchemaTest {

  private static final String SCHEMA = "schema/feed-mapping-v1.schema.json";
  private static final Path MAPPINGS = Path.of("src/main/resources/mappings");
  private static final Path DOC = Path.of("../docs/feed-mapping-v1.md");

  /** The document's example of a mapping the schema refuses (HarvestReportsIT sends it too). */
  private static final String REFUSED = "refused-hub.yaml";

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonSchema schema() throws IOException {
    try (InputStream in = MappingSchemaTest.class.getClassLoader().getResourceAsStream(SCHEMA)) {
      assertThat(in).as(SCHEMA + " on the classpath").isNotNull();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  /** The YAML read as the mapping reader reads it, as a JSON tree. */
  private static JsonNode yaml(String text) {
    return JSON.valueToTree(new Load(LoadSettings.builder().build()).loadFromString(text));
  }

  private static List<String> errors(String yaml) throws IOException {
    Set<ValidationMessage> messages = schema().validate(yaml(yaml));
    return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  @Test
  void everyBundledMappingValidates() throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.list(MAPPINGS)) {
      files = all.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    for (Path file : files) {
      String text = Files.readString(file);
      FeedMappings.read(new java.io.StringReader(text), file.toString());
      assertThat(errors(text)).as(file.toString()).isEmpty();
    }
  }

  /** The mappings of the document ({@code ```yaml <name>} blocks), by name. */
  private static Map<String, String> documentedMappings() throws IOException {
    Matcher m =
        Pattern.compile("```yaml ([\\w.-]+)\\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(DOC));
    Map<String, String> mappings = new LinkedHashMap<>();
    while (m.find()) {
      mappings.put(m.group(1), m.group(2));
    }
    return mappings;
  }

  @Test
  void everyMappingOfTheDocumentValidatesButItsExampleOfARefusal() throws IOException {
    Map<String, String> mappings = documentedMappings();
    assertThat(mappings).containsKeys("example-hub.yaml", "filters-hub.yaml", REFUSED);
    for (Map.Entry<String, String> mapping : mappings.entrySet()) {
      if (!mapping.getKey().equals(REFUSED)) {
        assertThat(errors(mapping.getValue())).as(mapping.getKey()).isEmpty();
      }
    }
  }

  @Test
  void aBrokenMappingFailsWithMessagesNamingTheKeyAndTheField() throws IOException {
    String all = String.join("\n", errors(documentedMappings().get(REFUSED)));

    assertThat(all)
        .contains("$.fields")
        .contains("nom")
        .contains("$.fields.pivot")
        .contains("colonne")
        .contains("$.skip[0]")
        .contains("reason");
  }

  @Test
  void anOptionOfARuleOutOfItsRangeIsNamedByItsPath() throws IOException {
    List<String> errors =
        errors(
            """
            mapping: 1
            format: csv
            fields:
              date_maj: {column: MAJ, pad: 0}
            """);

    assertThat(errors).anyMatch(e -> e.startsWith("$.fields.date_maj.pad"));
  }

  @Test
  void theSchemaKnowsEveryFieldOfTheStandardAndNoOther() throws IOException {
    JsonNode schema;
    try (InputStream in = MappingSchemaTest.class.getClassLoader().getResourceAsStream(SCHEMA)) {
      schema = JSON.readTree(in);
    }
    Set<String> inSchema = new TreeSet<>();
    schema.at("/properties/fields/properties").fieldNames().forEachRemaining(inSchema::add);
    Set<String> required = new TreeSet<>();
    schema.at("/else/properties/fields/required").forEach(n -> required.add(n.asText()));

    assertThat(inSchema)
        .isEqualTo(
            new TreeSet<>(StandardField.inOrder().stream().map(StandardField::key).toList()));
    assertThat(required)
        .isEqualTo(
            new TreeSet<>(
                StandardField.inOrder().stream()
                    .filter(StandardField::required)
                    .map(StandardField::key)
                    .toList()));
  }
}
