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
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A dry run ("Vérifier sans publier") goes through the import's passes and reports what the import
 * would do, but never asks the writer to record, stage, publish, hold or retire anything.
 */
class ImportSinkCheckTest {

  /** The source's venues before the file. */
  private static final String[] KNOWN = {"KEPT", "K2", "K3", "GONE"};

  private static final String MAPPING =
      ImportSinkHeldTest.mapping(
          """
          skip:
            - {column: etat, equals: INACTIF, reason: Lieu marqué inactif}
          """);

  private static List<MappedRow> rows(String csv) {
    return MappingEngine.map(
        csv.getBytes(StandardCharsets.UTF_8), FeedMappings.read(new StringReader(MAPPING), "test"));
  }

  @Test
  void aDryRunReportsWhatTheImportWouldDoAndWritesNothing() {
    List<MappedRow> rows =
        rows(
            """
            id;nom;etat
            KEPT;Médiathèque;actif
            K2;Espace public numérique;actif
            K3;France services;actif
            NEW;Tiers-lieu;actif
            BAD;;actif
            OFF;Ancien lieu;INACTIF
            """);
    RecordingWriter writer = RecordingWriter.knowing(KNOWN);

    ImportReport report = writer.sink().check(new Source("hub", Instant.EPOCH), rows::stream);

    assertThat(report.runId()).isNull();
    assertThat(report.status()).isEqualTo(ImportRun.Status.SUCCEEDED);
    assertThat(report.read()).isEqualTo(6);
    assertThat(report.created()).isEqualTo(1);
    assertThat(report.updated()).isEqualTo(3);
    assertThat(report.unchanged()).isZero();
    assertThat(report.retired()).as("GONE is not in the file").isEqualTo(1);
    assertThat(report.rejected()).extracting(RejectedRow::localId).containsExactly("BAD");
    assertThat(report.skipped()).isEqualTo(Map.of("Lieu marqué inactif", 1));
    assertThat(report.messageFr()).startsWith("Vérification sans publication");
    assertThat(writer.asked).as("no run recorded, nothing staged, published or retired").isEmpty();
  }

  @Test
  void aDryRunThatWouldRetireTooManyVenuesSaysTheImportWouldBeHeld() {
    RecordingWriter writer = RecordingWriter.knowing(KNOWN);

    ImportReport report =
        writer
            .sink()
            .check(
                new Source("hub", Instant.EPOCH),
                rows("id;nom;etat\nNEW;Tiers-lieu;actif\n")::stream);

    assertThat(report.status()).isEqualTo(ImportRun.Status.HELD);
    assertThat(report.retired()).isZero();
    assertThat(report.messageFr()).contains("ce fichier retirerait 4 des 4 lieux", "(100 %)");
    assertThat(writer.asked).as("nothing held").isEmpty();
  }
}
