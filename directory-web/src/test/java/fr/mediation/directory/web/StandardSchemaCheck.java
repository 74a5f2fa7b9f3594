package fr.mediation.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;

/**
 * Checks a CSV against the standard's TableSchema ({@code ../shared/data/standard}): columns in
 * order, required fields, patterns, uniqueness, numbers and dates. Skips when the schema is absent.
 */
final class StandardSchemaCheck {

  static final Path SCHEMA =
      Path.of(
          System.getProperty("shared.data.dir", "../../shared/data"),
          "standard/schema-lieux-mediation-numerique-v1.0.2.json");

  private StandardSchemaCheck() {}

  static void assertValid(String csv, int rows) {
    Path schema = SCHEMA.toAbsolutePath().normalize();
    Assumptions.assumeTrue(
        Files.exists(schema), "The standard's TableSchema is absent (" + SCHEMA + "): skipped.");
    JsonObject table;
    try (Reader reader = Files.newBufferedReader(schema)) {
      table = Json.createReader(reader).readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<JsonObject> fields = table.getJsonArray("fields").getValuesAs(JsonObject.class);
    List<CSVRecord> records;
    try {
      records =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(new StringReader(csv))
              .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(records).hasSize(rows);
    assertThat(records.getFirst().getParser().getHeaderNames())
        .containsExactlyElementsOf(fields.stream().map(f -> f.getString("name")).toList());
    for (JsonObject field : fields) {
      String name = field.getString("name");
      JsonObject constraints =
          field.containsKey("constraints")
              ? field.getJsonObject("constraints")
              : JsonValue.EMPTY_JSON_OBJECT;
      boolean required = constraints.getBoolean("required", false);
      Pattern pattern =
          constraints.containsKey("pattern")
              ? Pattern.compile(constraints.getString("pattern"))
              : null;
      Set<String> seen = new HashSet<>();
      for (CSVRecord record : records) {
        String value = record.get(name);
        String where = name + " of row " + record.getRecordNumber() + ": " + value;
        if (value.isEmpty()) {
          assertThat(required).as(where + " is required").isFalse();
          continue;
        }
        if (pattern != null) {
          assertThat(pattern.matcher(value).matches()).as(where).isTrue();
        }
        if (constraints.getBoolean("unique", false)) {
          assertThat(seen.add(value)).as(where + " is not unique").isTrue();
        }
        if (constraints.containsKey("maxLength")) {
          assertThat(value.length()).as(where).isLessThanOrEqualTo(constraints.getInt("maxLength"));
        }
        switch (field.getString("type", "string")) {
          case "number" -> Double.parseDouble(value);
          case "date" -> LocalDate.parse(value);
          default -> {}
        }
      }
    }
  }
}
