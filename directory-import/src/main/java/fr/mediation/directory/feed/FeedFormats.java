package fr.mediation.directory.feed;

import fr.mediation.directory.feed.mapping.FeedMapping;
import fr.mediation.directory.feed.mapping.FeedMappings;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.feed.mapping.MappingEngine;
import fr.mediation.directory.feed.mapping.MappingException;
import fr.mediation.directory.feed.standard.StandardCsvReader;
import fr.mediation.directory.feed.standard.StandardJsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Turns a source's file into rows of the standard according to the source's format: the standard's
 * own CSV and JSON, a bundled format or hub mapping ({@code formats/*.yaml}, {@code
 * mappings/*.yaml}), or the source's own mapping ({@code custom}).
 */
public final class FeedFormats {

  /** The national standard v1, CSV with {@code |} lists. */
  public static final String STANDARD_V1_CSV = "standard-v1-csv";

  /** The national standard v1, JSON array. */
  public static final String STANDARD_V1_JSON = "standard-v1-json";

  /** A mapping given with the source itself. */
  public static final String CUSTOM = "custom";

  private FeedFormats() {}

  /**
   * The rows of {@code content}.
   *
   * @param format the source's format
   * @param customMapping the source's own mapping (YAML) when the format is {@link #CUSTOM}
   * @throws FeedFormatException when the file cannot be read in that format
   * @throws MappingException when the format is unknown or its mapping is broken
   */
  public static List<MappedRow> read(String format, String customMapping, byte[] content) {
    try (Stream<MappedRow> rows = stream(format, customMapping, content)) {
      return rows.toList();
    }
  }

  /**
   * The rows of {@code content}, read as the stream is consumed where the format allows it (the
   * standard's CSV), so that a large file is never held whole; close the stream when done.
   *
   * @throws FeedFormatException when the file cannot be read in that format, possibly while the
   *     stream is consumed
   * @throws MappingException when the format is unknown or its mapping is broken
   */
  public static Stream<MappedRow> stream(String format, String customMapping, byte[] content) {
    if (STANDARD_V1_CSV.equals(format)) {
      return StandardCsvReader.stream(StrictUtf8.reader(content)).map(MappedRow::standard);
    }
    return parse(format, customMapping, content).stream();
  }

  /**
   * The rows of {@code content}, to be read as many times as needed: the standard's CSV is read
   * again at each call (never held whole), the other formats are read and mapped once, now.
   *
   * @throws FeedFormatException when a file that is read now cannot be read
   * @throws MappingException when the format is unknown or its mapping is broken
   */
  public static Supplier<Stream<MappedRow>> rows(
      String format, String customMapping, byte[] content) {
    if (STANDARD_V1_CSV.equals(format)) {
      return () -> stream(format, customMapping, content);
    }
    List<MappedRow> rows = parse(format, customMapping, content);
    return rows::stream;
  }

  private static List<MappedRow> parse(String format, String customMapping, byte[] content) {
    return switch (format) {
      case STANDARD_V1_JSON ->
          StandardJsonReader.read(StrictUtf8.reader(content)).stream()
              .map(MappedRow::standard)
              .toList();
      case CUSTOM -> {
        if (customMapping == null || customMapping.isBlank()) {
          throw new MappingException("The source's format is custom but it has no mapping.");
        }
        yield MappingEngine.map(
            content, FeedMappings.read(new StringReader(customMapping), "the source's mapping"));
      }
      default -> MappingEngine.map(content, bundled(format));
    };
  }

  /** Whether {@code format} names a format this directory can read. */
  public static boolean exists(String format) {
    if (format == null) {
      return false;
    }
    if (format.equals(STANDARD_V1_CSV)
        || format.equals(STANDARD_V1_JSON)
        || format.equals(CUSTOM)) {
      return true;
    }
    ClassLoader loader = FeedFormats.class.getClassLoader();
    return format.matches("[a-z0-9-]+")
        && (loader.getResource("formats/" + format + ".yaml") != null
            || loader.getResource("mappings/" + format + ".yaml") != null);
  }

  private static FeedMapping bundled(String format) {
    if (!exists(format)) {
      throw new MappingException("Unknown format '" + format + "'.");
    }
    ClassLoader loader = FeedFormats.class.getClassLoader();
    String resource =
        loader.getResource("formats/" + format + ".yaml") != null
            ? "formats/" + format + ".yaml"
            : "mappings/" + format + ".yaml";
    return FeedMappings.fromClasspath(resource);
  }
}
