package fr.mediation.directory.feed;

import fr.mediation.directory.federation.FederationQueue;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.source.ImportRun.Status;
import fr.mediation.directory.source.RunsInPublication;
import fr.mediation.directory.source.Sources;
import fr.mediation.directory.venue.ListingWrites;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The administrator's side of the shrink guard: a run held because its file would retire too many
 * venues keeps its staged rows and the venues it would retire; the administrator sees them, then
 * releases the run (its file is published exactly as it was read, with those retirements) or
 * discards it. A run is released only while nothing was published for its source since it was held:
 * any publication discards the source's other held runs, which were read against venues that have
 * changed.
 */
@ApplicationScoped
public class HeldImports {

  /** The conflicts' texts: the {@code held.conflict.*} messages of the feed's bundle. */
  private static final String MESSAGES = "fr.mediation.directory.feed.messages";

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  @Inject Sources sources;

  @Inject ImportWriter writer;

  @Inject HeldRunWrites heldRuns;

  /** Turns with federation's writes; set by CDI, a fresh one in unit tests. */
  @Inject ListingWrites writes = new ListingWrites();

  /** The runs this node publishes; set by CDI, a fresh one in unit tests. */
  @Inject RunsInPublication inPublication = new RunsInPublication();

  @Inject FederationQueue federation;

  Clock clock = Clock.systemUTC();

  /** A venue a held run would retire. */
  public record Retiring(
      String localId,
      String venueId,
      String mergedId,
      String nom,
      String codePostal,
      String commune) {}

  /**
   * What a held run would do if released: retire {@code retiringCount} of the source's {@code
   * active} venues (the first of them listed in {@code retiring}, by name), create {@code creating}
   * and update {@code updating} ones.
   *
   * @param refusal why it cannot be released, in French; empty when it can
   */
  public record Review(
      ImportRun run,
      long active,
      long retiringCount,
      List<Retiring> retiring,
      long creating,
      long updating,
      Optional<String> refusal) {

    /** The share of the source's venues the run would retire, from 0 to 1. */
    public double retiringShare() {
      return active == 0 ? 0 : (double) retiringCount / active;
    }

    public boolean releasable() {
      return refusal.isEmpty();
    }
  }

