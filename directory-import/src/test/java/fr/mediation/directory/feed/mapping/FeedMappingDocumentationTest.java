package fr.mediation.directory.feed.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.feed.standard.StandardCsvReader;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.StandardField;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
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

  /**
   * One of the document's examples: its mapping, its hub's file, the rows the engine maps from
   * them, and the rows the document expects (none when it gives none).
   */
  private record Example(
      FeedMapping mapping, byte[] csv, List<MappedRow> rows, List<CSVRecord> expected) {}

  /**
   * The example whose blocks are {@code yaml <hub>.yaml}, {@code csv <hub>.csv} and {@code
   * expected}.
   */
  private static Example example(String hub, String expected) throws IOException {
    String doc = Files.readString(DOC);
    FeedMapping mapping =
        FeedMappings.read(new StringReader(block(doc, "yaml " + hub + ".yaml")), hub);
    byte[] csv = block(doc, "csv " + hub + ".csv").getBytes(StandardCharsets.UTF_8);
    List<CSVRecord> rows =
        expected == null
            ? List.of()
            : CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(block(doc, "csv " + expected)))
                .getRecords();
    return new Example(mapping, csv, MappingEngine.map(csv, mapping), rows);
  }

  /** The row as the directory stores it: the standard's row of the listing it makes. */
  private static Map<StandardField, String> stored(MappedRow row) {
    return new Venue("example", VenueRecord.parse(row.row().values()), Instant.EPOCH)
        .toStandardRow();
  }

  /**
   * Checks each row the engine maps against the row the document expects in its place, after
   * checking that there are as many.
   */
  private static void eachRowAsExpected(Example example, BiConsumer<MappedRow, CSVRecord> check) {
    assertThat(example.rows()).hasSameSizeAs(example.expected());
    for (int i = 0; i < example.rows().size(); i++) {
      check.accept(example.rows().get(i), example.expected().get(i));
    }
  }

  @Test
  void theDocumentedHoursExampleGivesTheDocumentedHours() throws Exception {
    Example example = example("hours-hub", "hours-expected");
    List<MappedRow> rows = example.rows();

    eachRowAsExpected(
        example,
        (row, want) -> {
          String hours = want.get("horaires");
          assertThat(stored(row).get(StandardField.HORAIRES))
              .as("row " + want.get("id"))
              .isEqualTo(hours.isEmpty() ? null : hours);
        });
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
    Example example = example("example-hub", "expected");

    eachRowAsExpected(
        example,
        (row, want) -> {
          assertThat(row.errors()).isEmpty();
          Map<StandardField, String> stored = stored(row);
          for (String column : want.toMap().keySet()) {
            StandardField field = StandardField.byKey(column).orElseThrow();
            String value = want.get(column);
            assertThat(stored.get(field))
                .as("row " + want.get("id") + ", " + column)
                .isEqualTo(value.isEmpty() ? null : value);
          }
        });
    assertThat(example.rows().get(1).warnings())
        .extracting(FieldWarning::field)
        .containsExactly(StandardField.LATITUDE);
    // The doc's CSV is also not a CSV of the standard: the standard reader refuses it.
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    StandardCsvReader.read(
                        new StringReader(new String(example.csv(), StandardCharsets.UTF_8)))))
        .isNotNull();
  }

  @Test
  void theDocumentedFiltersExampleSkipsFallsBackAndFindsKeywords() throws Exception {
    Example example = example("filters-hub", "filters-expected");

    eachRowAsExpected(
        example,
        (row, want) -> {
          String id = want.get("id");
          assertThat(row.row().values().get(StandardField.ID)).isEqualTo(id);
          if (!want.get("skipped").isEmpty()) {
            assertThat(row.skipped()).as(id).isEqualTo(want.get("skipped"));
            return;
          }
          assertThat(row.skipped()).as(id).isNull();
          assertThat(row.errors()).as(id).isEmpty();
          Map<StandardField, String> stored = stored(row);
          assertThat(stored.get(StandardField.PIVOT)).as(id).isEqualTo(want.get("pivot"));
          assertThat(stored.get(StandardField.SERVICES)).as(id).isEqualTo(want.get("services"));
        });
  }

  @Test
  void theDocumentedPlacesExampleFillsOnlyWhatTheReferenceLeavesNoDoubtAbout() throws Exception {
    Example example = example("places-hub", "places-expected");

    eachRowAsExpected(
        example,
        (row, want) -> {
          Map<StandardField, String> values = row.row().values();
          String postcode = want.get("code_postal");
          assertThat(values.get(StandardField.CODE_POSTAL))
              .as(want.get("id"))
              .isEqualTo(postcode.isEmpty() ? null : postcode);
          assertThat(values.get(StandardField.COMMUNE))
              .as(want.get("id"))
              .isEqualTo(want.get("commune"));
          assertThat(fr.mediation.directory.feed.RowValidator.validate(row).accepted())
              .as(want.get("id"))
              .isEqualTo(!postcode.isEmpty());
        });
  }

  @Test
  void theDocumentedExtensionChangesOnlyItsRules() throws Exception {
    Example example = example("extended-hub", null);
    List<MappedRow> rows = example.rows();

    assertThat(example.mapping().name()).isEqualTo("France Services du Pays d'Exemple");
    assertThat(example.mapping().delimiter()).isEqualTo(';');
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
