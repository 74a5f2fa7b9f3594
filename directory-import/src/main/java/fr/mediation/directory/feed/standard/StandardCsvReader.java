package fr.mediation.directory.feed.standard;

import fr.mediation.directory.feed.FeedFormatException;
import fr.mediation.directory.feed.SourceRow;
import fr.mediation.directory.venue.field.StandardField;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file of the national standard v1: a header row naming the standard's fields (in any
 * order; unknown columns are ignored), comma-separated, lists joined with {@code |}.
 */
public final class StandardCsvReader {

  private StandardCsvReader() {}

  /**
   * Reads every row of {@code csv}.
   *
   * @throws FeedFormatException when the file is not a CSV of the standard (no header naming the
   *     required fields, broken quoting)
   */
  public static List<SourceRow> read(Reader csv) {
    try (Stream<SourceRow> rows = stream(csv)) {
      return rows.toList();
    }
  }

  /**
   * The rows of {@code csv}, read as the stream is consumed (a large file is never held whole);
   * close the stream when done.
   *
   * @throws FeedFormatException when the header is not the standard's, at once, or when the rest of
   *     the file cannot be read, while the stream is consumed
   */
  public static Stream<SourceRow> stream(Reader csv) {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
            .get();
    CSVParser parser;
    Map<Integer, StandardField> columns;
    try {
      parser = format.parse(withoutByteOrderMark(csv));
      columns = columns(parser.getHeaderNames());
    } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
      throw new FeedFormatException("Unreadable CSV: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new FeedFormatException("Unreadable CSV: " + e.getMessage(), e);
    }
    Iterator<CSVRecord> records = parser.iterator();
    Iterator<SourceRow> rows =
        new Iterator<>() {
          private int number;

          @Override
          public boolean hasNext() {
            try {
              return records.hasNext();
            } catch (UncheckedIOException | IllegalStateException e) {
              throw new FeedFormatException(
                  "Unreadable CSV after row " + number + ": " + e.getMessage(), e);
            }
          }

          @Override
          public SourceRow next() {
            CSVRecord record;
            try {
              record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
              throw new FeedFormatException(
                  "Unreadable CSV after row " + number + ": " + e.getMessage(), e);
            }
            number++;
            Map<StandardField, String> values = new EnumMap<>(StandardField.class);
            for (var column : columns.entrySet()) {
              if (column.getKey() < record.size()) {
                String value = record.get(column.getKey());
                if (!value.isEmpty()) {
                  values.put(column.getValue(), value);
                }
              }
            }
            return new SourceRow(number, values);
          }
        };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                parser.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** Spreadsheets often write a byte order mark first; it would stick to the first column name. */
  private static Reader withoutByteOrderMark(Reader reader) throws IOException {
    PushbackReader pushback = new PushbackReader(reader, 1);
    int first = pushback.read();
    if (first != -1 && first != '\uFEFF') {
      pushback.unread(first);
    }
    return pushback;
  }

  private static Map<Integer, StandardField> columns(List<String> header) {
    Map<Integer, StandardField> columns = new TreeMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip().toLowerCase(Locale.ROOT);
      Optional<StandardField> field = StandardField.byKey(name);
      if (field.isPresent() && !columns.containsValue(field.get())) {
        columns.put(i, field.get());
      }
    }
    List<String> missing =
        StandardField.inOrder().stream()
            .filter(StandardField::required)
            .filter(f -> !columns.containsValue(f))
            .map(StandardField::key)
            .toList();
    if (!missing.isEmpty()) {
      // The header found is not quoted: what was fetched is never echoed into a report.
      throw new FeedFormatException(
          "Not a CSV of the standard: the header lacks the required column(s) "
              + String.join(", ", missing)
              + " (it has "
              + header.size()
              + " column(s), "
              + columns.size()
              + " of them the standard's).",
          "Ce n'est pas un CSV du standard : l'en-tête n'a pas la ou les colonnes obligatoires "
              + String.join(", ", missing)
              + " (il a "
              + header.size()
              + " colonne(s), dont "
              + columns.size()
              + " du standard).");
    }
    return columns;
  }
}
