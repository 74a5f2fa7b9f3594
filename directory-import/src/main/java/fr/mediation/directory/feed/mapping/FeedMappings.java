package fr.mediation.directory.feed.mapping;

import fr.mediation.directory.feed.mapping.FeedMapping.CoordinateSystem;
import fr.mediation.directory.feed.mapping.FeedMapping.Format;
import fr.mediation.directory.feed.mapping.FeedMapping.Replacement;
import fr.mediation.directory.feed.mapping.FeedMapping.Rule;
import fr.mediation.directory.feed.mapping.FeedMapping.Source;
import fr.mediation.directory.feed.mapping.FeedMapping.Transforms;
import fr.mediation.directory.feed.mapping.FeedMapping.Unknown;
import fr.mediation.directory.venue.field.StandardField;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Reads mapping files (YAML, {@code docs/feed-mapping-v1.md}), refusing what it does not know. */
public final class FeedMappings {

  /** The version of the format this reader understands. */
  public static final int VERSION = 1;

  /** The keys of a rule that say where its value comes from; a rule has exactly one. */
  private static final List<String> SOURCE_KEYS =
      List.of("column", "columns", "template", "value", "flags", "first", "hours");

  private FeedMappings() {}

  /** The mapping on the classpath at {@code resource} (e.g. {@code mappings/angers.yaml}). */
  public static FeedMapping fromClasspath(String resource) {
    try (InputStream in = FeedMappings.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new MappingException("No mapping file on the classpath at " + resource);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one mapping file: its structure checked against the format's JSON Schema ({@link
   * MappingSchema}, after resolving {@code extends} too), then what the schema cannot say.
   *
   * @param yaml the file's text
   * @param origin where it comes from, for messages
   * @throws MappingException with every violation of the schema (JSON pointer and French message),
   *     or naming the key and what was expected
   */
  public static FeedMapping read(Reader yaml, String origin) {
    Object document;
    try {
      document = new Load(LoadSettings.builder().setLabel(origin).build()).loadFromReader(yaml);
    } catch (YamlEngineException e) {
      throw new MappingException("Invalid YAML in " + origin + ": " + e.getMessage(), e);
    }
    checkSchema(document, origin);
    Map<String, Object> top = map(document, origin);
    if (top.containsKey("extends")) {
      // The bundled rules with this mapping's changes: a field removed may be a required one.
      top = MappingExtension.resolve(top, origin);
      checkSchema(top, origin);
    }
    Format format = enumValue(Format.class, top.get("format"), origin + ": format");
    Charset encoding;
    try {
      encoding =
          Charset.forName(text(top.getOrDefault("encoding", "UTF-8"), origin + ": encoding"));
    } catch (IllegalArgumentException e) {
      throw new MappingException(origin + ": unknown encoding " + top.get("encoding"), e);
    }
    char delimiter = ',';
    if (top.containsKey("csv")) {
      Map<String, Object> csv = map(top.get("csv"), origin + ": csv");
      String d = text(csv.getOrDefault("delimiter", ","), origin + ": csv.delimiter");
      if (d.equals("\\t") || d.equals("tab")) {
        d = "\t";
      }
      if (d.length() != 1) {
        throw new MappingException(
            origin + ": csv.delimiter must be one character, not '" + d + "'");
      }
      delimiter = d.charAt(0);
    }
    String recordsPath = "";
    if (top.containsKey("json")) {
      Map<String, Object> json = map(top.get("json"), origin + ": json");
      Object records = json.get("records");
      recordsPath = records == null ? "" : text(records, origin + ": json.records");
    }
    CoordinateSystem coordinates =
        enumValue(
            CoordinateSystem.class,
            top.getOrDefault("coordinates", "wgs84"),
            origin + ": coordinates");
    boolean fixSwapped = Boolean.TRUE.equals(top.get("fix_swapped_coordinates"));

    Map<StandardField, Rule> fields = new EnumMap<>(StandardField.class);
    for (var entry : map(top.get("fields"), origin + ": fields").entrySet()) {
      // The schema names every field of the standard and no other.
      fields.put(
          StandardField.byKey(entry.getKey()).orElseThrow(),
          rule(entry.getValue(), origin + ": fields." + entry.getKey()));
    }
    return new FeedMapping(
        text(top.getOrDefault("name", origin), origin + ": name"),
        format,
        encoding,
        delimiter,
        recordsPath,
        coordinates,
        fixSwapped,
        fields,
        top.containsKey("skip") ? SkipRules.read(top.get("skip"), origin + ": skip") : List.of());
  }

