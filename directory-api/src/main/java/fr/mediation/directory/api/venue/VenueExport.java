package fr.mediation.directory.api.venue;

import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.VenueFields;
import fr.mediation.directory.venue.field.StandardField;
import fr.mediation.directory.venue.search.VenueQuery;
import fr.mediation.directory.venue.search.VenueSearch;
import jakarta.json.bind.Jsonb;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streamed exports of venues: the national standard v1 as CSV (its columns in order, lists joined
 * with {@code |}) and as JSON (an array of objects with the same keys), the v0 shape of the
 * national cartography as JSON and CSV, and GeoJSON (RFC 7946). Each format says how it writes its
 * beginning, a venue and its end ({@link Format}); one loop ({@link #export}) reads the venues from
 * the index in pages of {@value #PAGE} by id, each page in its own short transaction, so that an
 * export of the whole directory holds no transaction open.
 */
final class VenueExport {

  /** Looked up once: {@code Json.create...} looks the provider up again at every call. */
  static final JsonProvider JSON = JsonProvider.provider();

  static final String CSV = "text/csv";
  static final String GEO_JSON = "application/geo+json";

  private static final int PAGE = 500;

  /** The keys whose values JSON exports write as numbers (the same in v1 and v0). */
  private static final Set<String> NUMBERS =
      Set.of(StandardField.LATITUDE.key(), StandardField.LONGITUDE.key());

  private VenueExport() {}

  /**
   * The venue's standard row, with the directory's id as {@code id}: sources' own ids may repeat
   * across sources, and the standard requires them unique in a file.
   */
  static Map<StandardField, String> standardRow(VenueFields venue) {
    Map<StandardField, String> row = venue.toStandardRow();
    row.put(StandardField.ID, venue.getId());
    return row;
  }

  /** A number or a phone number, which a spreadsheet reads as data even with a sign. */
  private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-][0-9][0-9 .]*");

  /** Control characters but line breaks (C0, DEL, C1): invisible, and refused by some readers. */
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F]");

  /**
   * A value as a CSV cell that a spreadsheet shows and does not run (OWASP's CSV injection advice):
   * a value starting with {@code =}, {@code +}, {@code -} or {@code @} is prefixed with a single
   * quote, except a signed number or phone number ({@code -61.07}, {@code +33 1 23 45 67 89}),
   * which a spreadsheet reads as a number; control characters are removed (line breaks kept: the
   * cell is quoted); tabs become spaces.
   */
  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    // Most cells hold none of those characters: one pass over them, rather than a regular
    // expression's search in every cell (half of a whole export's time).
    String text = printable(value) ? value : cleaned(value);
    if (!text.isEmpty()
        && "=+-@".indexOf(text.charAt(0)) >= 0
        && !SIGNED_NUMBER.matcher(text).matches()) {
      return "'" + text;
    }
    return text;
  }

  /** Whether {@code value} holds no control character but line feeds, nor any tab. */
  private static boolean printable(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F)) {
        return false;
      }
    }
    return true;
  }

  private static String cleaned(String value) {
    String lines = value.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
    return CONTROL.matcher(lines).replaceAll("");
  }

  /** The national standard v1 as CSV: its columns in order, lists joined with {@code |}. */
  static StreamingOutput csv(VenueSearch search, VenueQuery query, Instant since) {
    List<String> columns = StandardField.inOrder().stream().map(StandardField::key).toList();
    return export(search, query, since, csvOf(columns, VenueExport::standardCells));
  }

  /** The national standard v1 as a JSON array of objects with the CSV's keys. */
  static StreamingOutput standardJson(VenueSearch search, VenueQuery query, Instant since) {
    return export(search, query, since, jsonOf(VenueExport::standardCells));
  }

  /**
   * The v0 shape the national cartography's component reads ({@link StandardV0}), as a JSON array;
   * venues it would refuse are left out.
   */
  static StreamingOutput v0Json(VenueSearch search, VenueQuery query, Instant since) {
    return export(search, query, since, jsonOf(VenueExport::v0Cells));
  }

  /** The same v0 rows as CSV, the v0 columns in order, lists joined with {@code ;}. */
  static StreamingOutput v0Csv(VenueSearch search, VenueQuery query, Instant since) {
    return export(search, query, since, csvOf(StandardV0.COLUMNS, VenueExport::v0Cells));
  }

  /** Every venue as a GeoJSON feature of a feature collection, its detail as properties. */
  static StreamingOutput geoJson(VenueSearch search, VenueQuery query, Instant since, Jsonb jsonb) {
    return export(
        search,
        query,
        since,
        out -> {
          JsonGenerator json = JSON.createGenerator(nonClosing(out));
          json.writeStartObject().write("type", "FeatureCollection").writeStartArray("features");
          return new Writing() {
            @Override
            public void write(MergedVenue venue) {
              writeFeature(
                  json,
                  jsonb,
                  venue.getId(),
                  venue.getLatitude(),
                  venue.getLongitude(),
                  VenueDetail.of(venue));
            }

            @Override
            public void finish() {
              json.writeEnd().writeEnd();
            }

            @Override
            public void close() {
              json.close();
            }
          };
        });
  }

  /** One GeoJSON feature: the venue's point and {@code properties} as its JSON. */
  static void writeFeature(
      JsonGenerator json,
      Jsonb jsonb,
      String id,
      Double latitude,
      Double longitude,
      Object properties) {
    json.writeStartObject().write("type", "Feature").write("id", id);
    if (latitude != null && longitude != null) {
      json.writeStartObject("geometry")
          .write("type", "Point")
          .writeStartArray("coordinates")
          .write(longitude)
          .write(latitude)
          .writeEnd()
          .writeEnd();
    } else {
      json.writeNull("geometry");
    }
    try (var reader = JSON.createReader(new StringReader(jsonb.toJson(properties)))) {
      json.write("properties", reader.readObject());
    }
    json.writeEnd();
  }

  /** How a format writes an export on the answer's body: each venue, then its end. */
  private interface Writing extends Closeable {

    void write(MergedVenue venue) throws IOException;

    /**
     * Ends the export once every venue is written; never called after a failure, so that an answer
     * cut short does not look whole.
     */
    void finish() throws IOException;
  }

  /** A format: its beginning written on the answer's body, and the writing of the rest. */
  private interface Format {

    Writing open(OutputStream out) throws IOException;
  }

  /**
   * The export loop of every format. The first page is read before the answer starts: a search that
   * fails (over its time limit) is then answered with its error status rather than a 200 cut short.
   * The next pages are read after the last id of the previous one.
   */
  private static StreamingOutput export(
      VenueSearch search, VenueQuery query, Instant since, Format format) {
    List<MergedVenue> first = search.page(query, since, null, PAGE);
    return out -> {
      try (Writing writing = format.open(out)) {
        List<MergedVenue> page = first;
        while (true) {
          for (MergedVenue venue : page) {
            writing.write(venue);
          }
          if (page.size() < PAGE) {
            break;
          }
          page = search.page(query, since, page.getLast().getId(), PAGE);
        }
        writing.finish();
      }
    };
  }

  /** The venue's standard row by the standard's keys, in the standard's order. */
  private static Optional<Map<String, String>> standardCells(MergedVenue venue) {
    Map<String, String> cells = new LinkedHashMap<>();
    standardRow(venue).forEach((field, value) -> cells.put(field.key(), value));
    return Optional.of(cells);
  }

  private static Optional<Map<String, String>> v0Cells(MergedVenue venue) {
    return StandardV0.row(venue.getId(), venue);
  }

  /**
   * Rows as CSV: a header of {@code columns}, then one line per venue that has a row, each value a
   * {@linkplain #cell(String) safe cell}.
   */
  private static Format csvOf(
      List<String> columns, Function<MergedVenue, Optional<Map<String, String>>> rows) {
    return out -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      CSVPrinter csv =
          new CSVPrinter(
              writer, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
      return new Writing() {
        @Override
        public void write(MergedVenue venue) throws IOException {
          Optional<Map<String, String>> row = rows.apply(venue);
          if (row.isEmpty()) {
            return;
          }
          for (String column : columns) {
            csv.print(cell(row.get().getOrDefault(column, "")));
          }
          csv.println();
        }

        @Override
        public void finish() {
          // a CSV file has no end mark
        }

        @Override
        public void close() throws IOException {
          csv.close();
        }
      };
    };
  }

  /** Rows as a JSON array of objects, coordinates as numbers and every other value as text. */
  private static Format jsonOf(Function<MergedVenue, Optional<Map<String, String>>> rows) {
    return out -> {
      JsonGenerator json = JSON.createGenerator(nonClosing(out));
      json.writeStartArray();
      return new Writing() {
        @Override
        public void write(MergedVenue venue) {
          rows.apply(venue)
              .ifPresent(
                  row -> {
                    json.writeStartObject();
                    row.forEach(
                        (key, value) -> {
                          if (NUMBERS.contains(key)) {
                            json.write(key, Double.parseDouble(value));
                          } else {
                            json.write(key, value);
                          }
                        });
                    json.writeEnd();
                  });
        }

        @Override
        public void finish() {
          json.writeEnd();
        }

        @Override
        public void close() {
          json.close();
        }
      };
    };
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
