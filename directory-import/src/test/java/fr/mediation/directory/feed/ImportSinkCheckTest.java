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
      """
      mapping: 1
      format: csv
      csv: {delimiter: ";"}
      skip:
        - {column: etat, equals: INACTIF, reason: Lieu marqué inactif}
      fields:
        id: id
        pivot: {value: "00000000000000"}
        nom: nom
        adresse: {value: 1 place des Arcades}
        code_postal: cp
        commune: {value: Épernay}
        date_maj: {value: "2024-01-01"}
      """;

  private static List<MappedRow> rows(String csv) {
    return MappingEngine.map(
        csv.getBytes(StandardCharsets.UTF_8), FeedMappings.read(new StringReader(MAPPING), "test"));
  }

  @Test
  void aDryRunReportsWhatTheImportWouldDoAndWritesNothing() {
    List<MappedRow> rows =
        rows(
            """
            id;nom;etat;cp
            KEPT;Médiathèque;actif;51200
            K2;Espace public numérique;actif;51200
            K3;France services;actif;51200
            NEW;Tiers-lieu;actif;51200
            BAD;Cyber-base;actif;5120
            OFF;Ancien lieu;INACTIF;51200
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
                rows("id;nom;etat;cp\nNEW;Tiers-lieu;actif;51200\n")::stream);

    assertThat(report.status()).isEqualTo(ImportRun.Status.HELD);
    assertThat(report.retired()).isZero();
    assertThat(report.messageFr()).contains("ce fichier retirerait 4 des 4 lieux", "(100 %)");
    assertThat(writer.asked).as("nothing held").isEmpty();
  }
}
