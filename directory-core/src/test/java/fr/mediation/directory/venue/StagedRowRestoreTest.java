package fr.mediation.directory.venue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.venue.field.StandardField;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A venue published from its staged row, read back without validating it again, holds exactly what
 * the venue built from the validated record holds: every column, the fingerprint, the grid cell and
 * the ids. A field whose stored form its text does not give back fails here.
 */
public class StagedRowRestoreTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  /** Every persistent field of a venue, by name, as the database would receive it. */
  public static Map<String, Object> columns(Venue venue) {
    Map<String, Object> columns = new LinkedHashMap<>();
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> type = Venue.class; type != Object.class; type = type.getSuperclass()) {
      types.add(type);
    }
    for (Class<?> type : types) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        field.setAccessible(true);
        try {
          columns.put(type.getSimpleName() + "." + field.getName(), field.get(venue));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return columns;
  }

  /**
   * Asserts that the venue built from {@code record} and the one restored from its staged row (as
   * the import stages it) are the same, column by column.
   */
  public static void assertRestoredAsBuilt(VenueRecord record) {
    Venue built = new Venue("hub", record, NOW);
    Venue restored =
        Venue.fromStagedRow("hub", built.toStandardRow(), record.horairesSource(), NOW);
    assertThat(columns(restored)).as(record.id().value()).isEqualTo(columns(built));
  }

  @Test
  void aRowWithEveryFieldIsRestoredAsTheRecordBuildsIt() {
    assertRestoredAsBuilt(VenueRecord.parse(FieldRoundTripTest.everyField()));
  }

  @Test
  void aRowWithOnlyTheRequiredFieldsLeavesTheOthersEmptyAsTheRecordDoes() {
    Map<StandardField, String> row = new EnumMap<>(StandardField.class);
    for (StandardField field : StandardField.inOrder()) {
      if (field.required()) {
        row.put(field, FieldRoundTripTest.everyField().get(field));
      }
    }
    assertRestoredAsBuilt(VenueRecord.parse(row));
  }

  @Test
  void hoursNotReadExactlyKeepTheHubsText() {
    Map<StandardField, String> row = FieldRoundTripTest.everyField();
    row.remove(StandardField.HORAIRES);
    assertRestoredAsBuilt(
        VenueRecord.parse(row).withHoursSource("Lundi matin sur rendez-vous, sauf vacances"));
  }

  @Test
  void anUpdateFromAStagedRowChangesWhatTheRecordsUpdateChanges() {
    Map<StandardField, String> before = FieldRoundTripTest.everyField();
    Map<StandardField, String> after = FieldRoundTripTest.everyField();
    after.put(StandardField.NOM, "Anonymal, nouveau nom");
    after.remove(StandardField.TYPOLOGIE);
    Venue byRecord = new Venue("hub", VenueRecord.parse(before), NOW);
    Venue byStagedRow = new Venue("hub", VenueRecord.parse(before), NOW);
    Instant later = NOW.plusSeconds(3600);

    boolean changedByRecord = byRecord.apply(VenueRecord.parse(after), later);
    boolean changedByStagedRow =
        byStagedRow.applyStaged(
            new Venue("hub", VenueRecord.parse(after), later).toStandardRow(), null, later);

    assertThat(changedByStagedRow).isTrue().isEqualTo(changedByRecord);
    assertThat(columns(byStagedRow)).isEqualTo(columns(byRecord));
    assertThat(
            byStagedRow.applyStaged(
                new Venue("hub", VenueRecord.parse(after), later).toStandardRow(), null, later))
        .as("the same row again changes nothing")
        .isFalse();
  }
}
