package fr.mediation.directory.feed;

import fr.mediation.directory.feed.mapping.FieldWarning;
import fr.mediation.directory.index.SearchableAtOnce;
import fr.mediation.directory.source.ImportIssue;
import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.source.ImportRun.Status;
import fr.mediation.directory.source.ImportRun.Trigger;
import fr.mediation.directory.source.NodeName;
import fr.mediation.directory.source.Sources;
import fr.mediation.directory.source.StagedRow;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.StandardField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The transactions of an import: the run's record (which holds the source), the accepted rows
 * staged chunk by chunk, then one transaction that publishes them with the retirements and the
 * run's outcome and issues, so that a file's changes are seen all together or not at all.
 *
 * <p>Over 400 lines because a held run's transactions (hold, release, discard) are kept here beside
 * the publication they share their queries and their all-or-nothing rule with.
 */
@ApplicationScoped
public class ImportWriter {

  private static final int FLUSH_EVERY = 200;

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  @Inject Sources sources;

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
    run.conclude(Status.RUNNING, "Running.", "En cours.");
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
    for (Accepted a : chunk) {
      entityManager.persist(
          new StagedRow(
              runId,
              a.number(),
              a.record().id().value(),
              a.positionPrecision(),
              standardJson(a.standardRow()),
              a.record().horairesSource()));
    }
    entityManager.flush();
    entityManager.clear();
  }

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
      int read,
      int accepted,
      int unchangedBefore,
      List<RejectedRow> rejected,
      List<WarnedRow> warned,
      Map<String, Integer> skipped,
      Instant now) {
    // Another node may have concluded the run as interrupted (its heartbeat stopped, RunLeases):
    // its staged rows are gone and its source may be importing again. Publish nothing then.
    if (!sources.claimForPublication(runId, now)) {
      throw new IllegalStateException(
          "Run " + runId + " is no longer running (concluded as interrupted): nothing published");
    }
    searchableAtOnce();
    Counts counts =
        applyStaged(runId, sourceKey, known, now).plus(new Counts(0, 0, unchangedBefore));
    retire(sourceKey, toRetire, now);
    entityManager
        .createQuery("delete from StagedRow s where s.runId = :run")
        .setParameter("run", runId)
        .executeUpdate();
    discardStaleHeldRuns(sourceKey, runId, now);
    return finish(
        runId,
        read,
        accepted,
        counts,
        toRetire.size(),
        Status.SUCCEEDED,
        ImportMessages.succeeded(read, accepted, counts, rejected.size(), toRetire.size()),
        ImportMessages.succeededFr(read, accepted, counts, rejected.size(), toRetire.size()),
        rejected,
        warned,
        skipped,
        now);
  }

  /**
   * Creates or updates the venues of the rows staged by run {@code runId}, in the caller's
   * transaction; the staged rows that turn out unchanged are counted as such.
   */
  private Counts applyStaged(long runId, String sourceKey, Map<String, Known> known, Instant now) {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    long after = -1;
    while (true) {
      List<StagedRow> page =
          entityManager
              .createQuery(
                  "select s from StagedRow s where s.runId = :run and s.id > :after order by s.id",
                  StagedRow.class)
              .setParameter("run", runId)
              .setParameter("after", after)
              .setMaxResults(FLUSH_EVERY)
              .getResultList();
      if (page.isEmpty()) {
        break;
      }
      for (StagedRow staged : page) {
        after = staged.getId();
        VenueRecord record =
            VenueRecord.parse(standardRow(staged.getStandardRow()))
                .withHoursSource(staged.getHorairesSource());
        if (known.containsKey(staged.getLocalId())) {
          Venue venue =
              entityManager.find(Venue.class, Venue.idFor(sourceKey, staged.getLocalId()));
          venue.setPositionPrecision(staged.getPositionPrecision());
          if (venue.apply(record, now)) {
            updated++;
          } else {
            unchanged++;
          }
        } else {
          Venue venue = new Venue(sourceKey, record, now);
          venue.setPositionPrecision(staged.getPositionPrecision());
          entityManager.persist(venue);
          created++;
        }
      }
      entityManager.flush();
      entityManager.clear();
    }
    return new Counts(created, updated, unchanged);
  }

  /**
   * Ends run {@code runId} as held: nothing is published, but its staged rows stay, with the venues
   * it would retire, so that the administrator can see them and release or discard the run.
   */
  @Transactional
  public ImportRun hold(
      long runId,
      List<String> toRetire,
      int read,
      int accepted,
      int unchanged,
      String message,
      String messageFr,
      List<RejectedRow> rejected,
      List<WarnedRow> warned,
      Map<String, Integer> skipped,
      Instant now) {
    int pending = 0;
    for (String localId : toRetire) {
      entityManager
          .createNativeQuery(
              "insert into import_held_retirement (run_id, local_id) values (:run, :local)")
          .setParameter("run", runId)
          .setParameter("local", localId)
          .executeUpdate();
      pending = flushEvery(pending);
    }
    ImportRun run =
        finish(
            runId,
            read,
            accepted,
            new Counts(0, 0, unchanged),
            0,
            Status.HELD,
            message,
            messageFr,
            rejected,
            warned,
            skipped,
            now);
    run.keptForReview();
    return run;
  }

  /** The local ids of the venues held run {@code runId} would retire, in order. */
  @Transactional
  public List<String> heldRetirements(long runId) {
    List<?> ids =
        entityManager
            .createNativeQuery(
                "select local_id from import_held_retirement where run_id = :run order by local_id")
            .setParameter("run", runId)
            .getResultList();
    return ids.stream().map(String.class::cast).toList();
  }

  /**
   * Takes held run {@code runId} for release: it holds its source (like a running import) until
   * {@link #release} ends it.
   *
   * @throws jakarta.persistence.PersistenceException (or a wrapper) when the source is importing
   */
  @Transactional
  public void takeForRelease(long runId, Instant now) {
    ImportRun run = entityManager.find(ImportRun.class, runId);
    run.releasing(NodeName.current(), now);
    entityManager.flush();
  }

  /**
   * Publishes held run {@code runId} exactly as it was held: its staged rows and the retirements it
   * recorded, in one transaction; the other held runs of its source become stale.
   */
  @Transactional
  public ImportRun release(long runId, String sourceKey, Map<String, Known> known, Instant now) {
    searchableAtOnce();
    ImportRun run = entityManager.find(ImportRun.class, runId);
    int read = run.getRowsRead();
    int accepted = run.getRowsAccepted();
    int rejected = run.getRowsRejected();
    int warned = run.getRowsWarned();
    Counts counts =
        applyStaged(runId, sourceKey, known, now).plus(new Counts(0, 0, run.getRowsUnchanged()));
    List<String> toRetire =
        heldRetirements(runId).stream()
            .filter(id -> known.containsKey(id) && !known.get(id).retired())
            .toList();
    retire(sourceKey, toRetire, now);
    forgetKept(runId);
    discardStaleHeldRuns(sourceKey, runId, now);
    run = entityManager.find(ImportRun.class, runId);
    run.finish(read, accepted, rejected, now);
    run.changes(counts.created(), counts.updated(), counts.unchanged(), toRetire.size(), warned);
    run.conclude(
        Status.SUCCEEDED,
        "Released by the administrator. "
            + ImportMessages.succeeded(read, accepted, counts, rejected, toRetire.size()),
        "Publié par l'administrateur après suspension. "
            + ImportMessages.succeededFr(read, accepted, counts, rejected, toRetire.size()));
    return run;
  }

  /** Puts back as held run {@code runId}, whose release failed: it can be released again. */
  @Transactional
  public void releaseFailed(long runId, String message, String messageFr) {
    entityManager.find(ImportRun.class, runId).heldAgain(message, messageFr);
  }

  /** Discards held run {@code runId}: its staged rows and retirements are deleted. */
  @Transactional
  public ImportRun discard(long runId, Instant now, String message, String messageFr) {
    forgetKept(runId);
    ImportRun run = entityManager.find(ImportRun.class, runId);
    run.discarded(now, message, messageFr);
    return run;
  }

  /**
   * Discards the held runs of source {@code sourceKey} other than {@code publishedRunId}: they were
   * decided against the venues as they were before this publication, so releasing one would retire
   * or overwrite from a stale state.
   */
  private void discardStaleHeldRuns(String sourceKey, long publishedRunId, Instant now) {
    List<ImportRun> stale =
        entityManager
            .createQuery(
                "select r from ImportRun r where r.sourceKey = :s and r.status = :held"
                    + " and r.id <> :published",
                ImportRun.class)
            .setParameter("s", sourceKey)
            .setParameter("held", Status.HELD)
            .setParameter("published", publishedRunId)
            .getResultList();
    for (ImportRun run : stale) {
      forgetKept(run.getId());
      run.discarded(
          now,
          "Discarded: run " + publishedRunId + " of the source was published since.",
          "Écarté : l'import n° "
              + publishedRunId
              + " de la source a été publié depuis ; ce fichier a été examiné d'après des lieux"
              + " qui ont changé. Envoyez-le à nouveau s'il est toujours d'actualité.");
    }
  }

  /** Deletes what a held run kept for its release. */
  private void forgetKept(long runId) {
    entityManager
        .createQuery("delete from StagedRow s where s.runId = :run")
        .setParameter("run", runId)
        .executeUpdate();
    entityManager
        .createNativeQuery("delete from import_held_retirement where run_id = :run")
        .setParameter("run", runId)
        .executeUpdate();
  }

  /**
   * Ends run {@code runId} as failed after an unexpected error, deleting what it staged: nothing
   * was published.
   */
  @Transactional
  public void abandon(long runId, Instant now) {
    entityManager
        .createQuery("delete from StagedRow s where s.runId = :run")
        .setParameter("run", runId)
        .executeUpdate();
    ImportRun run = entityManager.find(ImportRun.class, runId);
    if (run.getStatus() != Status.RUNNING) {
      return; // concluded meanwhile (interrupted by another node): its outcome stands
    }
    run.finish(run.getRowsRead(), run.getRowsAccepted(), run.getRowsRejected(), now);
    run.conclude(
        Status.FAILED,
        "The import failed on an internal error; nothing was changed.",
        "L'import a échoué sur une erreur interne ; rien n'a été modifié.");
  }

  /** Retires the venues of {@code sourceKey} whose local ids are {@code localIds}. */
  @Transactional
  public void retire(String sourceKey, List<String> localIds, Instant now) {
    searchableAtOnce();
    int pending = 0;
    for (String localId : localIds) {
      entityManager.find(Venue.class, Venue.idFor(sourceKey, localId)).retire(now);
      if (++pending % FLUSH_EVERY == 0) {
        entityManager.flush();
        entityManager.clear();
      }
    }
  }

  /** Records how a run ended, with its rejected rows, warnings and skipped rows by reason. */
  @Transactional
  public ImportRun finish(
      long runId,
      int read,
      int accepted,
      Counts counts,
      int retired,
      Status status,
      String message,
      String messageFr,
      List<RejectedRow> rejected,
      List<WarnedRow> warned,
      Map<String, Integer> skipped,
      Instant now) {
    ImportRun run = entityManager.find(ImportRun.class, runId);
    run.finish(read, accepted, rejected.size(), now);
    run.changes(counts.created(), counts.updated(), counts.unchanged(), retired, warned.size());
    run.skipped(skipped);
    run.conclude(status, message, messageFr);
    int pending = 0;
    for (RejectedRow row : rejected) {
      String raw = json(row.raw());
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
        pending = flushEvery(pending);
      }
    }
    for (WarnedRow row : warned) {
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
        pending = flushEvery(pending);
      }
    }
    entityManager.flush();
    return run;
  }

  /**
   * Ends run {@code runId}, which changed nothing: the file could not be read, or was the same as
   * the last one.
   */
  @Transactional
  public ImportRun conclude(
      long runId, Status status, String message, String messageFr, Instant now) {
    ImportRun run = entityManager.find(ImportRun.class, runId);
    run.finish(0, 0, 0, now);
    run.conclude(status, message, messageFr);
    return run;
  }

  /**
   * The index is refreshed at the end of each chunk's transaction, so that its venues can be found
   * at once, but committed to disk on the backend's commit interval rather than once per chunk.
   */
  private void searchableAtOnce() {
    SearchableAtOnce.in(entityManager);
  }

  private int flushEvery(int pending) {
    if (++pending % FLUSH_EVERY == 0) {
      entityManager.flush();
      entityManager.clear();
    }
    return pending;
  }

  private static String standardJson(Map<StandardField, String> row) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    row.forEach((k, v) -> object.add(k.key(), v));
    return object.build().toString();
  }

  private static Map<StandardField, String> standardRow(String json) {
    Map<StandardField, String> row = new EnumMap<>(StandardField.class);
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      object.forEach(
          (k, v) -> StandardField.byKey(k).ifPresent(f -> row.put(f, object.getString(k))));
    }
    return row;
  }

  private static String json(Map<String, String> raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    JsonObjectBuilder object = Json.createObjectBuilder();
    raw.forEach((k, v) -> object.add(k, v == null ? "" : v));
    return object.build().toString();
  }
}
