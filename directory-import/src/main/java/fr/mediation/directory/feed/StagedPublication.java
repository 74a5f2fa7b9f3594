package fr.mediation.directory.feed;

import fr.mediation.directory.feed.ImportWriter.Counts;
import fr.mediation.directory.feed.ImportWriter.Known;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.source.StagedRow;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.field.StandardField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The steps a publication is made of, shared by an import's publication and a held run's release:
 * the staged rows turned into venues, the retirements, what a run kept for its release deleted.
 * Each runs in the caller's transaction, so that the whole publication stays all-or-nothing.
 */
@ApplicationScoped
class StagedPublication {

  static final int FLUSH_EVERY = 200;

  /** Looked up once: {@code Json.create...} looks the provider up again at every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final String MESSAGES = "fr.mediation.directory.feed.messages";

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  /** The import's threads, on which a page's new venues are built side by side. */
  @Inject ImportThreads threads;

  /**
   * Creates or updates the venues of the rows staged by run {@code runId}; the staged rows that
   * turn out unchanged are counted as such.
   */
  Counts apply(long runId, String sourceKey, Map<String, Known> known, Instant now) {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    // Pages in file order along the index (run_id, row_number), ordered by both columns so that the
    // database reads the page from the index instead of sorting every staged row of the run for
    // each page (as paging by id did). Row numbers are unique in a file.
    int after = Integer.MIN_VALUE;
    while (true) {
      List<StagedRow> page =
          entityManager
              .createQuery(
                  "select s from StagedRow s where s.runId = :run and s.rowNumber > :after"
                      + " order by s.runId, s.rowNumber",
                  StagedRow.class)
              .setParameter("run", runId)
              .setParameter("after", after)
              .setMaxResults(FLUSH_EVERY)
              .getResultList();
      if (page.isEmpty()) {
        break;
      }
      loadKnown(page, sourceKey, known);
      // Each row's fields read back, and each new venue built from them, side by side: they need
      // no other row and no database. The persistence context is the calling thread's alone.
      List<Staged> rows = page.stream().map(Staged::of).toList();
      List<Built> built = threads.sideBySide().map(rows, r -> r.build(sourceKey, known, now));
      for (int i = 0; i < rows.size(); i++) {
        Staged staged = rows.get(i);
        Built b = built.get(i);
        if (b.created() != null) {
          entityManager.persist(b.created());
          created++;
        } else {
          Venue venue = entityManager.find(Venue.class, Venue.idFor(sourceKey, staged.localId()));
          venue.setPositionPrecision(staged.positionPrecision());
          if (venue.applyStaged(b.row(), staged.hoursSource(), now)) {
            updated++;
          } else {
            unchanged++;
          }
        }
      }
      after = page.get(page.size() - 1).getRowNumber();
      entityManager.flush();
      entityManager.clear();
    }
    return new Counts(created, updated, unchanged);
  }

  /** A staged row's values, read from its entity on the publishing thread. */
  private record Staged(
      String localId, String standardJson, String hoursSource, String positionPrecision) {
    static Staged of(StagedRow row) {
      return new Staged(
          row.getLocalId(),
          row.getStandardRow(),
          row.getHorairesSource(),
          row.getPositionPrecision());
    }

    /**
     * The row's fields as staged (validated and placed when staged, by this code: read back as they
     * were written, not parsed and validated again), and the venue it creates, or null when the
     * source publishes it already.
     */
    Built build(String sourceKey, Map<String, Known> known, Instant now) {
      Map<StandardField, String> row = StagedRowJson.read(standardJson);
      if (known.containsKey(localId)) {
        return new Built(row, null);
      }
      Venue venue = Venue.fromStagedRow(sourceKey, row, hoursSource, now);
      venue.setPositionPrecision(positionPrecision);
      return new Built(row, venue);
    }
  }

  /** A staged row's fields, and the venue it creates (null for a known one). */
  private record Built(Map<StandardField, String> row, Venue created) {}

  /**
   * Loads the page's venues known already, by one read of many ids, into the persistence context,
   * where each row's {@code find} then takes it: one select per changed row cost a statement and
   * its round trip each.
   */
  private void loadKnown(List<StagedRow> page, String sourceKey, Map<String, Known> known) {
    venues(sourceKey, page.stream().map(StagedRow::getLocalId).filter(known::containsKey).toList());
  }

  /**
   * The venues of {@code sourceKey} with these local ids, by one read of many ids (null for one not
   * found), into the persistence context.
   */
  private List<Venue> venues(String sourceKey, List<String> localIds) {
    if (localIds.isEmpty()) {
      return List.of();
    }
    List<String> ids = localIds.stream().map(localId -> Venue.idFor(sourceKey, localId)).toList();
    return entityManager.unwrap(Session.class).byMultipleIds(Venue.class).multiLoad(ids);
  }

  /** Retires the venues of {@code sourceKey} whose local ids are {@code localIds}. */
  void retire(String sourceKey, List<String> localIds, Instant now) {
    // A page of venues read at once, then each retired: one select per venue cost a statement and
    // its round trip each, for a hub that drops thousands.
    for (int from = 0; from < localIds.size(); from += FLUSH_EVERY) {
      for (Venue venue :
          venues(
              sourceKey, localIds.subList(from, Math.min(from + FLUSH_EVERY, localIds.size())))) {
        if (venue != null) {
          venue.retire(now);
        }
      }
      entityManager.flush();
      entityManager.clear();
    }
  }

  /**
   * Discards the held runs of source {@code sourceKey} other than {@code publishedRunId}: they were
   * decided against the venues as they were before this publication, so releasing one would retire
   * or overwrite from a stale state.
   */
  void discardStaleHeldRuns(String sourceKey, long publishedRunId, Instant now) {
    List<ImportRun> stale =
        entityManager
            .createQuery(
                "select r from ImportRun r where r.sourceKey = :s and r.status = :held"
                    + " and r.id <> :published",
                ImportRun.class)
            .setParameter("s", sourceKey)
            .setParameter("held", ImportRun.Status.HELD)
            .setParameter("published", publishedRunId)
            .getResultList();
    Message discarded = Message.of(MESSAGES, "held.stale", publishedRunId);
    for (ImportRun run : stale) {
      forgetKept(run.getId());
      run.discarded(now, discarded);
    }
  }

  /** Deletes what a run staged, and the retirements a held run recorded for its release. */
  void forgetKept(long runId) {
    entityManager
        .createQuery("delete from StagedRow s where s.runId = :run")
        .setParameter("run", runId)
        .executeUpdate();
    entityManager
        .createNativeQuery("delete from import_held_retirement where run_id = :run")
        .setParameter("run", runId)
        .executeUpdate();
  }

  /** Flushes and clears the persistence context every {@link #FLUSH_EVERY} writes. */
  int flushEvery(int pending) {
    if (++pending % FLUSH_EVERY == 0) {
      entityManager.flush();
      entityManager.clear();
    }
    return pending;
  }

  /** A map of the hub's raw values as JSON, or null when there is none. */
  static String json(Map<String, String> raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    JsonObjectBuilder object = JSON.createObjectBuilder();
    raw.forEach((k, v) -> object.add(k, v == null ? "" : v));
    return object.build().toString();
  }
}
