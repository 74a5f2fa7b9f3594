package fr.mediation.directory.api.venue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.api.JsonConfig;
import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.VenueRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The detail's JSON, byte for byte, for a venue with every field of the standard: clients and the
 * national cartography read these names, this order (the directory's own properties among the
 * standard's fields) and these value forms. The expected texts are beside this class in the test
 * resources.
 */
class VenueDetailJsonTest {

  private static final Instant HARVEST = Instant.parse("2026-12-01T03:00:00Z");

  private static final Venue LISTING =
      new Venue("hub", VenueRecord.parse(FieldsInDetailTest.everyField()), HARVEST);

  private static MergedVenue venue() {
    MergedVenue venue = new MergedVenue("merged-1", Instant.EPOCH);
    venue.compose(List.of(LISTING), LocalDate.MIN, Instant.EPOCH);
    venue.setPositionPrecision("SOURCE");
    return venue;
  }

  private static String json(VenueDetail detail) {
    return new JsonConfig().getContext(VenueDetail.class).toJson(detail);
  }

  private static String expected(String name) throws IOException {
    try (InputStream in = VenueDetailJsonTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  @Test
  void theChangeFeedsDetailKeepsItsNamesOrderAndValues() throws IOException {
    assertThat(json(VenueDetail.of(venue()))).isEqualTo(expected("detail-feed.json"));
  }

  @Test
  void theApisDetailAddsSourcesOpenStateAndProvenance() throws IOException {
    ZonedDateTime wednesday = ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneId.of("Europe/Paris"));

    String detail = json(VenueDetail.of(venue(), List.of(LISTING), key -> HARVEST, wednesday));

    assertThat(detail).isEqualTo(expected("detail-api.json"));
  }
}
