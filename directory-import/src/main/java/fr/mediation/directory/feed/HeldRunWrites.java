package fr.mediation.directory.feed;

import fr.mediation.directory.feed.ImportWriter.Counts;
import fr.mediation.directory.feed.ImportWriter.Known;
import fr.mediation.directory.index.SearchableAtOnce;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.source.ImportRun.Status;
import fr.mediation.directory.source.NodeName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The transactions of a held run after it was held: taken for release, released (published exactly
 * as it was held, all in one transaction), put back as held when the release failed, or discarded.
 */
@ApplicationScoped
public class HeldRunWrites {

  private static final String MESSAGES = "fr.mediation.directory.feed.messages";

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  @Inject StagedPublication publication;

  /** The local ids of the venues held run {@code runId} would retire, in order. */
  private List<String> heldRetirements(long runId) {
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
    SearchableAtOnce.in(entityManager);
    ImportRun run = entityManager.find(ImportRun.class, runId);
    int read = run.getRowsRead();
    int accepted = run.getRowsAccepted();
    int rejected = run.getRowsRejected();
    int warned = run.getRowsWarned();
    Counts counts =
        publication
            .apply(runId, sourceKey, known, now)
            .plus(new Counts(0, 0, run.getRowsUnchanged()));
    List<String> toRetire =
        heldRetirements(runId).stream()
            .filter(id -> known.containsKey(id) && !known.get(id).retired())
            .toList();
    publication.retire(sourceKey, toRetire, now);
    publication.forgetKept(runId);
    publication.discardStaleHeldRuns(sourceKey, runId, now);
    run = entityManager.find(ImportRun.class, runId);
    run.finish(read, accepted, rejected, now);
    run.changes(counts.created(), counts.updated(), counts.unchanged(), toRetire.size(), warned);
    Message released =
        Message.around(
            MESSAGES,
            "held.released",
            ImportMessages.succeeded(read, accepted, counts, rejected, toRetire.size()));
    run.conclude(Status.SUCCEEDED, released);
    return run;
  }

  /** Puts back as held run {@code runId}, whose release failed: it can be released again. */
  @Transactional
  public void releaseFailed(long runId, Message why) {
    entityManager.find(ImportRun.class, runId).heldAgain(why);
  }

  /** Discards held run {@code runId} at the administrator's request: what it kept is deleted. */
  @Transactional
  public ImportRun discard(long runId, Instant now) {
    publication.forgetKept(runId);
    ImportRun run = entityManager.find(ImportRun.class, runId);
    Message discarded = Message.of(MESSAGES, "held.discarded");
    run.discarded(now, discarded);
    return run;
  }
}
