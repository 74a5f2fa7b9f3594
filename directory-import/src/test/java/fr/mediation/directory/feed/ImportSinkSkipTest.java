package fr.mediation.directory.feed;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.feed.mapping.FeedMappings;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.source.Source;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
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
      """
      mapping: 1
      format: csv
      csv: {delimiter: ";"}
      skip:
        - {column: etat, equals: INACTIF, reason: Lieu marqué inactif}
        - {column: nom, matches: '(?i)\\(test\\)', reason: Fiche de test}
      fields:
        id: id
        pivot: {value: "00000000000000"}
        nom: nom
        adresse: {value: 1 place des Arcades}
        code_postal: {value: "51200"}
        commune: {value: Épernay}
        date_maj: {value: "2024-01-01"}
      """;

  static class RecordingWriter extends ImportWriter {
    final List<Accepted> staged = new ArrayList<>();
    List<String> retired;
    Map<String, Integer> skipped;
    int read;

    @Override
    public Map<String, Known> known(String sourceKey) {
      return Map.of(
          "KEPT", new Known("old", false),
          "K2", new Known("old", false),
          "K3", new Known("old", false),
          "GONE", new Known("old", false));
    }

    @Override
    public void stage(long runId, List<Accepted> chunk) {
      staged.addAll(chunk);
    }

    @Override
    public ImportRun publish(
        long runId,
        String sourceKey,
        Map<String, Known> known,
        List<String> toRetire,
        RowTally tally,
        Instant now) {
      this.retired = toRetire;
      this.skipped = tally.skipped();
      this.read = tally.read();
      return new ImportRun(sourceKey, "sha", now);
    }
  }

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
    RecordingWriter writer = new RecordingWriter();
    ImportSink sink = new ImportSink();
    sink.writer = writer;

    ImportReport report = sink.store(new Source("hub", Instant.EPOCH), 1, rows::stream);

    assertThat(report.skipped()).isEqualTo(Map.of("Lieu marqué inactif", 1, "Fiche de test", 1));
    assertThat(report.rejected()).isEmpty();
    assertThat(writer.staged)
        .extracting(a -> a.record().id().value())
        .containsExactly("KEPT", "K2", "K3");
    assertThat(writer.retired).containsExactly("GONE");
    assertThat(writer.read).isEqualTo(5);
    assertThat(writer.skipped)
        .as("recorded with the run")
        .isEqualTo(Map.of("Lieu marqué inactif", 1, "Fiche de test", 1));
  }
}
