package fr.mediation.directory.feed;

import fr.mediation.directory.feed.mapping.FieldWarning;
import fr.mediation.directory.index.SearchableAtOnce;
import fr.mediation.directory.source.ImportIssue;
import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.source.ImportRun.Status;
import fr.mediation.directory.source.ImportRun.Trigger;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The transactions of an import, each short: the run's record, then the accepted rows chunk by
 * chunk, then the retirements, then the run's outcome and issues. The search index follows each
 * commit.
 */
@ApplicationScoped
public class ImportWriter {

  private static final int FLUSH_EVERY = 200;

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  /** A row accepted for import, placed in its commune. */
  record Accepted(
      int number, VenueRecord record, String positionPrecision, List<FieldWarning> warnings) {}

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

  /** Records the start of a run. */
  @Transactional
  public long start(String sourceKey, String sha, Trigger trigger, Instant now) {
    ImportRun run = new ImportRun(sourceKey, sha, now).triggeredBy(trigger);
    run.conclude(Status.RUNNING, "Running.", "En cours.");
    entityManager.persist(run);
    return run.getId();
  }

  /** Creates or updates one chunk of accepted rows; unchanged rows are skipped by fingerprint. */
  @Transactional
  public Counts write(
      String sourceKey, List<Accepted> chunk, Map<String, Known> known, Instant now) {
    searchableAtOnce();
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int pending = 0;
    for (Accepted a : chunk) {
      Known k = known.get(a.record().id().value());
      Venue candidate = new Venue(sourceKey, a.record(), now);
      if (k != null && !k.retired() && candidate.getFingerprint().equals(k.fingerprint())) {
        unchanged++;
        continue;
      }
      if (k == null) {
        candidate.setPositionPrecision(a.positionPrecision());
        entityManager.persist(candidate);
        created++;
      } else {
        Venue venue = entityManager.find(Venue.class, candidate.getId());
        venue.setPositionPrecision(a.positionPrecision());
        if (venue.apply(a.record(), now)) {
          updated++;
        } else {
          unchanged++;
        }
      }
      if (++pending % FLUSH_EVERY == 0) {
        entityManager.flush();
        entityManager.clear();
      }
    }
    return new Counts(created, updated, unchanged);
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

  /** Records how a run ended, with its rejected rows and warnings. */
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
      Instant now) {
    ImportRun run = entityManager.find(ImportRun.class, runId);
    run.finish(read, accepted, rejected.size(), now);
    run.changes(counts.created(), counts.updated(), counts.unchanged(), retired, warned.size());
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

  /** Records a run that changed nothing: the file could not be read, or was the same. */
  @Transactional
  public ImportRun record(
      String sourceKey,
      String sha,
      Trigger trigger,
      Status status,
      String message,
      String messageFr,
      Instant now) {
    ImportRun run = new ImportRun(sourceKey, sha, now).triggeredBy(trigger);
    run.finish(0, 0, 0, now);
    run.conclude(status, message, messageFr);
    entityManager.persist(run);
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

  private static String json(Map<String, String> raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    JsonObjectBuilder object = Json.createObjectBuilder();
    raw.forEach((k, v) -> object.add(k, v == null ? "" : v));
    return object.build().toString();
  }
}
