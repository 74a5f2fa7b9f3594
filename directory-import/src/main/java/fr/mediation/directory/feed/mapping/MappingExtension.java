package fr.mediation.directory.feed.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * {@code extends: <bundled mapping>}: a mapping that is a shipped one with some rules changed. The
 * child's keys replace the parent's, except {@code fields}, merged field by field (a field set to
 * {@code null} is removed), and {@code skip}, whose conditions are added to the parent's.
 */
final class MappingExtension {

  /** Mappings extending mappings that extend others: enough for real use, never a cycle. */
  private static final int MAX_DEPTH = 5;

  private MappingExtension() {}

  static Map<String, Object> resolve(Map<String, Object> top, String origin) {
    return resolve(top, origin, 0);
  }

  private static Map<String, Object> resolve(Map<String, Object> top, String origin, int depth) {
    if (!top.containsKey("extends")) {
      return top;
    }
    String name = FeedMappings.text(top.get("extends"), origin + ": extends");
    if (depth >= MAX_DEPTH) {
      throw new MappingException(
          origin + ": extends goes deeper than " + MAX_DEPTH + " mappings (a cycle?)");
    }
    String resource = "mappings/" + name + ".yaml";
    Map<String, Object> parent;
    try (InputStream in = MappingExtension.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new MappingException(
            origin + ": extends '" + name + "', which is not a bundled mapping");
      }
      Object yaml =
          new Load(LoadSettings.builder().setLabel(resource).build())
              .loadFromReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      parent = resolve(FeedMappings.map(yaml, resource), resource, depth + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> merged = new LinkedHashMap<>(parent);
    for (var e : top.entrySet()) {
      switch (e.getKey()) {
        case "extends" -> {}
        case "fields" -> {
          Map<String, Object> fields =
              new LinkedHashMap<>(FeedMappings.map(parent.get("fields"), resource + ": fields"));
          FeedMappings.map(e.getValue(), origin + ": fields")
              .forEach(
                  (field, rule) -> {
                    if (rule == null) {
                      fields.remove(field);
                    } else {
                      fields.put(field, rule);
                    }
                  });
          merged.put("fields", fields);
        }
        case "skip" -> {
          List<Object> skip = new ArrayList<>();
          if (parent.get("skip") != null) {
            skip.addAll(FeedMappings.list(parent.get("skip"), resource + ": skip"));
          }
          skip.addAll(FeedMappings.list(e.getValue(), origin + ": skip"));
          merged.put("skip", skip);
        }
        default -> merged.put(e.getKey(), e.getValue());
      }
    }
    return merged;
  }
}
