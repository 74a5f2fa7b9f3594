package fr.mediation.directory.feed;

import fr.mediation.directory.feed.mapping.FieldWarning;
import fr.mediation.directory.index.SearchableAtOnce;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.source.ImportIssue;
import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.source.ImportRun.Status;
import fr.mediation.directory.source.ImportRun.Trigger;
import fr.mediation.directory.source.NodeName;
import fr.mediation.directory.source.Sources;
import fr.mediation.directory.source.StagedRowsReleased;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.StandardField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.hibernate.Session;

/**
 * The transactions of an import: the run's record (which holds the source), the accepted rows
 * staged chunk by chunk, then one transaction that publishes them with the retirements and the
 * run's outcome and issues, so that a file's changes are seen all together or not at all.
 *
 * <p>What a held run does after it was held (release, discard) is {@link HeldRunWrites}; the steps
 * a publication shares with a release are {@link StagedPublication}.
 */
@ApplicationScoped
public class ImportWriter {

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  @Inject Sources sources;

  @Inject StagedPublication publication;

  /** Once a run is concluded for good, its staged rows are deleted in the background. */
  @Inject Event<StagedRowsReleased> released;

  /** A row accepted for import, placed in its commune, as a row of the standard. */
  record Accepted(
      int number,
      VenueRecord record,
      Map<StandardField, String> standardRow,
      String positionPrecision) {}

  /** A stored venue of the source, as much as is needed to decide without loading it. */
  record Known(String fingerprint, boolean retired) {}

  /** What a chunk did. */
  record Counts(int created, int updated, int unchanged) {
    Counts plus(Counts other) {
      return new Counts(
          created + other.created, updated + other.updated, unchanged + other.unchanged);
    }
  }

  /** The venues source {@code sourceKey} has published, by local id. */
  @Transactional
  public Map<String, Known> known(String sourceKey) {
    Map<String, Known> known = new HashMap<>();
    for (Object[] v :
        entityManager
            .createQuery(
                "select v.localId, v.fingerprint, v.retiredAt from Venue v where v.sourceKey = :s",
                Object[].class)
            .setParameter("s", sourceKey)
            .getResultList()) {
      known.put((String) v[0], new Known((String) v[1], v[2] != null));
    }
    return known;
  }

  /** What the source's rows prepared into at their last import, by local id ({@link RowMemo}). */
  @Transactional
  public Map<String, RowMemo> memos(String sourceKey) {
    Map<String, RowMemo> memos = new HashMap<>();
    entityManager
        .createNativeQuery(
            "select local_id, row_digest, fingerprint, warnings from prepared_row"
                + " where source_key = :s")
        .setParameter("s", sourceKey)
        .getResultStream()
        .forEach(
            r -> {
              Object[] m = (Object[]) r;
              String localId = (String) m[0];
              memos.put(localId, new RowMemo(localId, (String) m[1], (String) m[2], (String) m[3]));
            });
    return memos;
  }

