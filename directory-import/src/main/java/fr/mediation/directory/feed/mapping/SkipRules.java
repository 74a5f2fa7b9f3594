package fr.mediation.directory.feed.mapping;

import fr.mediation.directory.feed.mapping.FeedMapping.Skip;
import fr.mediation.directory.feed.mapping.MappingEngine.SourceRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The mapping's {@code skip} conditions: read from YAML, and tried on each record. */
final class SkipRules {

  private static final Set<String> KEYS = Set.of("column", "equals", "matches", "empty", "reason");

  private SkipRules() {}

  static List<Skip> read(Object yaml, String where) {
    List<Skip> skips = new ArrayList<>();
    List<?> list = FeedMappings.list(yaml, where);
    for (int i = 0; i < list.size(); i++) {
      String at = where + "[" + i + "]";
      Map<String, Object> m = FeedMappings.map(list.get(i), at);
      FeedMappings.unknownKeys(m, KEYS, at);
      String column = FeedMappings.text(FeedMappings.required(m, "column", at), at + ".column");
      String reason = FeedMappings.text(FeedMappings.required(m, "reason", at), at + ".reason");
      if (reason.isBlank()) {
        throw new MappingException(at + ".reason must say why, in French");
      }
      List<String> tests =
          m.keySet().stream()
              .filter(k -> Set.of("equals", "matches", "empty").contains(k))
              .toList();
      if (tests.size() != 1) {
        throw new MappingException(
            at + " must have exactly one of [empty, equals, matches], found " + tests);
      }
      Set<String> equals = null;
      if (m.containsKey("equals")) {
        Object e = m.get("equals");
        Collection<?> values = e instanceof Collection<?> c ? c : List.of(String.valueOf(e));
        equals = new LinkedHashSet<>();
        for (Object v : values) {
          equals.add(MappingEngine.key(FeedMappings.text(v, at + ".equals")));
        }
      }
      if (m.containsKey("empty") && !Boolean.TRUE.equals(m.get("empty"))) {
        throw new MappingException(at + ".empty can only be true");
      }
      skips.add(
          new Skip(
              column,
              equals == null ? null : Set.copyOf(equals),
              m.containsKey("matches")
                  ? FeedMappings.pattern(m.get("matches"), at + ".matches")
                  : null,
              m.containsKey("empty"),
              reason.strip()));
    }
    return skips;
  }

  /** The reason of the first condition {@code record} meets, or null when it is kept. */
  static String reason(List<Skip> skips, SourceRecord record, Set<String> nullValues) {
    for (Skip skip : skips) {
      String value = record.get(skip.column());
      boolean empty = value == null || nullValues.contains(MappingEngine.key(value));
      boolean met =
          skip.empty()
              ? empty
              : skip.equals() != null
                  ? !empty && skip.equals().contains(MappingEngine.key(value))
                  : !empty && skip.matches().matcher(value).find();
      if (met) {
        return skip.reason();
      }
    }
    return null;
  }
}
