package fr.mediation.directory.venue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.venue.field.Field;
import fr.mediation.directory.venue.field.Fields;
import fr.mediation.directory.venue.field.StandardField;
import fr.mediation.directory.venue.internal.FieldColumns;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every field of the standard travels from a standard row to the entity and back: a field added to
 * {@link StandardField} without its column or its text form fails here, and so does a typed handle
 * of {@link Fields} declared with another type than its field's values.
 */
class FieldRoundTripTest {

  /** The entity's columns that are not fields of the standard. */
  private static final Set<String> OTHER_COLUMNS =
      Set.of("horairesSource", "retiredAt", "positionPrecision", "createdAt", "updatedAt");

  /** The standard's example, with a value for every field. */
  static Map<StandardField, String> everyField() {
    Map<StandardField, String> row = VenueRecordTest.standardExample();
    row.put(StandardField.PRESENTATION_DETAIL, "Ateliers\ndu lundi au vendredi.");
    return row;
  }

  @Test
  void everyFieldOfTheStandardIsRegisteredOnceInOrder() {
    assertThat(Fields.all())
        .extracting(Field::standard)
        .containsExactlyElementsOf(StandardField.inOrder());
  }

  @Test
  void eachTypedHandleIsItsFieldWithTheTypeOfTheValuesItReads() throws Exception {
    VenueRecord record = VenueRecord.parse(everyField());
    int handles = 0;
    for (java.lang.reflect.Field constant : Fields.class.getDeclaredFields()) {
      if (constant.getType() != Field.class) {
        continue;
      }
      handles++;
      Field<?> handle = (Field<?>) constant.get(null);
      assertThat(handle.standard().name())
          .as("handle named after its field")
          .isEqualTo(constant.getName());
      Object value = record.get(handle);
      assertThat(value).as(constant.getName()).isNotNull();
      Type type = ((ParameterizedType) constant.getGenericType()).getActualTypeArguments()[0];
      if (type instanceof ParameterizedType collection) {
        assertThat(value).as(constant.getName()).isInstanceOf((Class<?>) collection.getRawType());
        Class<?> element = (Class<?>) collection.getActualTypeArguments()[0];
        assertThat((Collection<?>) value)
            .as(constant.getName())
            .isNotEmpty()
            .allSatisfy(item -> assertThat(item).isInstanceOf(element));
      } else {
        assertThat(value).as(constant.getName()).isInstanceOf((Class<?>) type);
      }
    }
    assertThat(handles).isPositive();
  }

  @Test
  void theExampleGivesAValueToEveryField() {
    assertThat(everyField().keySet())
        .as("give each new field a valid value in FieldRoundTripTest.everyField()")
        .containsExactlyInAnyOrderElementsOf(StandardField.inOrder());
  }

  @Test
  void eachFieldArrivesFromTheRowToTheEntityAndBack() {
    VenueRecord record = VenueRecord.parse(everyField());
    Map<StandardField, String> written = record.toStandardRow();
    Venue venue = new Venue("hub", record, Instant.parse("2026-01-01T00:00:00Z"));
    Map<StandardField, String> stored = venue.toStandardRow();

    for (Field<?> field : Fields.all()) {
      assertThat(written.get(field.standard()))
          .as("text of %s read from the row", field)
          .isNotBlank();
      assertThat(stored.get(field.standard()))
          .as("text of %s read back from the entity", field)
          .isEqualTo(written.get(field.standard()));
      assertThat(venue.standardText(field.standard()))
          .as("text of %s read alone", field)
          .isEqualTo(stored.get(field.standard()));
    }
    assertThat(VenueRecord.parse(stored))
        .as("the entity's row reads again the same")
        .isEqualTo(record);
  }

  @Test
  void aCopiedVenueHasEveryField() {
    Venue venue =
        new Venue("hub", VenueRecord.parse(everyField()), Instant.parse("2026-01-01T00:00:00Z"));
    MergedVenue merged = new MergedVenue(venue.getId(), Instant.parse("2026-01-01T00:00:00Z"));
    merged.copyFields(venue);

    Map<StandardField, String> row = venue.toStandardRow();
    row.remove(StandardField.ID);
    Map<StandardField, String> copied = merged.toStandardRow();
    copied.remove(StandardField.ID);
    assertThat(copied).isEqualTo(row);
  }

  @Test
  void eachColumnOfTheEntityIsAFieldOfTheStandardOrKnownOtherwise() {
    Set<String> fieldColumns =
        Fields.all().stream()
            .map(Field::standard)
            .filter(f -> f != StandardField.ID)
            .map(FieldColumns::columnName)
            .collect(Collectors.toSet());
    Set<String> columns =
        Arrays.stream(VenueFields.class.getDeclaredFields())
            .filter(f -> !Modifier.isStatic(f.getModifiers()))
            .map(java.lang.reflect.Field::getName)
            .filter(name -> !OTHER_COLUMNS.contains(name))
            .collect(Collectors.toSet());
    assertThat(columns).containsExactlyInAnyOrderElementsOf(fieldColumns);
  }
}