  private static Rule rule(Object yaml, String where) {
    if (yaml instanceof String column) {
      return new Rule(new Source.Column(column), Transforms.none());
    }
    Map<String, Object> m = map(yaml, where);
    // The schema lets a rule have exactly one source.
    String sourceKey = SOURCE_KEYS.stream().filter(m::containsKey).findFirst().orElseThrow();
    Source source =
        switch (sourceKey) {
          case "column" -> new Source.Column(text(m.get("column"), where + ".column"));
          case "columns" ->
              new Source.Columns(
                  texts(m.get("columns"), where + ".columns"),
                  m.containsKey("separator") ? String.valueOf(m.get("separator")) : " ");
          case "template" -> new Source.Template(text(m.get("template"), where + ".template"));
          case "value" -> new Source.Constant(String.valueOf(m.get("value")));
          case "flags" -> {
            Map<String, String> flags = new LinkedHashMap<>();
            map(m.get("flags"), where + ".flags")
                .forEach((k, v) -> flags.put(k, text(v, where + ".flags." + k)));
            yield new Source.Flags(flags);
          }
          case "first" -> {
            List<Rule> rules = new ArrayList<>();
            List<?> list = list(m.get("first"), where + ".first");
            for (int i = 0; i < list.size(); i++) {
              rules.add(rule(list.get(i), where + ".first[" + i + "]"));
            }
            yield new Source.First(rules);
          }
          case "hours" -> HoursSources.read(m.get("hours"), where + ".hours");
          default -> throw new IllegalStateException(sourceKey);
        };
    return new Rule(source, transforms(m, where));
  }

  private static Transforms transforms(Map<String, Object> m, String where) {
    List<Replacement> replace = new ArrayList<>();
    if (m.containsKey("replace")) {
      for (Object r : list(m.get("replace"), where + ".replace")) {
        Map<String, Object> rm = map(r, where + ".replace");
        replace.add(
            new Replacement(
                pattern(rm.get("pattern"), where + ".replace.pattern"),
                rm.get("with") == null ? "" : String.valueOf(rm.get("with"))));
      }
    }
    Pattern split = m.containsKey("split") ? pattern(m.get("split"), where + ".split") : null;
    Map<String, List<String>> values = null;
    if (m.containsKey("values")) {
      values = new LinkedHashMap<>();
      for (var e : map(m.get("values"), where + ".values").entrySet()) {
        Object target = e.getValue();
        List<String> labels =
            target == null
                ? List.of()
                : target instanceof Collection<?> c
                    ? c.stream().map(String::valueOf).toList()
                    : List.of(String.valueOf(target));
        values.put(MappingEngine.key(String.valueOf(e.getKey())), labels);
      }
    }
    Unknown unknown =
        m.containsKey("unknown")
            ? enumValue(Unknown.class, m.get("unknown"), where + ".unknown")
            : values == null ? Unknown.KEEP : Unknown.DROP;
    List<DateTimeFormatter> formats = new ArrayList<>();
    if (m.containsKey("formats")) {
      for (String f : texts(m.get("formats"), where + ".formats")) {
        try {
          formats.add(DateTimeFormatter.ofPattern(f, Locale.FRENCH));
        } catch (IllegalArgumentException e) {
          throw new MappingException(where + ".formats: invalid date pattern '" + f + "'", e);
        }
      }
    }
    Integer pad = m.get("pad") instanceof Number n ? n.intValue() : null;
    Set<String> nullValues = new LinkedHashSet<>(MappingEngine.ALWAYS_NULL);
    if (m.containsKey("null_values")) {
      texts(m.get("null_values"), where + ".null_values")
          .forEach(v -> nullValues.add(MappingEngine.key(v)));
    }
    String defaultValue = m.containsKey("default") ? String.valueOf(m.get("default")) : null;
    Map<String, FeedMapping.Keywords> keywords = null;
    if (m.containsKey("keywords")) {
      keywords = KeywordRules.read(m.get("keywords"), where + ".keywords");
    }
    return new Transforms(
        replace,
        split,
        values,
        unknown,
        formats,
        pad,
        Set.copyOf(nullValues),
        defaultValue,
        keywords);
  }

  private static void checkSchema(Object document, String origin) {
    List<MappingSchema.Violation> violations = MappingSchema.violations(document);
    if (!violations.isEmpty()) {
      throw new MappingException(origin, violations);
    }
  }

  // --- YAML shapes (checked by the schema first: these only convert) ---

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object yaml, String where) {
    if (!(yaml instanceof Map<?, ?> m)) {
      throw new MappingException(where + " must be a map of keys and values");
    }
    Map<String, Object> result = new LinkedHashMap<>();
    ((Map<Object, Object>) m).forEach((k, v) -> result.put(String.valueOf(k), v));
    return result;
  }

  static List<?> list(Object yaml, String where) {
    if (!(yaml instanceof List<?> l)) {
      throw new MappingException(where + " must be a list");
    }
    return l;
  }

  static List<String> texts(Object yaml, String where) {
    return list(yaml, where).stream().map(v -> text(v, where)).toList();
  }

  static String text(Object yaml, String where) {
    if (yaml == null || yaml instanceof Map || yaml instanceof List) {
      throw new MappingException(where + " must be a text");
    }
    return String.valueOf(yaml);
  }

  static Pattern pattern(Object yaml, String where) {
    try {
      return Pattern.compile(text(yaml, where));
    } catch (PatternSyntaxException e) {
      throw new MappingException(where + ": invalid regular expression: " + e.getMessage(), e);
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, Object yaml, String where) {
    String value = text(yaml, where).strip().toUpperCase(Locale.ROOT);
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new MappingException(
          where
              + ": '"
              + yaml
              + "' is not one of "
              + List.of(type.getEnumConstants()).toString().toLowerCase(Locale.ROOT),
          e);
    }
  }
}
