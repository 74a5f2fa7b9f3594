package fr.mediation.directory.feed.mapping;

import fr.mediation.directory.feed.hours.HoursReading;
import fr.mediation.directory.feed.hubs.HubExports;
import fr.mediation.directory.feed.mapping.FeedMapping.Rule;
import fr.mediation.directory.feed.mapping.FeedMapping.Source;
import fr.mediation.directory.feed.mapping.MappingEngine.SourceRecord;
import fr.mediation.directory.venue.field.StandardField;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hours corpus: each hub's hours columns, as its mapping reads them, encoded on one line
 * ("column=text ¦ column=text", with \t, \n, \r and \\ escaped), and read back into a record.
 */
final class HoursCorpus {

  static final String SEPARATOR = " ¦ ";

  private HoursCorpus() {}

  /** The mapping of {@code hub}. */
  static FeedMapping mapping(String hub) {
    return FeedMappings.fromClasspath("mappings/" + hub + ".yaml");
  }

  /** The hours columns the horaires rule of {@code mapping} reads. */
  static List<String> columns(Rule rule) {
    List<String> all = new ArrayList<>();
    switch (rule.source()) {
      case Source.Hours h -> all.addAll(h.columns());
      case Source.First f -> f.rules().forEach(r -> all.addAll(columns(r)));
      default -> {}
    }
    return all;
  }

  /** Every distinct combination of hours columns of a hub's export, encoded, in file order. */
  static Set<String> distinct(String hub) throws IOException {
    FeedMapping mapping = mapping(hub);
    Rule rule = mapping.fields().get(StandardField.HORAIRES);
    Set<String> lines = new LinkedHashSet<>();
    if (rule == null) {
      return lines;
    }
    byte[] content = Files.readAllBytes(HubExports.DIR.resolve(HubExports.FILES.get(hub)));
    for (SourceRecord record : SourceRecords.read(content, mapping)) {
      Map<String, String> cells = new LinkedHashMap<>();
      for (String column : columns(rule)) {
        String value = record.get(column);
        if (value != null && !value.isBlank()) {
          cells.put(column, value);
        }
      }
      if (!cells.isEmpty()) {
        lines.add(encode(cells));
      }
    }
    return lines;
  }

  /** How the mapping of {@code hub} reads the encoded columns. */
  static HoursReading read(String hub, String encoded, List<FieldWarning> warnings) {
    FeedMapping mapping = mapping(hub);
    return MappingEngine.readHours(
        mapping.fields().get(StandardField.HORAIRES),
        new SourceRecord(0, decode(encoded)),
        warnings);
  }

  static String encode(Map<String, String> cells) {
    List<String> parts = new ArrayList<>();
    cells.forEach((k, v) -> parts.add(k + "=" + escape(v)));
    return String.join(SEPARATOR, parts);
  }

  static Map<String, String> decode(String encoded) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (String part : encoded.split(" ¦ ")) {
      int eq = part.indexOf('=');
      cells.put(part.substring(0, eq), unescape(part.substring(eq + 1)));
    }
    return cells;
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        out.append(
            switch (n) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              default -> n;
            });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
