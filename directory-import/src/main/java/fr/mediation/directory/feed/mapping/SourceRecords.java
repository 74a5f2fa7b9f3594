package fr.mediation.directory.feed.mapping;

import fr.mediation.directory.feed.FeedFormatException;
import fr.mediation.directory.feed.mapping.MappingEngine.SourceRecord;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/** Reads the records of a hub's file, CSV or JSON, as its mapping describes it. */
final class SourceRecords {

  private SourceRecords() {}

  static List<SourceRecord> read(byte[] content, FeedMapping mapping) {
    String text = decode(content, mapping);
    return switch (mapping.format()) {
      case CSV -> csv(text, mapping.delimiter());
      case JSON -> json(text, mapping.recordsPath());
    };
  }

  private static String decode(byte[] content, FeedMapping mapping) {
    try {
      String text =
          mapping
              .encoding()
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new FeedFormatException(
          "The file is not in the encoding "
              + mapping.encoding().name()
              + " that the mapping declares ("
              + e.getMessage()
              + ").",
          e);
    }
  }

  private static List<SourceRecord> csv(String text, char delimiter) {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .get();
    try (CSVParser parser = format.parse(new StringReader(text))) {
      List<String> header = parser.getHeaderNames();
      List<SourceRecord> records = new ArrayList<>();
      int number = 0;
      for (CSVRecord row : parser) {
        number++;
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < row.size(); i++) {
          values.putIfAbsent(header.get(i).strip(), row.get(i));
        }
        records.add(new SourceRecord(number, values));
      }
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
      throw new FeedFormatException("Unreadable CSV: " + e.getMessage(), e);
    }
  }

  private static List<SourceRecord> json(String text, String recordsPath) {
    JsonStructure document;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      document = reader.read();
    } catch (JsonParsingException e) {
      throw FeedFormatException.invalidJson(e);
    } catch (JsonException e) {
      throw new FeedFormatException("Unreadable JSON: " + e.getMessage(), e);
    }
    JsonValue node = document;
    if (recordsPath != null && !recordsPath.isBlank()) {
      for (String step : recordsPath.split("\\.")) {
        if (!(node instanceof JsonObject o) || !o.containsKey(step)) {
          throw new FeedFormatException(
              "The JSON has no '" + recordsPath + "' (stopped at '" + step + "').");
        }
        node = o.get(step);
      }
    }
    if (!(node instanceof JsonArray array)) {
      throw new FeedFormatException(
          "Expected an array of venues"
              + (recordsPath == null || recordsPath.isBlank() ? "" : " at '" + recordsPath + "'")
              + ".");
    }
    List<SourceRecord> records = new ArrayList<>(array.size());
    int number = 0;
    for (JsonValue value : array) {
      number++;
      if (!(value instanceof JsonObject object)) {
        throw new FeedFormatException("Element " + number + " of the array is not an object.");
      }
      Map<String, String> values = new LinkedHashMap<>();
      flatten("", object, values);
      records.add(new SourceRecord(number, values));
    }
    return records;
  }

  private static void flatten(String prefix, JsonObject object, Map<String, String> values) {
    for (var entry : object.entrySet()) {
      String key = prefix + entry.getKey();
      JsonValue value = entry.getValue();
      switch (value.getValueType()) {
        case OBJECT -> flatten(key + ".", (JsonObject) value, values);
        case ARRAY -> values.put(key, joined((JsonArray) value));
        case NULL -> values.put(key, null);
        case STRING -> values.put(key, ((JsonString) value).getString());
        default -> values.put(key, value.toString());
      }
    }
  }

  private static String joined(JsonArray array) {
    return array.stream()
        .map(
            v ->
                switch (v.getValueType()) {
                  case STRING -> ((JsonString) v).getString();
                  case NULL -> "";
                  default -> v.toString();
                })
        .filter(s -> !s.isBlank())
        .collect(Collectors.joining("|"));
  }
}