  /**
   * Remembers what these rows of the source prepared into, in place of what was: one JDBC batch of
   * deletes (of the ids {@code stored} says were remembered before), one insert of many rows (a
   * source imports one file at a time, so no other import writes them).
   */
  @Transactional
  public void remember(String sourceKey, List<RowMemo> memos, Predicate<String> stored) {
    List<Object[]> rows = new ArrayList<>(memos.size());
    for (RowMemo m : memos) {
      rows.add(
          new Object[] {sourceKey, m.localId(), m.digest(), m.fingerprint(), m.warningsJson()});
    }
    entityManager
        .unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement delete =
                  connection.prepareStatement(
                      "delete from prepared_row where source_key = ? and local_id = ?")) {
                boolean deleting = false;
                for (RowMemo m : memos) {
                  if (stored.test(m.localId())) {
                    delete.setString(1, sourceKey);
                    delete.setString(2, m.localId());
                    delete.addBatch();
                    deleting = true;
                  }
                }
                if (deleting) {
                  delete.executeBatch();
                }
              }
              ManyRows.insert(connection, "prepared_row", MEMO_COLUMNS, rows);
            });
  }

  private static final List<String> MEMO_COLUMNS =
      List.of("source_key", "local_id", "row_digest", "fingerprint", "warnings");

  /**
   * Records the start of a run, which holds its source until it ends.
   *
   * @throws jakarta.persistence.PersistenceException (or a wrapper) when the source already has a
   *     running run
   */
  @Transactional
  public long start(String sourceKey, String sha, Trigger trigger, Instant now) {
    ImportRun run =
        new ImportRun(sourceKey, sha, now).triggeredBy(trigger).running(NodeName.current());
    run.conclude(Status.RUNNING, ImportMessages.running());
    entityManager.persist(run);
    entityManager.flush();
    return run.getId();
  }

  /**
   * Stages one chunk of accepted rows of run {@code runId}: nobody sees them before they are
   * published.
   */
  @Transactional
  public void stage(long runId, List<Accepted> chunk) {
    // One statement: the staged rows' ids are generated by the database (an identity), which
    // keeps Hibernate from batching their inserts (it reads each id back).
    List<Object[]> rows = new ArrayList<>(chunk.size());
    for (Accepted a : chunk) {
      rows.add(
          new Object[] {
            runId,
            a.number(),
            a.record().id().value(),
            a.positionPrecision(),
            StagedRowJson.write(a.standardRow()),
            a.record().horairesSource()
          });
    }
    entityManager
        .unwrap(Session.class)
        .doWork(
            connection -> ManyRows.insert(connection, "import_staged_row", STAGED_COLUMNS, rows));
  }

  private static final List<String> STAGED_COLUMNS =
      List.of(
          "run_id",
          "row_number",
          "local_id",
          "position_precision",
          "standard_row",
          "horaires_source");

  /**
   * Publishes the rows staged by run {@code runId} and retires {@code toRetire}, all in one
   * transaction with the run's outcome: a file's changes are visible all together or not at all.
   * Rows whose fingerprint has not changed were not staged.
   */
  @Transactional
  public ImportRun publish(
      long runId,
      String sourceKey,
      Map<String, Known> known,
      List<String> toRetire,
      RowTally tally,
      Instant now) {
    // Another node may have concluded the run as interrupted (its heartbeat stopped, RunLeases):
    // its staged rows are gone and its source may be importing again. Publish nothing then.
    if (!sources.claimForPublication(runId, now)) {
      throw new IllegalStateException(
          "Run " + runId + " is no longer running (concluded as interrupted): nothing published");
    }
    searchableAtOnce();
    Counts counts =
        publication.apply(runId, sourceKey, known, now).plus(new Counts(0, 0, tally.unchanged()));
    retire(sourceKey, toRetire, now);
    // Deleted after the commit, in the background: in this transaction, deleting every staged row
    // of a large file made the commit much longer.
    released.fire(new StagedRowsReleased(runId));
    publication.discardStaleHeldRuns(sourceKey, runId, now);
    int read = tally.read();
    int accepted = tally.accepted();
    int rejected = tally.rejected().size();
    Message published = ImportMessages.succeeded(read, accepted, counts, rejected, toRetire.size());
    return finish(runId, tally, counts, toRetire.size(), Status.SUCCEEDED, published, now);
  }

  /**
   * Ends run {@code runId} as held, for {@code why}: nothing is published, but its staged rows
   * stay, with the venues it would retire, so that the administrator can see them and release or
   * discard the run.
   */
  @Transactional
  public ImportRun hold(
      long runId, List<String> toRetire, RowTally tally, Message why, Instant now) {
    int pending = 0;
    for (String localId : toRetire) {
      entityManager
          .createNativeQuery(
              "insert into import_held_retirement (run_id, local_id) values (:run, :local)")
          .setParameter("run", runId)
          .setParameter("local", localId)
          .executeUpdate();
      pending = publication.flushEvery(pending);
    }
    ImportRun run =
        finish(runId, tally, new Counts(0, 0, tally.unchanged()), 0, Status.HELD, why, now);
    run.keptForReview();
    return run;
  }

  /**
   * Ends run {@code runId} as failed after an unexpected error, deleting what it staged: nothing
   * was published.
   */
  @Transactional
  public void abandon(long runId, Instant now) {
    released.fire(new StagedRowsReleased(runId));
    ImportRun run = entityManager.find(ImportRun.class, runId);
    if (run.getStatus() != Status.RUNNING) {
      return; // concluded meanwhile (interrupted by another node): its outcome stands
    }
    run.finish(run.getRowsRead(), run.getRowsAccepted(), run.getRowsRejected(), now);
    run.conclude(Status.FAILED, ImportMessages.failed());
  }

  /** Retires the venues of {@code sourceKey} whose local ids are {@code localIds}. */
  @Transactional
  public void retire(String sourceKey, List<String> localIds, Instant now) {
    searchableAtOnce();
    publication.retire(sourceKey, localIds, now);
  }

  /**
   * Records how a run ended ({@code status}, said by {@code outcome}), with its rejected rows,
   * warnings and skipped rows by reason.
   */
  @Transactional
  public ImportRun finish(
      long runId,
      RowTally tally,
      Counts counts,
      int retired,
      Status status,
      Message outcome,
      Instant now) {
    ImportRun run = entityManager.find(ImportRun.class, runId);
    run.finish(tally.read(), tally.accepted(), tally.rejected().size(), now);
    run.changes(
        counts.created(), counts.updated(), counts.unchanged(), retired, tally.warned().size());
    run.skipped(tally.skipped());
    run.conclude(status, outcome);
    int pending = 0;
    for (RejectedRow row : tally.rejected()) {
      String raw = StagedPublication.json(row.raw());
      for (InvalidFieldException e : row.errors()) {
        entityManager.persist(
            new ImportIssue(
                runId,
                ImportIssue.Kind.REJECTED,
                row.number(),
                row.localId(),
                e.field().key(),
                e.value(),
                e.getMessage(),
                e.frenchMessage(),
                raw));
        raw = null; // the row is kept once, with its first reason
        pending = publication.flushEvery(pending);
      }
    }
    for (WarnedRow row : tally.warned()) {
      for (FieldWarning w : row.warnings()) {
        entityManager.persist(
            new ImportIssue(
                runId,
                ImportIssue.Kind.WARNING,
                row.number(),
                row.localId(),
                w.field().key(),
                w.value(),
                w.message(),
                w.messageFr(),
                null));
        pending = publication.flushEvery(pending);
      }
    }
    entityManager.flush();
    return run;
  }

  /**
   * Ends run {@code runId}, which changed nothing, as {@code outcome} says: the file could not be
   * read, or was the same as the last one.
   */
  @Transactional
  public ImportRun conclude(long runId, Status status, Message outcome, Instant now) {
    if (status == Status.FAILED) {
      // A file unreadable halfway may have staged rows before it failed.
      released.fire(new StagedRowsReleased(runId));
    }
    ImportRun run = entityManager.find(ImportRun.class, runId);
    run.finish(0, 0, 0, now);
    run.conclude(status, outcome);
    return run;
  }

  /**
   * The index is refreshed at the end of each chunk's transaction, so that its venues can be found
   * at once, but committed to disk on the backend's commit interval rather than once per chunk.
   */
  private void searchableAtOnce() {
    SearchableAtOnce.in(entityManager);
  }
}
