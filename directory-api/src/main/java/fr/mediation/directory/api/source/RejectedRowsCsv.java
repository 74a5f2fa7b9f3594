package fr.mediation.directory.api.source;

import fr.mediation.directory.source.ImportIssue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A run's rejected rows as CSV (the API's download and the console's): one line per row, its
 * number, id, fields and French reasons, then the row as the hub sent it, to correct and send
 * again.
 */
public final class RejectedRowsCsv {

  private RejectedRowsCsv() {}

  /** The CSV (RFC 4180) of the rejected rows whose reasons are {@code rejected}. */
  public static String write(List<ImportIssue> rejected) {
    Map<Integer, List<ImportIssue>> rows = new LinkedHashMap<>();
    for (ImportIssue issue : rejected) {
      rows.computeIfAbsent(issue.getRowNumber(), n -> new ArrayList<>()).add(issue);
    }
    Map<Integer, Map<String, String>> raws = new LinkedHashMap<>();
    Set<String> columns = new LinkedHashSet<>();
    rows.forEach(
        (n, issues) -> {
          Map<String, String> raw = raw(issues.getFirst().getRawRow());
          raws.put(n, raw);
          columns.addAll(raw.keySet());
        });
    StringWriter out = new StringWriter();
    List<String> header = new ArrayList<>(List.of("ligne", "identifiant", "champs", "motifs"));
    header.addAll(columns);
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(header);
      for (var entry : rows.entrySet()) {
        List<ImportIssue> issues = entry.getValue();
        List<String> line = new ArrayList<>();
        line.add(Integer.toString(entry.getKey()));
        line.add(issues.getFirst().getLocalId());
        line.add(String.join("|", issues.stream().map(ImportIssue::getField).distinct().toList()));
        line.add(String.join(" ; ", issues.stream().map(ImportIssue::getReasonFr).toList()));
        Map<String, String> raw = raws.get(entry.getKey());
        columns.forEach(c -> line.add(raw.getOrDefault(c, "")));
        csv.printRecord(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static Map<String, String> raw(String json) {
    Map<String, String> raw = new LinkedHashMap<>();
    if (json == null) {
      return raw;
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      object.forEach((k, v) -> raw.put(k, object.getString(k, "")));
    }
    return raw;
  }
}
