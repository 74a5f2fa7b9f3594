package fr.mediation.directory.feed.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.mediation.directory.message.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The published JSON Schema of the mapping format ({@value #RESOURCE}), the one check of a
 * mapping's structure: keys, types, required rules, one source per rule. What a schema cannot say
 * (regular expressions that compile, date patterns, encodings) is checked by {@link FeedMappings}
 * as it builds the mapping.
 */
public final class MappingSchema {

  /** Where the schema is, on the classpath and in the sources. */
  public static final String RESOURCE = "schema/feed-mapping-v1.schema.json";

  /** The words of what the validator's messages do not say well: {@code schema.*}. */
  static final String MESSAGES = "fr.mediation.directory.feed.mapping.messages";

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final JsonSchema SCHEMA = load();

  private MappingSchema() {}

  /** One place where a mapping breaks the schema. */
  public record Violation(String pointer, String message) {

    @Override
    public String toString() {
      return (pointer.isEmpty() ? "/" : pointer) + " : " + message;
    }
  }

  /**
   * The violations of {@code document} (a YAML document as loaded: maps, lists, scalars), each with
   * the JSON pointer of the offending value and a message in French; empty when it follows the
   * schema.
   */
  public static List<Violation> violations(Object document) {
    JsonNode tree = JSON.valueToTree(document);
    Map<String, List<ValidationMessage>> byPointer = new TreeMap<>();
    for (ValidationMessage m : SCHEMA.validate(tree)) {
      byPointer.computeIfAbsent(m.getInstanceLocation().toString(), p -> new ArrayList<>()).add(m);
    }
    List<Violation> violations = new ArrayList<>();
    byPointer.forEach(
        (pointer, messages) ->
            explain(messages).stream()
                .distinct()
                .sorted()
                .forEach(text -> violations.add(new Violation(pointer, text))));
    return violations;
  }

  /**
   * What people need of the validator's messages at one place. A value checked against alternatives
   * ({@code oneOf}: a rule is a column's name or a rule with one source) fails each of them; the
   * messages of the alternatives it did not mean (a string was expected, null was expected, another
   * source was required) are noise beside a precise one (an unknown key, a missing required key, a
   * wrong value).
   */
  private static List<String> explain(List<ValidationMessage> messages) {
    List<String> precise =
        messages.stream()
            .filter(m -> PRECISE.contains(m.getType()) || isPlainRequired(m))
            .map(MappingSchema::message)
            .toList();
    if (!precise.isEmpty()) {
      return precise;
    }
    if (messages.stream().anyMatch(m -> "oneOf".equals(m.getType()) && validBranches(m) > 1)) {
      return List.of(Message.french(MESSAGES, "schema.exclusive"));
    }
    List<String> alternatives =
        messages.stream()
            .filter(m -> "required".equals(m.getType()))
            .map(MappingSchema::property)
            .distinct()
            .toList();
    if (!alternatives.isEmpty()) {
      return List.of(Message.french(MESSAGES, "schema.one-of", String.join(", ", alternatives)));
    }
    if (messages.stream().anyMatch(m -> "not".equals(m.getType()))) {
      return List.of(Message.french(MESSAGES, "schema.not-together"));
    }
    return messages.stream()
        .filter(m -> !"oneOf".equals(m.getType()) || messages.size() == 1)
        .map(MappingSchema::message)
        .toList();
  }

  /** Messages that say exactly what is wrong with the value where they point. */
  private static final Set<String> PRECISE =
      Set.of(
          "additionalProperties",
          "const",
          "enum",
          "pattern",
          "minLength",
          "minimum",
          "maximum",
          "minItems",
          "maxItems",
          "propertyNames");

  /** A required property of an object, not one of the alternatives of a {@code oneOf}. */
  private static boolean isPlainRequired(ValidationMessage m) {
    return "required".equals(m.getType()) && !m.getEvaluationPath().toString().contains("oneOf");
  }

  private static String property(ValidationMessage m) {
    return m.getProperty() != null
        ? m.getProperty()
        : String.valueOf(m.getArguments() == null ? "" : m.getArguments()[0]);
  }

  private static int validBranches(ValidationMessage m) {
    Object[] arguments = m.getArguments();
    try {
      return arguments == null ? 0 : Integer.parseInt(String.valueOf(arguments[0]));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The message without the location it starts with (given apart, as the pointer). */
  private static String message(ValidationMessage m) {
    String text = m.getMessage();
    String location = m.getInstanceLocation().toString();
    return text.startsWith(location + ": ") ? text.substring(location.length() + 2) : text;
  }

  private static JsonSchema load() {
    try (InputStream in = MappingSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("No " + RESOURCE + " on the classpath");
      }
      SchemaValidatorsConfig config =
          SchemaValidatorsConfig.builder()
              .locale(Locale.FRENCH)
              .pathType(PathType.JSON_POINTER)
              .build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
