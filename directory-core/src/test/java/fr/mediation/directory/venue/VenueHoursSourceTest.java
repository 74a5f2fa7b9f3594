package fr.mediation.directory.venue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.venue.field.StandardField;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hours a hub wrote that could not be read exactly: kept as its text, never an open state. */
class VenueHoursSourceTest {

  private static VenueRecord record(String horaires) {
    Map<StandardField, String> row = new EnumMap<>(StandardField.class);
    row.put(StandardField.ID, "1");
    row.put(StandardField.PIVOT, "00000000000000");
    row.put(StandardField.NOM, "EPN");
    row.put(StandardField.COMMUNE, "Nérac");
    row.put(StandardField.CODE_POSTAL, "47600");
    row.put(StandardField.ADRESSE, "1 rue de la Gare");
    row.put(StandardField.DATE_MAJ, "2025-01-01");
    if (horaires != null) {
      row.put(StandardField.HORAIRES, horaires);
    }
    return VenueRecord.parse(row);
  }

  @Test
  void readHoursGiveTheOpenStateAndUnreadableOnesNever() {
    Venue read = new Venue("s", record("Mo-Fr 09:00-12:00"), Instant.EPOCH);
    Venue partly =
        new Venue(
            "s",
            record("Mo 09:00-12:00").withHoursSource("Lundi 9h-12h, mardi sur rendez-vous"),
            Instant.EPOCH);

    assertThat(read.hoursForOpenState()).isEqualTo("Mo-Fr 09:00-12:00");
    assertThat(read.getHorairesSource()).isNull();
    assertThat(partly.getHoraires()).isEqualTo("Mo 09:00-12:00");
    assertThat(partly.getHorairesSource()).isEqualTo("Lundi 9h-12h, mardi sur rendez-vous");
    assertThat(partly.hoursForOpenState()).isNull();
  }

  @Test
  void aChangeOfTheHubsTextAloneIsAChange() {
    Venue venue = new Venue("s", record(null).withHoursSource("Horaires variables"), Instant.EPOCH);
    String before = venue.getFingerprint();

    boolean changed =
        venue.apply(
            record(null).withHoursSource("Voir le programme"), Instant.EPOCH.plusSeconds(1));

    assertThat(changed).isTrue();
    assertThat(venue.getFingerprint()).isNotEqualTo(before);
    assertThat(venue.getHorairesSource()).isEqualTo("Voir le programme");
  }

  @Test
  void aVeryLongTextIsCut() {
    VenueRecord r = record(null).withHoursSource("x".repeat(5000));

    assertThat(r.horairesSource()).hasSize(VenueRecord.MAX_HOURS_SOURCE_LENGTH).endsWith("…");
  }
}
