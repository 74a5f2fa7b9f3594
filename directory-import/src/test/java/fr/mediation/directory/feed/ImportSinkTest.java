package fr.mediation.directory.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
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
  void rowsPreparedOnSeveralThreadsGiveTheReportAndTheChunksOfOneThread() {
    // Rejected rows (no name), repeated ids (600 rows, a batch and more, after the first), and
    // warnings (a phone number left out), spread over several batches of rows.
    StringBuilder csv = new StringBuilder("id;nom;telephone\n");
    for (int i = 1; i <= 1300; i++) {
      String id = i > 600 && i % 97 == 0 ? "EPN-" + (i - 600) : "EPN-" + i;
      String name = i % 53 == 0 ? "" : "Espace numérique n° " + i;
      String phone = i % 31 == 0 ? "12" : "03 26 55 00 00";
      csv.append(id).append(';').append(name).append(';').append(phone).append('\n');
    }
    String mapping = ImportSinkHeldTest.MAPPING + "  telephone: telephone\n";
    List<MappedRow> rows =
        MappingEngine.map(
            csv.toString().getBytes(StandardCharsets.UTF_8),
            FeedMappings.read(new StringReader(mapping), "test"));
    Source source = new Source("hub", Instant.EPOCH);

    RecordingWriter alone = new RecordingWriter();
    ImportReport one = alone.sink().store(source, 1, rows::stream);
    RecordingWriter beside = new RecordingWriter();
    ImportSink sink = beside.sink();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    AtomicInteger slices = new AtomicInteger();
    sink.threads.executor =
        task -> {
          slices.incrementAndGet();
          pool.execute(task);
        };
    ImportReport several;
    try {
      several = sink.store(source, 1, rows::stream);
    } finally {
      pool.shutdownNow();
    }

    assertThat(slices).hasPositiveValue();
    assertThat(beside.stagedIds()).isEqualTo(alone.stagedIds());
    assertThat(beside.chunks).extracting(List::size).isEqualTo(List.of(500, 500, 269));
    assertThat(several.rejected())
        .extracting(RejectedRow::number, r -> r.errors().get(0).frenchMessage())
        .isEqualTo(
            one.rejected().stream()
                .map(r -> tuple(r.number(), r.errors().get(0).frenchMessage()))
                .toList())
        .contains(
            tuple(
                679,
                "Valeur invalide pour le champ identifiant : « EPN-79 ». Identifiant déjà utilisé"
                    + " par la ligne 79 du fichier."));
    // Every row is placed at its commune's centre, and said so; rows 31, 62... lose their phone.
    assertThat(several.warned())
        .extracting(WarnedRow::number, w -> w.warnings().size())
        .isEqualTo(one.warned().stream().map(w -> tuple(w.number(), w.warnings().size())).toList())
        .contains(tuple(1, 1), tuple(31, 2), tuple(62, 2));
    assertThat(beside.tally.accepted()).isEqualTo(alone.tally.accepted()).isEqualTo(1269);
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
  void anIdWrittenWithANonBreakingSpaceIsTheVenueOfThatIdNeitherRetiredNorRepeated() {
    for (String id : List.of("A", "B", "C", "D")) {
      writer.stored.put(id, new ImportWriter.Known("old", false));
    }

    ImportReport report = importing("id;nom\nA\u00a0;a\nB;b\nC;c\nD;d\n\u200bD;d encore\n");

    assertThat(writer.retired).isEmpty();
    assertThat(report.rejected()).extracting(RejectedRow::number).containsExactly(5);
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
