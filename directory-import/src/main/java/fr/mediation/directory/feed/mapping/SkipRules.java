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

  private SkipRules() {}

  static List<Skip> read(Object yaml, String where) {
    List<Skip> skips = new ArrayList<>();
    List<?> list = FeedMappings.list(yaml, where);
    for (int i = 0; i < list.size(); i++) {
      String at = where + "[" + i + "]";
      Map<String, Object> m = FeedMappings.map(list.get(i), at);
      // The schema requires column, reason and exactly one of equals, matches or empty: true.
      String column = FeedMappings.text(m.get("column"), at + ".column");
      String reason = FeedMappings.text(m.get("reason"), at + ".reason");
      if (reason.isBlank()) {
        throw new MappingException(at + ".reason must say why, in French");
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