  /**
   * What held run {@code runId} of source {@code sourceKey} would do, with up to {@code limit}
   * venues it would retire from the {@code offset}-th on (by name).
   *
   * @return empty when the source has no such run
   */
  @Transactional
  public Optional<Review> review(String sourceKey, long runId, int limit, int offset) {
    Optional<ImportRun> found = sources.run(sourceKey, runId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ImportRun run = found.get();
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select v.local_id, v.id, f.merged_id, v.nom, v.code_postal, v.commune"
                    + " from import_held_retirement h join venue v"
                    + " on v.source_key = :s and v.local_id = h.local_id"
                    + " left join venue_federation f on f.venue_id = v.id"
                    + " where h.run_id = :run order by v.nom, v.local_id")
            .setParameter("s", sourceKey)
            .setParameter("run", runId)
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList();
    List<Retiring> retiring = new ArrayList<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      retiring.add(
          new Retiring(
              (String) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              (String) r[4],
              (String) r[5]));
    }
    long retiringCount =
        count("select count(*) from import_held_retirement where run_id = :run", runId, null);
    long staged = count("select count(*) from import_staged_row where run_id = :run", runId, null);
    long updating =
        count(
            "select count(*) from import_staged_row s where s.run_id = :run and exists (select 1"
                + " from venue v where v.source_key = :s and v.local_id = s.local_id)",
            runId,
            sourceKey);
    return Optional.of(
        new Review(
            run,
            sources.activeVenues(sourceKey),
            retiringCount,
            retiring,
            staged - updating,
            updating,
            refusal(run).map(HeldRunConflictException::messageFr)));
  }

  private long count(String sql, long runId, String sourceKey) {
    var query = entityManager.createNativeQuery(sql).setParameter("run", runId);
    if (sourceKey != null) {
      query.setParameter("s", sourceKey);
    }
    return ((Number) query.getSingleResult()).longValue();
  }

  /** The held runs of source {@code sourceKey} that may still be released, newest first. */
  @Transactional
  public List<ImportRun> pending(String sourceKey) {
    return entityManager
        .createQuery(
            "select r from ImportRun r where r.sourceKey = :s and r.status = :held"
                + " order by r.id desc",
            ImportRun.class)
        .setParameter("s", sourceKey)
        .setParameter("held", Status.HELD)
        .getResultList();
  }

  /**
   * Publishes held run {@code runId} of source {@code sourceKey} exactly as it was held; its merged
   * venues follow in the background, like an import's.
   *
   * @throws java.util.NoSuchElementException when the source has no such run
   * @throws HeldRunConflictException when the run cannot be released (not held, or stale)
   * @throws ImportBusyException when the source is importing a file
   */
  public ImportRun release(String sourceKey, long runId) {
    ImportRun run = sources.run(sourceKey, runId).orElseThrow();
    Optional<HeldRunConflictException> refused = refusal(run);
    if (refused.isPresent()) {
      throw refused.get();
    }
    String message = run.getMessage();
    String messageFr = run.getMessageFr();
    try {
      heldRuns.takeForRelease(runId, clock.instant());
    } catch (RuntimeException e) {
      throw ImportBusyException.orFailure(sources, sourceKey, e);
    }
    ImportRun released;
    try {
      // Like an import's publication: in turn with federation's writes on this node, rolled back
      // whole and run again when it meets another node's.
      released =
          ImportSink.publication(
              inPublication,
              writes,
              runId,
              () -> heldRuns.release(runId, sourceKey, writer.known(sourceKey), clock.instant()));
    } catch (RuntimeException e) {
      heldRuns.releaseFailed(runId, new Message(message, messageFr));
      throw e;
    }
    federation.request();
    return released;
  }

  /**
   * Discards held run {@code runId} of source {@code sourceKey}: what it kept is deleted, nothing
   * changes.
   *
   * @throws java.util.NoSuchElementException when the source has no such run
   * @throws HeldRunConflictException when the run is not held
   */
  public ImportRun discard(String sourceKey, long runId) {
    ImportRun run = sources.run(sourceKey, runId).orElseThrow();
    if (run.getStatus() != Status.HELD) {
      throw notHeld(run);
    }
    return heldRuns.discard(runId, clock.instant());
  }

  /** Why {@code run} cannot be released, if it cannot. */
  Optional<HeldRunConflictException> refusal(ImportRun run) {
    if (run.getStatus() != Status.HELD) {
      return Optional.of(notHeld(run));
    }
    Optional<ImportRun> newer =
        sources.lastSucceededRun(run.getSourceKey()).filter(r -> r.getId() > run.getId());
    if (newer.isPresent()) {
      return Optional.of(newerPublished(run, newer.get().getId()));
    }
    if (!run.isKeptForReview()) {
      return Optional.of(conflict("held.conflict.unkept", run.getId()));
    }
    return Optional.empty();
  }

  static HeldRunConflictException newerPublished(ImportRun run, long newer) {
    return conflict("held.conflict.newer", newer, run.getId());
  }

  private static HeldRunConflictException notHeld(ImportRun run) {
    String status = run.getStatus().name().toLowerCase(java.util.Locale.ROOT);
    String key =
        switch (run.getStatus()) {
          case SUCCEEDED ->
              run.getDecidedAt() != null
                  ? "held.conflict.published.by.admin"
                  : "held.conflict.published";
          case DISCARDED -> "held.conflict.discarded";
          case RUNNING -> "held.conflict.running";
          default -> "held.conflict.not.held";
        };
    return conflict(key, run.getId(), status, lowerFirst(run.getMessageFr()));
  }

  /** A conflict whose texts are the message {@code key} of the feed's bundle. */
  private static HeldRunConflictException conflict(String key, Object... arguments) {
    Message message = Message.of(MESSAGES, key, arguments);
    return new HeldRunConflictException(message.en(), message.fr());
  }

  private static String lowerFirst(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
