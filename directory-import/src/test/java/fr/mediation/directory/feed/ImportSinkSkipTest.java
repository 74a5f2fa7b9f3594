package fr.mediation.directory.feed;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.feed.mapping.FeedMappings;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.source.Source;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rows the mapping skips: counted by reason in the report, never stored, and a venue imported
 * before and now skipped is retired like one the file no longer holds. The writer is replaced by
 * one that records what it is asked (the database's part is tested in directory-web).
 */
class ImportSinkSkipTest {

  private static final String MAPPING =
      ImportSinkHeldTest.mapping(
          """
          skip:
            - {column: etat, equals: INACTIF, reason: Lieu marqué inactif}
            - {column: nom, matches: '(?i)\\(test\\)', reason: Fiche de test}
          """);

  @Test
  void skippedRowsAreCountedByReasonNotStoredAndTheirVenuesRetired() {
    List<MappedRow> rows =
        fr.mediation.directory.feed.mapping.MappingEngine.map(
            """
            id;nom;etat
            KEPT;Médiathèque;actif
            K2;Espace public numérique;actif
            K3;Tiers-lieu;actif
            GONE;Cyber-base;Inactif
            T1;Essai (TEST);actif
            """
                .getBytes(StandardCharsets.UTF_8),
            FeedMappings.read(new StringReader(MAPPING), "test"));
    RecordingWriter writer = RecordingWriter.knowing("KEPT", "K2", "K3", "GONE");

    ImportReport report = writer.sink().store(new Source("hub", Instant.EPOCH), 1, rows::stream);

    assertThat(report.skipped()).isEqualTo(Map.of("Lieu marqué inactif", 1, "Fiche de test", 1));
    assertThat(report.rejected()).isEmpty();
    assertThat(writer.stagedIds()).containsExactly("KEPT", "K2", "K3");
    assertThat(writer.retired).containsExactly("GONE");
    assertThat(writer.tally.read()).isEqualTo(5);
    assertThat(writer.tally.skipped())
        .as("recorded with the run")
        .isEqualTo(Map.of("Lieu marqué inactif", 1, "Fiche de test", 1));
  }
}
