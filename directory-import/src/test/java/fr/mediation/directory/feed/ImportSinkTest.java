package fr.mediation.directory.feed;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.feed.mapping.FeedMappings;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.feed.mapping.MappingEngine;
import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.venue.Venue;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

/**
 * How the sink turns a file into the writer's transactions: rows staged chunk by chunk, unchanged
 * rows left out, repeated ids rejected, the venues the file lacks retired with the publication, and
 * a publication that met a concurrent write run again. The writer is replaced by one that records
 * what it is asked (the database's part is tested in directory-web).
 */
class ImportSinkTest {

  private final RecordingWriter writer = new RecordingWriter();

  private ImportReport importing(String csv) {
    List<MappedRow> rows =
        MappingEngine.map(
            csv.getBytes(StandardCharsets.UTF_8),
            FeedMappings.read(new StringReader(ImportSinkHeldTest.MAPPING), "test"));
    return writer.sink().store(new Source("hub", Instant.EPOCH), 1, rows::stream);
  }

  private static String file(int rows) {
    StringBuilder csv = new StringBuilder("id;nom\n");
    for (int i = 1; i <= rows; i++) {
      csv.append("EPN-").append(i).append(";Espace numérique de l'Île n° ").append(i).append('\n');
    }
    return csv.toString();
  }

  @Test
  void aLargeFileIsStagedInChunksOfFiveHundredRowsAndPublishedOnce() {
    importing(file(1201));

    assertThat(writer.chunks).extracting(List::size).containsExactly(500, 500, 201);
    assertThat(writer.publications).isEqualTo(1);
    assertThat(writer.tally.read()).isEqualTo(1201);
    assertThat(writer.tally.accepted()).isEqualTo(1201);
  }

  @Test
  void rowsWhoseFingerprintIsUnchangedAreNeitherStagedNorPublishedAgain() {
    importing(
        """
        id;nom
        A;Médiathèque d'Épernay
        B;Espace « Clic » <b>pour tous</b>
        C;Maison France Services
        """);
    for (ImportWriter.Accepted a : writer.chunks.get(0)) {
      writer.stored.put(
          a.record().id().value(),
          new ImportWriter.Known(Venue.fingerprint(a.standardRow()), false));
    }
    writer.chunks.clear();

    importing(
        """
        id;nom
        A;Médiathèque d'Épernay
        B;Espace « Clic » <b>pour tous</b>
        C;Maison France Services d'Épernay
        """);

    assertThat(writer.stagedIds()).containsExactly("C");
    assertThat(writer.tally.unchanged()).isEqualTo(2);
    assertThat(writer.retired).isEmpty();
  }

  @Test
  void aVenueRetiredEarlierAndSentAgainIsStagedEvenWithItsOldFingerprint() {
    importing("id;nom\nA;Médiathèque d'Épernay\n");
    ImportWriter.Accepted a = writer.chunks.get(0).get(0);
    writer.stored.put("A", new ImportWriter.Known(Venue.fingerprint(a.standardRow()), true));
    writer.chunks.clear();

    importing("id;nom\nA;Médiathèque d'Épernay\n");

    assertThat(writer.stagedIds()).containsExactly("A");
    assertThat(writer.tally.unchanged()).isZero();
  }

  @Test
  void aRowRepeatingAnIdIsRejectedWithTheNumberOfTheRowThatHasIt() {
    ImportReport report =
        importing(
            """
            id;nom
            A;Médiathèque d'Épernay
            A;L'autre médiathèque
            """);

    assertThat(writer.stagedIds()).containsExactly("A");
    assertThat(report.rejected()).hasSize(1);
    assertThat(report.rejected().get(0).number()).isEqualTo(2);
    assertThat(report.rejected().get(0).errors().get(0).frenchMessage())
        .endsWith("« A ». Identifiant déjà utilisé par la ligne 1 du fichier.");
  }

  @Test
  void venuesTheFileNoLongerHoldsAreRetiredWithThePublication() {
    for (String id : List.of("A", "B", "C", "D", "GONE")) {
      writer.stored.put(id, new ImportWriter.Known("old", false));
    }

    importing("id;nom\nA;a\nB;b\nC;c\nD;d\n");

    assertThat(writer.retired).containsExactly("GONE");
  }

  @Test
  void aPublicationThatMeetsAConcurrentWriteOfItsListingsIsRunAgain() {
    // As the container reports it: the transaction's failure, caused by the lock conflict.
    writer.failures.add(
        new IllegalStateException(
            "rolled back", new OptimisticLockException("listing written meanwhile")));

    ImportReport report = importing("id;nom\nA;Médiathèque d'Épernay\n");

    assertThat(writer.publications).isEqualTo(2);
    assertThat(report.sourceKey()).isEqualTo("hub");
  }

  @Test
  void aPublicationTakesItsTurnWithFederationAndIsLeftAloneByTheHeartbeat() {
    importing("id;nom\nA;Médiathèque d'Épernay\n");

    assertThat(writer.publications).isEqualTo(1);
    assertThat(writer.inTurn).containsExactly(true);
    assertThat(writer.leftAloneByHeartbeat).containsExactly(true);
  }

  @Test
  void aPublicationRolledBackByADeadlockOrALockTimeOutRunsAgain() {
    // As H2 reports them through Hibernate: a deadlock, then a lock time-out.
    writer.failures.add(
        new PersistenceException(
            new LockAcquisitionException(
                "could not execute batch",
                new SQLException(
                    "Deadlock detected. The current transaction was rolled back.", "40001"),
                "update venue set ...")));
    writer.failures.add(
        new PersistenceException(
            new SQLException("Timeout trying to lock table \"VENUE\"", "HYT00")));

    ImportReport report = importing("id;nom\nA;Médiathèque d'Épernay\n");

    assertThat(writer.publications).isEqualTo(3);
    assertThat(writer.inTurn).containsOnly(true);
    assertThat(report.status()).isNotEqualTo(ImportRun.Status.FAILED);
  }

  @Test
  void concurrentWritesAreRecognisedAndOtherFailuresAreNot() {
    assertThat(
            ImportSink.isConcurrentWrite(
                new PersistenceException(new SQLException("deadlock detected", "40P01"))))
        .isTrue();
    assertThat(
            ImportSink.isConcurrentWrite(
                new PersistenceException(new SQLException("lock not available", "55P03"))))
        .isTrue();
    assertThat(ImportSink.isConcurrentWrite(new OptimisticLockException())).isTrue();
    assertThat(
            ImportSink.isConcurrentWrite(
                new PersistenceException(new SQLException("duplicate key", "23505"))))
        .isFalse();
    assertThat(ImportSink.isConcurrentWrite(new IllegalStateException("no longer running")))
        .isFalse();
  }
}
