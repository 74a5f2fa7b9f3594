package fr.mediation.directory.api.ops;

import fr.mediation.directory.source.ImportRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the metrics read from the database, shared by every node: import runs and their rows by
 * source, each source's last successful harvest and pull period, the index outbox.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StoredFacts {

  /** Runs of one source ending one way, and the rows they accepted, rejected and warned about. */
  public record Runs(
      String source, String outcome, long runs, long accepted, long rejected, long warned) {}

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  /** Import runs by source and outcome ({@code running} while a run is under way). */
  public List<Runs> runs() {
    return entityManager
        .createQuery(
            "select r.sourceKey, r.status, count(r), sum(r.rowsAccepted), sum(r.rowsRejected),"
                + " sum(r.rowsWarned) from ImportRun r group by r.sourceKey, r.status",
            Object[].class)
        .getResultList()
        .stream()
        .map(
            r ->
                new Runs(
                    (String) r[0],
                    ((ImportRun.Status) r[1]).name().toLowerCase(java.util.Locale.ROOT),
                    number(r[2]),
                    number(r[3]),
                    number(r[4]),
                    number(r[5])))
        .toList();
  }

  /**
   * When each source was last harvested successfully: its file imported, or found unchanged (a held
   * or failed run is no harvest). Sources never harvested are absent.
   */
  public Map<String, Instant> lastHarvests() {
    Map<String, Instant> last = new HashMap<>();
    for (Object[] r :
        entityManager
            .createQuery(
                "select r.sourceKey, max(r.finishedAt) from ImportRun r where r.status in"
                    + " :harvested and r.finishedAt is not null group by r.sourceKey",
                Object[].class)
            .setParameter(
                "harvested", List.of(ImportRun.Status.SUCCEEDED, ImportRun.Status.UNCHANGED))
            .getResultList()) {
      last.put((String) r[0], (Instant) r[1]);
    }
    return last;
  }

  /**
   * Every source's expected period between files, in days ({@code null} value: the directory's
   * default).
   */
  public Map<String, Integer> expectedPeriods() {
    Map<String, Integer> periods = new HashMap<>();
    for (Object[] r :
        entityManager
            .createQuery("select s.key, s.expectedPeriodDays from Source s", Object[].class)
            .getResultList()) {
      periods.put((String) r[0], (Integer) r[1]);
    }
    return periods;
  }

  /** The pull sources' periods, in minutes. */
  public Map<String, Integer> pullPeriods() {
    Map<String, Integer> periods = new HashMap<>();
    for (Object[] r :
        entityManager
            .createQuery(
                "select s.key, s.pullEveryMinutes from Source s where s.pullEveryMinutes is not"
                    + " null",
                Object[].class)
            .getResultList()) {
      periods.put((String) r[0], ((Number) r[1]).intValue());
    }
    return periods;
  }

  /** Indexing events waiting in the outbox (always 0 without outbox-polling coordination). */
  public long outboxEvents() {
    return number(
        entityManager
            .createNativeQuery("select count(*) from hsearch_outbox_event")
            .getSingleResult());
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
