package fr.mediation.directory.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The staged rows of runs, deleted a batch at a time once their run no longer needs them. */
@ApplicationScoped
public class StagedRows {

  /** Rows deleted per transaction. */
  static final int BATCH = 5_000;

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  /**
   * Deletes up to {@link #BATCH} staged rows of run {@code runId}, the first in the file, along the
   * index {@code (run_id, row_number)}.
   *
   * @return how many were deleted
   */
  @Transactional
  public int deleteBatch(long runId) {
    List<Integer> numbers =
        entityManager
            .createQuery(
                "select s.rowNumber from StagedRow s where s.runId = :run"
                    + " order by s.runId, s.rowNumber",
                Integer.class)
            .setParameter("run", runId)
            .setMaxResults(BATCH)
            .getResultList();
    if (numbers.isEmpty()) {
      return 0;
    }
    return entityManager
        .createQuery("delete from StagedRow s where s.runId = :run and s.rowNumber <= :last")
        .setParameter("run", runId)
        .setParameter("last", numbers.get(numbers.size() - 1))
        .executeUpdate();
  }

  /** The runs that still have staged rows but are neither running nor held. */
  @Transactional
  public List<Long> concludedRunsWithStagedRows() {
    return entityManager
        .createQuery(
            "select r.id from ImportRun r where r.status not in (:running, :held)"
                + " and exists (select 1 from StagedRow s where s.runId = r.id) order by r.id",
            Long.class)
        .setParameter("running", ImportRun.Status.RUNNING)
        .setParameter("held", ImportRun.Status.HELD)
        .getResultList();
  }
}
