package fr.mediation.directory.feed;

import fr.mediation.directory.feed.mapping.FieldWarning;
import fr.mediation.directory.venue.field.StandardField;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * What a row of a source prepared into, remembered for its next file: the row's {@link RowDigest},
 * the fingerprint of the venue it gave and the warnings it raised. A row with the same digest whose
 * venue still has that fingerprint is unchanged, and is not validated, placed and fingerprinted
 * again.
 *
 * @param localId the venue's local id, as validated
 * @param warningsJson the warnings, as {@link #json} writes them
 */
public record RowMemo(String localId, String digest, String fingerprint, String warningsJson) {

  public RowMemo(String localId, String digest, String fingerprint, List<FieldWarning> warnings) {
    this(localId, digest, fingerprint, json(warnings));
  }

  /** The warnings the row raised. */
  public List<FieldWarning> warnings() {
    return warnings(warningsJson);
  }

  /** Warnings as JSON, null when there is none. */
  public static String json(List<FieldWarning> warnings) {
    if (warnings.isEmpty()) {
      return null;
    }
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (FieldWarning w : warnings) {
      JsonArrayBuilder one = Json.createArrayBuilder();
      for (String text :
          new String[] {
            w.field() == null ? null : w.field().key(), w.value(), w.message(), w.messageFr()
          }) {
        if (text == null) {
          one.addNull();
        } else {
          one.add(text);
        }
      }
      array.add(one);
    }
    return array.build().toString();
  }

  /** The warnings of {@link #json}. */
  private static List<FieldWarning> warnings(String json) {
    if (json == null) {
      return List.of();
    }
    List<FieldWarning> warnings = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      for (JsonValue value : reader.readArray()) {
        JsonArray one = value.asJsonArray();
        String field = text(one.get(0));
        warnings.add(
            new FieldWarning(
                field == null ? null : StandardField.byKey(field).orElse(null),
                text(one.get(1)),
                text(one.get(2)),
                text(one.get(3))));
      }
    }
    return warnings;
  }

  private static String text(JsonValue value) {
    return value.getValueType() == JsonValue.ValueType.NULL
        ? null
        : ((JsonString) value).getString();
  }
}
