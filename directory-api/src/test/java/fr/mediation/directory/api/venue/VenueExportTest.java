package fr.mediation.directory.api.venue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.api.JsonConfig;
import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.search.VenueQuery;
import fr.mediation.directory.venue.search.VenueSearch;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class VenueExportTest {

  /** Two full pages of the export and one more venue. */
  private static final int VENUES = 1_001;

  private static final Venue LISTING =
      new Venue("hub", VenueRecord.parse(FieldsInDetailTest.everyField()), Instant.EPOCH);

  private static final List<MergedVenue> ALL =
      IntStream.range(0, VENUES).mapToObj(i -> venue("merged-%04d".formatted(i))).toList();

  private static MergedVenue venue(String id) {
    MergedVenue venue = new MergedVenue(id, Instant.EPOCH);
    venue.compose(List.of(LISTING), LocalDate.MIN, Instant.EPOCH);
    return venue;
  }

  /** The index's pages by id, as {@link VenueSearch#page} reads them; counts the pages read. */
  private static final class PagedSearch extends VenueSearch {

    final AtomicInteger pagesRead = new AtomicInteger();

    @Override
    public List<MergedVenue> page(VenueQuery query, Instant since, String afterId, int size) {
      pagesRead.incrementAndGet();
      return ALL.stream()
          .filter(v -> afterId == null || v.getId().compareTo(afterId) > 0)
          .limit(size)
          .toList();
    }
  }

  private static String written(StreamingOutput export) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.write(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<String> ids() {
    return ALL.stream().map(MergedVenue::getId).toList();
  }

  private static List<String> csvIds(String text) throws IOException {
    List<String> ids = new ArrayList<>();
    for (CSVRecord record :
        CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(text))) {
      ids.add(record.get("id"));
    }
    return ids;
  }

  private static JsonObject object(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static List<String> jsonIds(String text, String key) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return ids(reader.readArray(), key);
    }
  }

  private static List<String> ids(JsonArray array, String key) {
    return array.stream().map(JsonValue::asJsonObject).map(o -> o.getString(key)).toList();
  }

  @Test
  void everyFormatWritesEveryVenueOnceInIdOrderAcrossPages() throws IOException {
    PagedSearch search = new PagedSearch();

    assertThat(csvIds(written(VenueExport.csv(search, null, null)))).isEqualTo(ids());
    assertThat(csvIds(written(VenueExport.v0Csv(search, null, null)))).isEqualTo(ids());
    assertThat(jsonIds(written(VenueExport.standardJson(search, null, null)), "id"))
        .isEqualTo(ids());
    assertThat(jsonIds(written(VenueExport.v0Json(search, null, null)), "id")).isEqualTo(ids());
    JsonObject geo =
        object(
            written(
                VenueExport.geoJson(
                    search, null, null, new JsonConfig().getContext(VenueDetail.class))));
    assertThat(geo.getString("type")).isEqualTo("FeatureCollection");
    assertThat(ids(geo.getJsonArray("features"), "id")).isEqualTo(ids());
  }

  @Test
  void theFirstPageIsReadBeforeTheAnswerAndTheOthersWhileWriting() throws IOException {
    PagedSearch search = new PagedSearch();

    StreamingOutput export = VenueExport.standardJson(search, null, null);
    assertThat(search.pagesRead).hasValue(1);
    written(export);
    assertThat(search.pagesRead).hasValue(3);
  }

  @Test
  void coordinatesAreJsonNumbersInBothJsonExports() throws IOException {
    PagedSearch search = new PagedSearch();

    for (StreamingOutput export :
        List.of(
            VenueExport.standardJson(search, null, null), VenueExport.v0Json(search, null, null))) {
      try (JsonReader reader = Json.createReader(new StringReader(written(export)))) {
        JsonObject first = reader.readArray().getJsonObject(0);
        assertThat(first.get("latitude").getValueType()).isEqualTo(JsonValue.ValueType.NUMBER);
        assertThat(first.get("longitude").getValueType()).isEqualTo(JsonValue.ValueType.NUMBER);
        assertThat(first.get("nom").getValueType()).isEqualTo(JsonValue.ValueType.STRING);
      }
    }
  }

  @Test
  void formulaPrefixesAreNeutralisedWithASingleQuote() {
    assertThat(VenueExport.cell("=HYPERLINK(\"http://x\",\"clic\")"))
        .isEqualTo("'=HYPERLINK(\"http://x\",\"clic\")");
    assertThat(VenueExport.cell("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
    assertThat(VenueExport.cell("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
    assertThat(VenueExport.cell("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
  }

  @Test
  void numbersAndPhoneNumbersStayData() {
    assertThat(VenueExport.cell("-61.0747")).isEqualTo("-61.0747");
    assertThat(VenueExport.cell("+33180059850")).isEqualTo("+33180059850");
    assertThat(VenueExport.cell("+33 1 80 05 98 50")).isEqualTo("+33 1 80 05 98 50");
    assertThat(VenueExport.cell("Médiathèque = culture")).isEqualTo("Médiathèque = culture");
  }

  @Test
  void controlCharactersAreRemovedAndLineBreaksKept() {
    assertThat(VenueExport.cell("Ligne 1\r\nLigne\u00002\u0007\u001b[31m\u0085"))
        .isEqualTo("Ligne 1\nLigne2[31m");
    assertThat(VenueExport.cell("\t=1+1")).isEqualTo(" =1+1");
    assertThat(VenueExport.cell(null)).isEmpty();
  }

  /**
   * Cells without anything to remove take a shorter path: on 100,000 random values mixing every
   * character class (controls C0 and C1, DEL, tabs, line breaks, accents, œ, formulas), the result
   * is the one of the regular expressions alone.
   */
  @Test
  void everyCellIsCleanedAsByTheRegularExpressionsAlone() {
    java.util.regex.Pattern control =
        java.util.regex.Pattern.compile("[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F]");
    String alphabet =
        "aé œ'-=+@|0123456789.\r\n\t\u0000\u0007\u001f\u007f\u0080\u0085\u009f\u00a0Ÿ€";
    java.util.Random random = new java.util.Random(20261206);
    for (int n = 0; n < 100_000; n++) {
      StringBuilder value = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String lines = value.toString().replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
      String text = control.matcher(lines).replaceAll("");
      String expected =
          !text.isEmpty()
                  && "=+-@".indexOf(text.charAt(0)) >= 0
                  && !text.matches("[+-][0-9][0-9 .]*")
              ? "'" + text
              : text;
      assertThat(VenueExport.cell(value.toString())).as("%s", value).isEqualTo(expected);
    }
  }
}
