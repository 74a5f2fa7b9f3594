package fr.mediation.directory.feed.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.mediation.directory.feed.SourceRow;
import fr.mediation.directory.feed.standard.StandardCsvReader;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.StandardField;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the directory stores and will export, field by field, against the national standard's own
 * TableSchema (patterns, required fields, maximum lengths), read from {@code ../shared/data}.
 */
class SampleMatchesTableSchemaTest {

  private static final Path SCHEMA =
      Path.of("../../shared/data/standard/schema-lieux-mediation-numerique-v1.0.2.json");

  @Test
  void everyNormalisedSampleVenueSatisfiesTheStandardsTableSchema() throws Exception {
    assumeTrue(
        Files.exists(SCHEMA),
        "Skipped: the standard's TableSchema is not at "
            + SCHEMA.toAbsolutePath().normalize()
            + " (../shared/data is absent).");
    JsonObject schema;
    try (JsonReader reader = Json.createReader(Files.newBufferedReader(SCHEMA))) {
      schema = reader.readObject();
    }
    List<SourceRow> rows;
    try (Reader reader =
        new InputStreamReader(
            Objects.requireNonNull(
                SampleDataset.class.getClassLoader().getResourceAsStream(SampleDataset.RESOURCE)),
            StandardCharsets.UTF_8)) {
      rows = StandardCsvReader.read(reader);
    }

    List<String> violations = new ArrayList<>();
    for (SourceRow row : rows) {
      Map<StandardField, String> stored =
          new Venue("exemple", VenueRecord.parse(row.values()), Instant.EPOCH).toStandardRow();
      for (JsonObject field : schema.getJsonArray("fields").getValuesAs(JsonObject.class)) {
        StandardField key = StandardField.byKey(field.getString("name")).orElseThrow();
        JsonObject constraints = field.getJsonObject("constraints");
        String value = stored.get(key);
        if (value == null) {
          if (constraints != null && constraints.getBoolean("required", false)) {
            violations.add("row " + row.number() + ": " + key.key() + " missing");
          }
          continue;
        }
        if (constraints == null) {
          continue;
        }
        if (constraints.containsKey("pattern")
            && !Pattern.compile(constraints.getString("pattern")).matcher(value).find()) {
          violations.add("row " + row.number() + ": " + key.key() + " '" + value + "'");
        }
        if (constraints.containsKey("maxLength")
            && value.length() > constraints.getInt("maxLength")) {
          violations.add("row " + row.number() + ": " + key.key() + " too long");
        }
      }
    }

    assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
    assertThat(violations).isEmpty();
  }
}
