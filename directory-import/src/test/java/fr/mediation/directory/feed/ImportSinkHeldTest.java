package fr.mediation.directory.feed;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.feed.mapping.FeedMappings;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.feed.mapping.MappingEngine;
import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.source.Source;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run held by the shrink guard keeps, for the administrator, its changed rows staged and the list
 * of venues it would retire, and publishes nothing. The writer records what it is asked (the
 * database's part is tested in directory-web).
 */
class ImportSinkHeldTest {

  /** A mapping of id and name, every other field fixed: shared by the sink's tests. */
  static final String MAPPING = mapping("");

  /** {@link #MAPPING} with {@code skip}, the YAML lines of its skip rules, or empty. */
  static String mapping(String skip) {
    return """
      mapping: 1
      format: csv
      csv: {delimiter: ";"}
      """
        + skip
        + """
      fields:
        id: id
        pivot: {value: "00000000000000"}
        nom: nom
        adresse: {value: 1 place des Arcades}
        code_postal: {value: "51200"}
        commune: {value: Épernay}
        date_maj: {value: "2024-01-01"}
      """;
  }

  @Test
  void aHeldRunStagesItsRowsAndRecordsWhatItWouldRetireButPublishesNothing() {
    List<MappedRow> rows =
        MappingEngine.map(
            """
            id;nom
            KEPT;Médiathèque
            NEW;Tiers-lieu
            """
                .getBytes(StandardCharsets.UTF_8),
            FeedMappings.read(new StringReader(MAPPING), "test"));
    RecordingWriter writer = RecordingWriter.knowing("KEPT", "K2", "K3", "GONE");

    ImportReport report = writer.sink().store(new Source("hub", Instant.EPOCH), 1, rows::stream);

    assertThat(report.status()).isEqualTo(ImportRun.Status.HELD);
    assertThat(report.messageFr()).contains("3 des 4 lieux", "publier ce fichier tel quel");
    assertThat(writer.asked).contains("hold").doesNotContain("publish");
    assertThat(writer.stagedIds()).containsExactly("KEPT", "NEW");
    assertThat(writer.retired).containsExactlyInAnyOrder("K2", "K3", "GONE");
    assertThat(writer.tally.unchanged()).isZero();
  }
}
