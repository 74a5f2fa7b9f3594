package fr.mediation.directory.feed.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.feed.standard.StandardCsvReader;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.StandardField;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Runs the example of docs/feed-mapping-v1.md: the document says what the engine does. */
class FeedMappingDocumentationTest {

  private static final Path DOC = Path.of("../docs/feed-mapping-v1.md");

  private static String block(String document, String info) {
    Matcher m =
        Pattern.compile("```" + Pattern.quote(info) + "\\n(.*?)```", Pattern.DOTALL)
            .matcher(document);
    assertThat(m.find()).as("a ```" + info + " block in " + DOC).isTrue();
    return m.group(1);
  }

  @Test
  void theDocumentedHoursExampleGivesTheDocumentedHours() throws Exception {
    String doc = Files.readString(DOC);
    FeedMapping mapping =
        FeedMappings.read(new StringReader(block(doc, "yaml hours-hub.yaml")), "hours example");
    byte[] csv = block(doc, "csv hours-hub.csv").getBytes(StandardCharsets.UTF_8);
    List<CSVRecord> expected =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(block(doc, "csv hours-expected")))
            .getRecords();

    List<MappedRow> rows = MappingEngine.map(csv, mapping);

    assertThat(rows).hasSameSizeAs(expected);
    for (int i = 0; i < rows.size(); i++) {
      Map<StandardField, String> stored =
          new Venue("example", VenueRecord.parse(rows.get(i).row().values()), Instant.EPOCH)
              .toStandardRow();
      String want = expected.get(i).get("horaires");
      assertThat(stored.get(StandardField.HORAIRES))
          .as("row " + expected.get(i).get("id"))
          .isEqualTo(want.isEmpty() ? null : want);
    }
    // The unreadable cells are both named, and the hub's text is kept.
    assertThat(rows.get(0).warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.messageFr()).contains("mercredi", "jeudi", "13:16:59.999998"));
    assertThat(rows.get(0).hours().source()).contains("réservé aux scolaires");
    assertThat(rows.get(0).hours().completeness())
        .isEqualTo(fr.mediation.directory.feed.hours.HoursReading.Completeness.PARTIAL);
    // The bare weekday is refused with a warning.
    assertThat(rows.get(3).warnings())
        .extracting(FieldWarning::field)
        .contains(StandardField.HORAIRES);
  }

  @Test
  void theDocumentedExampleGivesTheDocumentedRows() throws Exception {
    String doc = Files.readString(DOC);
    FeedMapping mapping =
        FeedMappings.read(new StringReader(block(doc, "yaml example-hub.yaml")), "example");
    byte[] csv = block(doc, "csv example-hub.csv").getBytes(StandardCharsets.UTF_8);
    List<CSVRecord> expected =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(block(doc, "csv expected")))
            .getRecords();

    List<MappedRow> rows = MappingEngine.map(csv, mapping);

    assertThat(rows).hasSameSizeAs(expected);
    for (int i = 0; i < rows.size(); i++) {
      MappedRow row = rows.get(i);
      assertThat(row.errors()).isEmpty();
      Map<StandardField, String> stored =
          new Venue("example", VenueRecord.parse(row.row().values()), Instant.EPOCH)
              .toStandardRow();
      for (String column : expected.get(i).toMap().keySet()) {
        StandardField field = StandardField.byKey(column).orElseThrow();
        String want = expected.get(i).get(column);
        assertThat(stored.get(field))
            .as("row " + (i + 1) + ", " + column)
            .isEqualTo(want.isEmpty() ? null : want);
      }
    }
    assertThat(rows.get(1).warnings())
        .extracting(FieldWarning::field)
        .containsExactly(StandardField.LATITUDE);
    // The doc's CSV is also not a CSV of the standard: the standard reader refuses it.
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    StandardCsvReader.read(
                        new StringReader(new String(csv, StandardCharsets.UTF_8)))))
        .isNotNull();
  }

  @Test
  void theDocumentedFiltersExampleSkipsFallsBackAndFindsKeywords() throws Exception {
    String doc = Files.readString(DOC);
    FeedMapping mapping =
        FeedMappings.read(new StringReader(block(doc, "yaml filters-hub.yaml")), "filters");
    byte[] csv = block(doc, "csv filters-hub.csv").getBytes(StandardCharsets.UTF_8);
    List<CSVRecord> expected =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(block(doc, "csv filters-expected")))
            .getRecords();

    List<MappedRow> rows = MappingEngine.map(csv, mapping);

    assertThat(rows).hasSameSizeAs(expected);
    for (int i = 0; i < rows.size(); i++) {
      MappedRow row = rows.get(i);
      CSVRecord want = expected.get(i);
      String id = want.get("id");
      assertThat(row.row().values().get(StandardField.ID)).isEqualTo(id);
      if (!want.get("skipped").isEmpty()) {
        assertThat(row.skipped()).as(id).isEqualTo(want.get("skipped"));
        continue;
      }
      assertThat(row.skipped()).as(id).isNull();
      assertThat(row.errors()).as(id).isEmpty();
      Map<StandardField, String> stored =
          new Venue("example", VenueRecord.parse(row.row().values()), Instant.EPOCH)
              .toStandardRow();
      assertThat(stored.get(StandardField.PIVOT)).as(id).isEqualTo(want.get("pivot"));
      assertThat(stored.get(StandardField.SERVICES)).as(id).isEqualTo(want.get("services"));
    }
  }

  @Test
  void theDocumentedPlacesExampleFillsOnlyWhatTheReferenceLeavesNoDoubtAbout() throws Exception {
    String doc = Files.readString(DOC);
    FeedMapping mapping =
        FeedMappings.read(new StringReader(block(doc, "yaml places-hub.yaml")), "places");
    byte[] csv = block(doc, "csv places-hub.csv").getBytes(StandardCharsets.UTF_8);
    List<CSVRecord> expected =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(block(doc, "csv places-expected")))
            .getRecords();

    List<MappedRow> rows = MappingEngine.map(csv, mapping);

    assertThat(rows).hasSameSizeAs(expected);
    for (int i = 0; i < rows.size(); i++) {
      Map<StandardField, String> values = rows.get(i).row().values();
      CSVRecord want = expected.get(i);
      String postcode = want.get("code_postal");
      assertThat(values.get(StandardField.CODE_POSTAL))
          .as(want.get("id"))
          .isEqualTo(postcode.isEmpty() ? null : postcode);
      assertThat(values.get(StandardField.COMMUNE))
          .as(want.get("id"))
          .isEqualTo(want.get("commune"));
      assertThat(fr.mediation.directory.feed.RowValidator.validate(rows.get(i)).accepted())
          .as(want.get("id"))
          .isEqualTo(!postcode.isEmpty());
    }
  }

  @Test
  void theDocumentedExtensionChangesOnlyItsRules() throws Exception {
    String doc = Files.readString(DOC);
    FeedMapping mapping =
        FeedMappings.read(new StringReader(block(doc, "yaml extended-hub.yaml")), "extended");
    byte[] csv = block(doc, "csv extended-hub.csv").getBytes(StandardCharsets.UTF_8);

    List<MappedRow> rows = MappingEngine.map(csv, mapping);

    assertThat(mapping.name()).isEqualTo("France Services du Pays d'Exemple");
    assertThat(mapping.delimiter()).isEqualTo(';');
    Map<StandardField, String> values = rows.get(0).row().values();
    assertThat(rows.get(0).skipped()).isNull();
    assertThat(values)
        .containsEntry(StandardField.NOM, "Maison France services d'Épernay")
        .containsEntry(StandardField.DATE_MAJ, "2025-06-30")
        .containsEntry(StandardField.ITINERANCE, "Itinérant")
        .containsEntry(StandardField.SOURCE, "France Services (ANCT)")
        .doesNotContainKey(StandardField.PRESENTATION_DETAIL);
    assertThat(fr.mediation.directory.feed.RowValidator.validate(rows.get(0)).accepted()).isTrue();
    assertThat(rows.get(1).skipped()).isEqualTo("Fiche de test");
  }
}
