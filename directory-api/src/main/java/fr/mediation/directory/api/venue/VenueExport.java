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
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streamed exports of venues: the national standard v1 as CSV (its columns in order, lists joined
 * with {@code |}) and as JSON (an array of objects with the same keys), and GeoJSON (RFC 7946).
 * Venues are read from the index in pages of {@value #PAGE} by id, each page in its own short
 * transaction, so that an export of the whole directory holds no transaction open.
 */
final class VenueExport {

  /** Looked up once: {@code Json.create...} looks the provider up again at every call. */
  static final JsonProvider JSON = JsonProvider.provider();

  static final String CSV = "text/csv";
  static final String GEO_JSON = "application/geo+json";

  private static final int PAGE = 500;

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
    String lines = value.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
    String text = CONTROL.matcher(lines).replaceAll("");
    if (!text.isEmpty()
        && "=+-@".indexOf(text.charAt(0)) >= 0
        && !SIGNED_NUMBER.matcher(text).matches()) {
      return "'" + text;
    }
    return text;
  }

  static StreamingOutput csv(VenueSearch search, VenueQuery query, Instant since) {
    List<MergedVenue> first = firstPage(search, query, since);
    return out -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      List<StandardField> columns = StandardField.inOrder();
      try (CSVPrinter csv =
          new CSVPrinter(
              writer,
              CSVFormat.RFC4180
                  .builder()
                  .setHeader(columns.stream().map(StandardField::key).toArray(String[]::new))
                  .get())) {
        forEach(
            search,
            query,
            since,
            first,
            venue -> {
              Map<StandardField, String> row = standardRow(venue);
              try {
                for (StandardField column : columns) {
                  csv.print(cell(row.getOrDefault(column, "")));
                }
                csv.println();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              return null;
            });
      }
    };
  }

  static StreamingOutput standardJson(VenueSearch search, VenueQuery query, Instant since) {
    List<MergedVenue> first = firstPage(search, query, since);
    return out -> {
      try (JsonGenerator json = JSON.createGenerator(nonClosing(out))) {
        json.writeStartArray();
        forEach(
            search,
            query,
            since,
            first,
            venue -> {
              json.writeStartObject();
              standardRow(venue)
                  .forEach(
                      (field, value) -> {
                        if (field == StandardField.LATITUDE || field == StandardField.LONGITUDE) {
                          json.write(field.key(), Double.parseDouble(value));
                        } else {
                          json.write(field.key(), value);
                        }
                      });
              json.writeEnd();
              return null;
            });
        json.writeEnd();
      }
    };
  }

  /**
   * The v0 shape the national cartography's component reads ({@link StandardV0}), as a JSON array;
   * venues it would refuse are left out.
   */
  static StreamingOutput v0Json(VenueSearch search, VenueQuery query, Instant since) {
    List<MergedVenue> first = firstPage(search, query, since);
    return out -> {
      try (JsonGenerator json = JSON.createGenerator(nonClosing(out))) {
        json.writeStartArray();
        forEach(
            search,
            query,
            since,
            first,
            venue -> {
              StandardV0.row(venue.getId(), venue)
                  .ifPresent(
                      row -> {
                        json.writeStartObject();
                        row.forEach(
                            (key, value) -> {
                              if (key.equals("latitude") || key.equals("longitude")) {
                                json.write(key, Double.parseDouble(value));
                              } else {
                                json.write(key, value);
                              }
                            });
                        json.writeEnd();
                      });
              return null;
            });
        json.writeEnd();
      }
    };
  }

  /** The same v0 rows as CSV, the v0 columns in order, lists joined with {@code ;}. */
  static StreamingOutput v0Csv(VenueSearch search, VenueQuery query, Instant since) {
    List<MergedVenue> first = firstPage(search, query, since);
    return out -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      try (CSVPrinter csv =
          new CSVPrinter(
              writer,
              CSVFormat.RFC4180
                  .builder()
                  .setHeader(StandardV0.COLUMNS.toArray(String[]::new))
                  .get())) {
        forEach(
            search,
            query,
            since,
            first,
            venue -> {
              StandardV0.row(venue.getId(), venue)
                  .ifPresent(
                      row -> {
                        try {
                          for (String column : StandardV0.COLUMNS) {
                            csv.print(cell(row.getOrDefault(column, "")));
                          }
                          csv.println();
                        } catch (IOException e) {
                          throw new java.io.UncheckedIOException(e);
                        }
                      });
              return null;
            });
      }
    };
  }

  static StreamingOutput geoJson(VenueSearch search, VenueQuery query, Instant since, Jsonb jsonb) {
    List<MergedVenue> first = firstPage(search, query, since);
    return out -> {
      try (JsonGenerator json = JSON.createGenerator(nonClosing(out))) {
        json.writeStartObject().write("type", "FeatureCollection").writeStartArray("features");
        forEach(
            search,
            query,
            since,
            first,
            venue -> {
              writeFeature(
                  json,
                  jsonb,
                  venue.getId(),
                  venue.getLatitude(),
                  venue.getLongitude(),
                  VenueDetail.of(venue));
              return null;
            });
        json.writeEnd().writeEnd();
      }
    };
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

  /**
   * The export's first page, read before the answer starts: a search that fails (over its time
   * limit) is then answered with its error status rather than a 200 cut short.
   */
  private static List<MergedVenue> firstPage(VenueSearch search, VenueQuery query, Instant since) {
    return search.page(query, since, null, PAGE);
  }

  private static void forEach(
      VenueSearch search,
      VenueQuery query,
      Instant since,
      List<MergedVenue> first,
      Function<MergedVenue, Void> action) {
    String after = null;
    List<MergedVenue> page = first;
    while (true) {
      if (page == null) {
        page = search.page(query, since, after, PAGE);
      }
      for (MergedVenue venue : page) {
        action.apply(venue);
      }
      if (page.size() < PAGE) {
        return;
      }
      after = page.getLast().getId();
      page = null;
    }
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
