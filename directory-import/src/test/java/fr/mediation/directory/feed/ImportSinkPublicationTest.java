package fr.mediation.directory.feed;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.feed.mapping.FeedMappings;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.feed.mapping.MappingEngine;
import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.source.Source;
import jakarta.persistence.PersistenceException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

/**
 * A publication rewrites the listings federation also writes (their merged ids): on one node it
 * waits for its turn with federation's writes, the heartbeat leaves its locked run alone, and a
 * deadlock or lock time-out met with another node's writes runs it again instead of failing the
 * push.
 */
class ImportSinkPublicationTest {

  private static final byte[] FILE =
      """
      id;nom
      KEPT;Médiathèque
      K2;Espace public numérique
      K3;Tiers-lieu
      GONE;Cyber-base
      """
          .getBytes(StandardCharsets.UTF_8);

  /** Publishes after failing with {@code failures}, one per attempt, noting how it was called. */
  static final class ConflictingWriter extends ImportSinkSkipTest.RecordingWriter {
    final List<RuntimeException> failures = new ArrayList<>();
    final List<Boolean> inTurn = new ArrayList<>();
    final List<Boolean> leftAloneByHeartbeat = new ArrayList<>();
    ImportSink sink;
    int attempts;

    @Override
    public ImportRun publish(
        long runId,
        String sourceKey,
        Map<String, Known> known,
        List<String> toRetire,
        int read,
        int accepted,
        int unchangedBefore,
        List<RejectedRow> rejected,
        List<WarnedRow> warned,
        Map<String, Integer> skipped,
        Instant now) {
      attempts++;
      inTurn.add(sink.writes.heldByCurrentThread());
      leftAloneByHeartbeat.add(sink.inPublication.ids().contains(runId));
      if (!failures.isEmpty()) {
        throw failures.remove(0);
      }
      return super.publish(
          runId,
          sourceKey,
          known,
          toRetire,
          read,
          accepted,
          unchangedBefore,
          rejected,
          warned,
          skipped,
          now);
    }
  }

  private static ImportReport store(ConflictingWriter writer) {
    List<MappedRow> rows =
        MappingEngine.map(
            FILE, FeedMappings.read(new StringReader(ImportSinkHeldTest.MAPPING), "t"));
    ImportSink sink = new ImportSink();
    sink.writer = writer;
    writer.sink = sink;
    return sink.store(new Source("hub", Instant.EPOCH), 7, rows::stream);
  }

  @Test
  void aPublicationTakesItsTurnWithFederationAndIsLeftAloneByTheHeartbeat() {
    ConflictingWriter writer = new ConflictingWriter();

    store(writer);

    assertThat(writer.attempts).isEqualTo(1);
    assertThat(writer.inTurn).containsExactly(true);
    assertThat(writer.leftAloneByHeartbeat).containsExactly(true);
  }

  @Test
  void aPublicationRolledBackByADeadlockOrALockTimeOutRunsAgain() {
    ConflictingWriter writer = new ConflictingWriter();
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

    ImportReport report = store(writer);

    assertThat(writer.attempts).isEqualTo(3);
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
    assertThat(ImportSink.isConcurrentWrite(new jakarta.persistence.OptimisticLockException()))
        .isTrue();
    assertThat(
            ImportSink.isConcurrentWrite(
                new PersistenceException(new SQLException("duplicate key", "23505"))))
        .isFalse();
    assertThat(ImportSink.isConcurrentWrite(new IllegalStateException("no longer running")))
        .isFalse();
  }
}
