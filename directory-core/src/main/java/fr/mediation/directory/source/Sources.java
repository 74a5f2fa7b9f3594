package fr.mediation.directory.source;

import fr.mediation.directory.database.QueryTimeouts;
import fr.mediation.directory.message.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The stored sources, their runs and the reasons of each run. */
@ApplicationScoped
@Transactional
public class Sources {

  private static final String MESSAGES = "fr.mediation.directory.source.messages";

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  @Inject RunsInPublication inPublication;

  /**
   * Staged rows of runs concluded here are deleted in the background once the conclusion commits.
   */
  @Inject Event<StagedRowsReleased> released;

  /** The reads the public API serves (sources, runs, reasons) are time-limited. */
  @Inject QueryTimeouts timeouts;

  public Optional<Source> find(String key) {
    return Optional.ofNullable(entityManager.find(Source.class, key));
  }

  /** Every source, by key. */
  public List<Source> all() {
    return timeouts
        .limit(entityManager.createQuery("select s from Source s order by s.key", Source.class))
        .getResultList();
  }

  /** Stores a new source or the changes of a known one. */
  public Source save(Source source) {
    return entityManager.merge(source);
  }

  /** The source whose push key is {@code key}, if any. */
  public Optional<Source> byPushKey(String key) {
    return entityManager
        .createQuery("select s from Source s where s.keySha256 = :hash", Source.class)
        .setParameter("hash", sha256(key))
        .getResultStream()
        .findFirst();
  }

  /**
   * Gives source {@code key} a new push key, returned once: only its SHA-256 is stored.
   *
   * @return the new key, to hand to the hub
   */
  public String newPushKey(String key) {
    Source source = find(key).orElseThrow(() -> new IllegalArgumentException("No source " + key));
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String pushKey = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    source.setKeySha256(sha256(pushKey));
    return pushKey;
  }

  /** How many venues the source publishes now (not retired). */
  public long activeVenues(String key) {
    return timeouts
        .limit(
            entityManager.createQuery(
                "select count(v) from Venue v where v.sourceKey = :s and v.retiredAt is null",
                Long.class))
        .setParameter("s", key)
        .getSingleResult();
  }

