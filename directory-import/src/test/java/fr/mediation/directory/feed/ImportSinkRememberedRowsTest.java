package fr.mediation.directory.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.mediation.directory.feed.mapping.FeedMappings;
import fr.mediation.directory.feed.mapping.FieldWarning;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.feed.mapping.MappingEngine;
import fr.mediation.directory.geo.Communes;
import fr.mediation.directory.geo.GazetteerGeocoder;
import fr.mediation.directory.geo.GeocodedPosition;
import fr.mediation.directory.geo.Geocoder;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.field.StandardField;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A hub's next file is mostly its last one: a row the same as at its last import, whose venue has
 * not changed since, is unchanged without being validated and placed again, and reports the
 * warnings it raised then.
 */
class ImportSinkRememberedRowsTest {

  private static final String MAPPING = ImportSinkHeldTest.MAPPING + "  telephone: telephone\n";

  private final RecordingWriter writer = new RecordingWriter();

  private static List<MappedRow> rows(String csv) {
    return MappingEngine.map(
        csv.getBytes(StandardCharsets.UTF_8), FeedMappings.read(new StringReader(MAPPING), "test"));
  }

  private ImportReport importing(String csv) {
    List<MappedRow> rows = rows(csv);
    ImportReport report = writer.sink().store(new Source("hub", Instant.EPOCH), 1, rows::stream);
    // As the publication leaves them: the staged venues stored with their fingerprints.
    for (ImportWriter.Accepted a : writer.chunks.stream().flatMap(List::stream).toList()) {
      writer.stored.put(
          a.record().id().value(),
          new ImportWriter.Known(Venue.fingerprint(a.standardRow()), false));
    }
    writer.chunks.clear();
    return report;
  }

  /** 1,300 rows: some rejected (no name), some repeating an id, some losing their phone. */
  private static String file(int renamed) {
    StringBuilder csv = new StringBuilder("id;nom;telephone\n");
    for (int i = 1; i <= 1300; i++) {
      String id = i > 600 && i % 97 == 0 ? "EPN-" + (i - 600) : "EPN-" + i;
      String name = i % 53 == 0 ? "" : "Espace numérique n° " + i + (i == renamed ? " bis" : "");
      String phone = i % 31 == 0 ? "12" : "03 26 55 00 00";
      csv.append(id).append(';').append(name).append(';').append(phone).append('\n');
    }
    return csv.toString();
  }

  @Test
  void theSameFileAgainGivesTheSameReportFromWhatItsRowsPreparedInto() {
    ImportReport first = importing(file(0));
    int accepted = writer.tally.accepted();
    assertThat(writer.memos.size()).isEqualTo(accepted);

    ImportReport again = importing(file(0));

    assertThat(writer.chunks).isEmpty();
    assertThat(writer.tally.unchanged()).isEqualTo(accepted).isEqualTo(1269);
    assertThat(again.warned()).isEqualTo(first.warned());
    assertThat(again.rejected())
        .extracting(RejectedRow::number, r -> r.errors().get(0).frenchMessage())
        .isEqualTo(
            first.rejected().stream()
                .map(r -> tuple(r.number(), r.errors().get(0).frenchMessage()))
                .toList());
  }

  @Test
  void aRememberedRowIsNotPreparedAgain() {
    importing("id;nom;telephone\nA;Médiathèque d'Épernay;12\nB;Espace Clic;03 26 55 00 00\n");
    // What A prepared into, its warnings told otherwise: a row prepared again would not say this.
    RowMemo a = writer.memos.get("A");
    FieldWarning told = new FieldWarning(StandardField.TELEPHONE, "12", "Told.", "Dit.");
    writer.memos.put("A", new RowMemo("A", a.digest(), a.fingerprint(), List.of(told)));

    ImportReport again =
        importing("id;nom;telephone\nA;Médiathèque d'Épernay;12\nB;Espace Clic;03 26 55 00 00\n");

    assertThat(again.warned()).extracting(WarnedRow::localId).contains("A");
    assertThat(again.warned().stream().filter(w -> w.localId().equals("A")).findFirst())
        .get()
        .extracting(WarnedRow::warnings)
        .isEqualTo(List.of(told));
  }

  @Test
  void aRowWhoseVenueChangedSinceOrThatChangedIsPreparedAndStagedAgain() {
    importing(file(0));
    writer.stored.put("EPN-2", new ImportWriter.Known("changed by someone else", false));
    String before = writer.memos.get("EPN-5").digest();

    importing(file(5));

    assertThat(writer.tally.unchanged()).isEqualTo(1267);
    assertThat(writer.memos.get("EPN-5").digest()).isNotEqualTo(before);
    importing(file(5));
    assertThat(writer.tally.unchanged()).isEqualTo(1269);
  }

  @Test
  void aRetiredVenueSentAgainIsStagedThoughItsRowIsRemembered() {
    importing("id;nom\nA;Médiathèque d'Épernay\n");
    writer.stored.put("A", new ImportWriter.Known(writer.stored.get("A").fingerprint(), true));

    importing("id;nom\nA;Médiathèque d'Épernay\n");

    assertThat(writer.tally.unchanged()).isZero();
  }

  @Test
  void aCheckUsesWhatRowsPreparedIntoButRemembersNothing() {
    importing("id;nom\nA;Médiathèque d'Épernay\n");
    writer.memos.clear();

    writer
        .sink()
        .check(new Source("hub", Instant.EPOCH), rows("id;nom\nA;Médiathèque d'Épernay\n")::stream);

    assertThat(writer.memos).isEmpty();
  }

  @Test
  void aRowPlacedByAGeocoderWhoseAnswersMayChangeIsNotRemembered() {
    Geocoder web =
        new Geocoder() {
          @Override
          public Optional<GeocodedPosition> geocode(
              fr.mediation.directory.geo.GeocodingQuery query) {
            return new GazetteerGeocoder().geocode(query);
          }
        };
    MappedRow row = rows("id;nom\nA;Médiathèque d'Épernay\n").get(0);
    Instant now = Instant.EPOCH;

    RowPreparation.Prepared byWeb =
        new RowPreparation(
                new PlaceNormaliser(Communes.get(), web), "hub", Map.of(), Map.of(), false, now)
            .prepare(row);
    RowPreparation.Prepared byReference =
        new RowPreparation(
                new PlaceNormaliser(Communes.get(), new GazetteerGeocoder()),
                "hub",
                Map.of(),
                Map.of(),
                false,
                now)
            .prepare(row);

    assertThat(byWeb.accepted()).isNotNull();
    assertThat(byWeb.remember()).isNull();
    assertThat(byReference.remember()).isNotNull();
  }
}
