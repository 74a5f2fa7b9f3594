package fr.mediation.directory.source;

import fr.mediation.directory.source.ImportRun.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each source's health at a glance, for the administrator: its last successful run and how old it
 * is, its last run's status, its held runs waiting for a decision, its failures in a row, and how
 * many venues it publishes. Six aggregate queries, whatever the number of sources and runs.
 */
@ApplicationScoped
@Transactional
public class SourceHealth {

  /** From this many failed runs in a row, a source needs attention. */
  public static final int FAILURES_ALERT = 3;

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  Clock clock = Clock.systemUTC();

  /** A run, in a few words. */
  public record RunFact(long id, Status status, Instant at) {}

  /**
   * The health of one source.
   *
   * @param lastSuccess its last run that read its file successfully (imported or unchanged)
   * @param lastSuccessAge how long ago that was, at the time of asking
   * @param lastRun its newest run
   * @param heldRuns the ids of its held runs waiting for the administrator, newest first
   * @param failuresInARow its failed runs since the last one that was not (pulls that could not
   *     fetch or read the file, unreadable pushes)
   * @param activeVenues how many venues it publishes now
   */
  public record Health(
      Source source,
      RunFact lastSuccess,
      Duration lastSuccessAge,
      RunFact lastRun,
      List<Long> heldRuns,
      int failuresInARow,
      long activeVenues) {

    /** What needs the administrator's attention, in French; empty when all is well. */
    public List<String> attention() {
      List<String> notes = new ArrayList<>();
      if (!heldRuns.isEmpty()) {
        notes.add(
            heldRuns.size() == 1
                ? "1 import suspendu attend une décision"
                : heldRuns.size() + " imports suspendus attendent une décision");
      }
      if (failuresInARow >= FAILURES_ALERT) {
        notes.add(failuresInARow + " échecs de suite");
      }
      if (lastSuccess == null) {
        notes.add("aucun import réussi");
      }
      return notes;
    }
  }

  /** The health of every source, by key. */
  public List<Health> all() {
    Instant now = clock.instant();
    Map<String, RunFact> lastSuccess = new HashMap<>();
    for (Object[] r :
        entityManager
            .createQuery(
                "select r.sourceKey, r.id, r.status, r.finishedAt from ImportRun r where r.id in"
                    + " (select max(r2.id) from ImportRun r2 where r2.status in :ok"
                    + " group by r2.sourceKey)",
                Object[].class)
            .setParameter("ok", List.of(Status.SUCCEEDED, Status.UNCHANGED))
            .getResultList()) {
      lastSuccess.put((String) r[0], fact(r));
    }
    Map<String, RunFact> lastRun = new HashMap<>();
    for (Object[] r :
        entityManager
            .createQuery(
                "select r.sourceKey, r.id, r.status, coalesce(r.finishedAt, r.startedAt)"
                    + " from ImportRun r where r.id in"
                    + " (select max(r2.id) from ImportRun r2 group by r2.sourceKey)",
                Object[].class)
            .getResultList()) {
      lastRun.put((String) r[0], fact(r));
    }
    Map<String, List<Long>> held = new HashMap<>();
    for (Object[] r :
        entityManager
            .createQuery(
                "select r.sourceKey, r.id from ImportRun r where r.status = :held"
                    + " order by r.id desc",
                Object[].class)
            .setParameter("held", Status.HELD)
            .getResultList()) {
      held.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((Long) r[1]);
    }
    Map<String, Long> failures = new HashMap<>();
    for (Object[] r :
        entityManager
            .createQuery(
                "select r.sourceKey, count(r) from ImportRun r where r.status = :failed"
                    + " and r.id > coalesce((select max(r2.id) from ImportRun r2"
                    + " where r2.sourceKey = r.sourceKey and r2.status <> :failed"
                    + " and r2.status <> :running), 0)"
                    + " group by r.sourceKey",
                Object[].class)
            .setParameter("failed", Status.FAILED)
            .setParameter("running", Status.RUNNING)
            .getResultList()) {
      failures.put((String) r[0], (Long) r[1]);
    }
    Map<String, Long> venues = new HashMap<>();
    for (Object[] r :
        entityManager
            .createQuery(
                "select v.sourceKey, count(v) from Venue v where v.retiredAt is null"
                    + " group by v.sourceKey",
                Object[].class)
            .getResultList()) {
      venues.put((String) r[0], (Long) r[1]);
    }
    List<Health> health = new ArrayList<>();
    for (Source source :
        entityManager
            .createQuery("select s from Source s order by s.key", Source.class)
            .getResultList()) {
      String key = source.getKey();
      RunFact success = lastSuccess.get(key);
      health.add(
          new Health(
              source,
              success,
              success == null || success.at() == null ? null : Duration.between(success.at(), now),
              lastRun.get(key),
              held.getOrDefault(key, List.of()),
              failures.getOrDefault(key, 0L).intValue(),
              venues.getOrDefault(key, 0L)));
    }
    return health;
  }

  private static RunFact fact(Object[] r) {
    return new RunFact((Long) r[1], (Status) r[2], (Instant) r[3]);
  }
}
