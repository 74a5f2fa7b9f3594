package fr.mediation.directory.api.venue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.api.JsonConfig;
import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.Field;
import fr.mediation.directory.venue.field.Fields;
import fr.mediation.directory.venue.field.StandardField;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every field of the registry travels from a row of the standard to the API's detail, under its key
 * and with its value: a field added to the standard but forgotten in {@link VenueDetail} fails
 * here.
 */
class FieldsInDetailTest {

  /** The v0 export's example, completed with a value for every other field of the standard. */
  static Map<StandardField, String> everyField() {
    Map<StandardField, String> row = StandardV0Test.row();
    row.putIfAbsent(StandardField.COMPLEMENT_ADRESSE, "Bâtiment B");
    row.putIfAbsent(StandardField.PRESENTATION_RESUME, "Ateliers numériques pour tous.");
    row.putIfAbsent(StandardField.PRESENTATION_DETAIL, "Ateliers du lundi au vendredi.");
    row.putIfAbsent(StandardField.SOURCE, "Hubik");
    row.putIfAbsent(StandardField.ITINERANCE, "Itinérant");
    row.putIfAbsent(StandardField.STRUCTURE_PARENTE, "Ville de Reims");
    row.putIfAbsent(StandardField.MODALITES_ACCES, "Se présenter|Téléphoner");
    return row;
  }

  @Test
  void eachFieldArrivesInTheDetailUnderItsKey() {
    Map<StandardField, String> row = everyField();
    assertThat(row.keySet())
        .as("give each new field a valid value in FieldsInDetailTest.everyField()")
        .containsExactlyInAnyOrderElementsOf(StandardField.inOrder());
    Venue listing = new Venue("hub", VenueRecord.parse(row), Instant.EPOCH);
    MergedVenue venue = new MergedVenue("merged-1", Instant.EPOCH);
    venue.compose(List.of(listing), LocalDate.MIN, Instant.EPOCH);
    Map<StandardField, String> standard = venue.toStandardRow();

    String text = new JsonConfig().getContext(VenueDetail.class).toJson(VenueDetail.of(venue));
    JsonObject json = Json.createReader(new StringReader(text)).readObject();

    for (Field<?> field : Fields.all()) {
      assertThat(json.get(field.key())).as("%s in the detail", field).isNotNull();
      assertThat(standardText(json.get(field.key())))
          .as("value of %s in the detail", field)
          .isEqualTo(standard.get(field.standard()));
    }
  }

  @Test
  void eachFieldOfTheDetailIsDocumentedWithAnExampleOfItsShape() {
    for (Field<?> field : Fields.all()) {
      if (field.standard() == StandardField.ID) {
        continue; // the detail's id is the directory's own, documented by VenueDetail
      }
      assertThat(field.description())
          .as("declare %s's API description with .documented(...) in StandardField", field)
          .isNotBlank();
      assertThat(VenueDetail.propertyOrder())
          .as("%s in the detail's order", field)
          .contains(field.key());
      if (field.example() != null) {
        assertThat(field.json(field.example())).as("example of %s", field).isNotNull();
      }
    }
    assertThat(VenueDetail.propertyOrder()).doesNotHaveDuplicates().startsWith("id", "pivot");
  }

  /** A JSON value in the standard's text form: arrays {@code |}-joined. */
  private static String standardText(JsonValue value) {
    return switch (value) {
      case JsonArray array ->
          array.stream().map(FieldsInDetailTest::standardText).collect(Collectors.joining("|"));
      case JsonString string -> string.getString();
      default -> value.toString();
    };
  }
}