  /** The source's runs, newest first. */
  public List<ImportRun> runs(String key, int limit) {
    return timeouts
        .limit(
            entityManager.createQuery(
                "select r from ImportRun r where r.sourceKey = :s order by r.id desc",
                ImportRun.class))
        .setParameter("s", key)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Run {@code id} of source {@code key}. */
  public Optional<ImportRun> run(String key, long id) {
    ImportRun run = entityManager.find(ImportRun.class, id);
    return run != null && run.getSourceKey().equals(key) ? Optional.of(run) : Optional.empty();
  }

  /** The reasons of run {@code runId}, by row. */
  public List<ImportIssue> issues(long runId, ImportIssue.Kind kind) {
    return timeouts
        .limit(
            entityManager.createQuery(
                "select i from ImportIssue i where i.runId = :run and i.kind = :kind"
                    + " order by i.rowNumber, i.id",
                ImportIssue.class))
        .setParameter("run", runId)
        .setParameter("kind", kind)
        .getResultList();
  }

  /** The rows run {@code runId} skipped, by reason (the mapping's, in French), most first. */
  public Map<String, Integer> skipped(long runId) {
    Map<String, Integer> byReason = new LinkedHashMap<>();
    entityManager
        .createQuery(
            "select key(s), value(s) from ImportRun r join r.skipped s where r.id = :run"
                + " order by value(s) desc, key(s)",
            Object[].class)
        .setParameter("run", runId)
        .getResultList()
        .forEach(row -> byReason.put((String) row[0], ((Number) row[1]).intValue()));
    return byReason;
  }

  /** The source's last successful run, if any. */
  public Optional<ImportRun> lastSucceededRun(String key) {
    return entityManager
        .createQuery(
            "select r from ImportRun r where r.sourceKey = :s and r.status = :ok order by r.id desc",
            ImportRun.class)
        .setParameter("s", key)
        .setParameter("ok", ImportRun.Status.SUCCEEDED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * Whether the way source {@code key}'s file is read (format, mapping) changed since its last
   * successful import: the same file must then be read again.
   */
  public boolean readingChangedSinceLastImport(Source source) {
    return source.getReadingChangedAt() != null
        && lastSucceededRun(source.getKey())
            .map(r -> r.getStartedAt().isBefore(source.getReadingChangedAt()))
            .orElse(false);
  }

  /** The content hash of the source's last imported file, if any. */
  public Optional<String> lastImportedSha(String key) {
    return entityManager
        .createQuery(
            "select r.contentSha256 from ImportRun r where r.sourceKey = :s"
                + " and r.status = :ok order by r.id desc",
            String.class)
        .setParameter("s", key)
        .setParameter("ok", ImportRun.Status.SUCCEEDED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Remembers the validators of the file last pulled for source {@code key}. */
  public void savePullState(String key, String etag, String lastModified) {
    find(key).ifPresent(s -> s.pulled(etag, lastModified));
  }

  /** When source {@code key} was last run by {@code trigger}, if ever. */
  public Optional<java.time.Instant> lastRunAt(String key, ImportRun.Trigger trigger) {
    return entityManager
        .createQuery(
            "select max(r.startedAt) from ImportRun r where r.sourceKey = :s and r.trigger = :t",
            java.time.Instant.class)
        .setParameter("s", key)
        .setParameter("t", trigger)
        .getResultStream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  /** The run of source {@code key} that is running now, if any (on any node). */
  public Optional<ImportRun> runningRun(String key) {
    return entityManager
        .createQuery("select r from ImportRun r where r.activeSource = :s", ImportRun.class)
        .setParameter("s", key)
        .getResultStream()
        .findFirst();
  }

  /**
   * Concludes as {@link ImportRun.Status#INTERRUPTED} the runs that {@code node} left running (and
   * those of servers that did not record their name), which frees their sources: called at
   * start-up, when no import of this node can be running. The rows they had staged are left to
   * {@link StagedRowPurge}: deleting tens of thousands of them here would hold the start.
   *
   * @return the runs concluded so
   */
  public List<ImportRun> interruptRunsLeftBy(String node, Instant now) {
    List<ImportRun> orphans =
        entityManager
            .createQuery(
                "select r from ImportRun r where r.status = :running"
                    + " and (r.node = :node or r.node is null) order by r.id",
                ImportRun.class)
            .setParameter("running", ImportRun.Status.RUNNING)
            .setParameter("node", node)
            .getResultList();
    for (ImportRun run : orphans) {
      run.finish(run.getRowsRead(), run.getRowsAccepted(), run.getRowsRejected(), now);
      Message interrupted = Message.of(MESSAGES, "run.interrupted.restart");
      run.conclude(ImportRun.Status.INTERRUPTED, interrupted);
    }
    return orphans;
  }

  /**
   * Records that {@code node} is alive and still running its running runs (but those it is
   * publishing, whose rows the publication holds).
   *
   * @return how many runs it refreshed
   */
  public int heartbeat(String node, Instant now) {
    Set<Long> busy = inPublication.ids();
    jakarta.persistence.Query update =
        entityManager
            .createQuery(
                "update ImportRun r set r.heartbeatAt = :now where r.status = :running"
                    + " and r.node = :node"
                    + (busy.isEmpty() ? "" : " and r.id not in :busy"))
            .setParameter("now", now)
            .setParameter("running", ImportRun.Status.RUNNING)
            .setParameter("node", node);
    if (!busy.isEmpty()) {
      update.setParameter("busy", busy);
    }
    return update.executeUpdate();
  }

  /**
   * Claims run {@code runId} for its publication: refreshes its heartbeat if it is still running,
   * which locks its row until the publication commits, so that no other node can conclude it as
   * interrupted meanwhile.
   *
   * @return false when the run is no longer running (another node concluded it as interrupted)
   */
  public boolean claimForPublication(long runId, Instant now) {
    return entityManager
            .createQuery(
                "update ImportRun r set r.heartbeatAt = :now where r.id = :id"
                    + " and r.status = :running")
            .setParameter("now", now)
            .setParameter("id", runId)
            .setParameter("running", ImportRun.Status.RUNNING)
            .executeUpdate()
        == 1;
  }

  /**
   * Concludes as {@link ImportRun.Status#INTERRUPTED} the running runs of other nodes whose last
   * heartbeat is before {@code silentSince}: their node died and did not come back. Frees their
   * sources; the rows they had staged are deleted in the background once this commits ({@link
   * StagedRowPurge}). Each run is concluded by an update that checks again that it is running and
   * silent, so that a run published meanwhile (its row locked by the publication, then no longer
   * running) is left alone.
   *
   * @return the ids of the runs concluded so
   */
  public List<Long> interruptRunsSilentSince(Instant silentSince, String exceptNode, Instant now) {
    List<Long> silent =
        entityManager
            .createQuery(
                "select r.id from ImportRun r where r.status = :running"
                    + " and coalesce(r.heartbeatAt, r.startedAt) < :since"
                    + " and (r.node is null or r.node <> :me) order by r.id",
                Long.class)
            .setParameter("running", ImportRun.Status.RUNNING)
            .setParameter("since", silentSince)
            .setParameter("me", exceptNode)
            .getResultList();
    List<Long> interrupted = new java.util.ArrayList<>();
    Message silentNode = Message.of(MESSAGES, "run.interrupted.silent");
    for (Long id : silent) {
      int updated =
          entityManager
              .createQuery(
                  "update ImportRun r set r.status = :interrupted, r.activeSource = null,"
                      + " r.finishedAt = :now, r.completedAt = coalesce(r.completedAt, :now),"
                      + " r.message = :message, r.messageFr = :messageFr"
                      + " where r.id = :id and r.status = :running"
                      + " and coalesce(r.heartbeatAt, r.startedAt) < :since")
              .setParameter("interrupted", ImportRun.Status.INTERRUPTED)
              .setParameter("now", now)
              .setParameter("message", silentNode.en())
              .setParameter("messageFr", silentNode.fr())
              .setParameter("id", id)
              .setParameter("running", ImportRun.Status.RUNNING)
              .setParameter("since", silentSince)
              .executeUpdate();
      if (updated == 1) {
        released.fire(new StagedRowsReleased(id));
        interrupted.add(id);
      }
    }
    return interrupted;
  }

  /**
   * Records as complete the succeeded runs that ended before {@code before} and whose source has no
   * listing waiting for its merged venue any more.
   *
   * @return how many runs were completed
   */
  public int completeRunsEndedBefore(Instant before, Instant now) {
    return entityManager
        .createQuery(
            "update ImportRun r set r.completedAt = :now where r.status = :ok"
                + " and r.completedAt is null and r.finishedAt <= :before"
                + " and not exists (select 1 from Venue v where v.sourceKey = r.sourceKey"
                + " and v.federationPending = true)")
        .setParameter("now", now)
        .setParameter("ok", ImportRun.Status.SUCCEEDED)
        .setParameter("before", before)
        .executeUpdate();
  }

  /** SHA-256 in hexadecimal. */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** SHA-256 in hexadecimal. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * When source {@code key} was last harvested successfully: its file imported, or found unchanged
   * (its venues were then seen in it); a held or failed run is no harvest.
   */
  public Optional<Instant> lastHarvestAt(String key) {
    return Optional.ofNullable(
        entityManager
            .createQuery(
                "select max(r.finishedAt) from ImportRun r where r.sourceKey = :s and r.status in"
                    + " :harvested",
                Instant.class)
            .setParameter("s", key)
            .setParameter(
                "harvested", List.of(ImportRun.Status.SUCCEEDED, ImportRun.Status.UNCHANGED))
            .getSingleResult());
  }

  /** The départements of the venues source {@code key} publishes now, in order. */
  public List<String> territory(String key) {
    java.util.TreeSet<String> departements = new java.util.TreeSet<>();
    for (Object postcode :
        entityManager
            .createQuery(
                "select distinct v.codePostal from Venue v where v.sourceKey = :s"
                    + " and v.retiredAt is null")
            .setParameter("s", key)
            .getResultList()) {
      fr.mediation.directory.geo.Communes.get().byPostcode((String) postcode).stream()
          .findFirst()
          .ifPresent(c -> departements.add(c.departement()));
    }
    return List.copyOf(departements);
  }
}
