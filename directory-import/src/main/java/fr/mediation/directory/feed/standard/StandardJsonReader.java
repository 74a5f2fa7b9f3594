package fr.mediation.directory.feed.standard;

import fr.mediation.directory.feed.FeedFormatException;
import fr.mediation.directory.feed.SourceRow;
import fr.mediation.directory.venue.field.StandardField;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the JSON form of the national standard: an array of objects whose keys are the standard's
 * fields. List fields may be arrays of strings or {@code |}-joined strings; numbers (latitude,
 * longitude, postcodes written as numbers) are taken as text.
 */
public final class StandardJsonReader {

  private StandardJsonReader() {}

  /**
   * Reads every object of the array in {@code json}.
   *
   * @throws FeedFormatException when the text is not a JSON array of objects
   */
  public static List<SourceRow> read(Reader json) {
    try (JsonParser parser = Json.createParser(json)) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
        throw new FeedFormatException("Not the standard's JSON: expected an array of venues.");
      }
      List<SourceRow> rows = new ArrayList<>();
      int number = 0;
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.END_ARRAY) {
          return rows;
        }
        number++;
        if (event != JsonParser.Event.START_OBJECT) {
          throw new FeedFormatException(
              "Not the standard's JSON: element " + number + " of the array is not an object.");
        }
        rows.add(new SourceRow(number, values(parser.getObject())));
      }
      throw new FeedFormatException("Not the standard's JSON: the array is not closed.");
    } catch (JsonParsingException e) {
      throw FeedFormatException.invalidJson(e);
    } catch (JsonException e) {
      throw new FeedFormatException("Unreadable JSON: " + e.getMessage(), e);
    }
  }

  private static Map<StandardField, String> values(JsonObject object) {
    Map<StandardField, String> values = new EnumMap<>(StandardField.class);
    for (var entry : object.entrySet()) {
      StandardField.byKey(entry.getKey())
          .ifPresent(
              field -> {
                String text = text(entry.getValue());
                if (text != null && !text.isEmpty()) {
                  values.put(field, text);
                }
              });
    }
    return values;
  }

  private static String text(JsonValue value) {
    return switch (value.getValueType()) {
      case NULL -> null;
      case STRING -> ((JsonString) value).getString();
      case NUMBER, TRUE, FALSE -> value.toString();
      case ARRAY ->
          ((JsonArray) value)
              .stream()
                  .map(StandardJsonReader::text)
                  .filter(t -> t != null && !t.isBlank())
                  .collect(Collectors.joining("|"));
      case OBJECT -> value.toString();
    };
  }
}
