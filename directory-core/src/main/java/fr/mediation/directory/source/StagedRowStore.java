package fr.mediation.directory.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The queries of {@link StagedRowPurge}: which runs' staged rows to delete, a batch at a time. */
@ApplicationScoped
@Transactional
public class StagedRowStore {

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  /**
   * The runs that still have staged rows but no longer need them (neither running nor held: a held
   * run keeps its rows for its release), oldest first.
   */
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

  /**
   * Deletes the first {@code max} rows (in file order) staged by run {@code runId} if it is
   * concluded (published, failed, interrupted, discarded); a running or held run keeps its rows.
   *
   * @return how many rows were deleted: 0 when none is left
   */
  public int deleteStagedRowsOfConcludedRun(long runId, int max) {
    ImportRun run = entityManager.find(ImportRun.class, runId);
    if (run == null
        || run.getStatus() == ImportRun.Status.RUNNING
        || run.getStatus() == ImportRun.Status.HELD) {
      return 0;
    }
    // The row number of the last row of the batch, read along the index (run_id, row_number): the
    // delete then takes a range of that index instead of a list of ids.
    List<Integer> last =
        entityManager
            .createQuery(
                "select s.rowNumber from StagedRow s where s.runId = :run"
                    + " order by s.runId, s.rowNumber",
                Integer.class)
            .setParameter("run", runId)
            .setFirstResult(max - 1)
            .setMaxResults(1)
            .getResultList();
    jakarta.persistence.Query delete =
        entityManager
            .createQuery(
                "delete from StagedRow s where s.runId = :run"
                    + (last.isEmpty() ? "" : " and s.rowNumber <= :last"))
            .setParameter("run", runId);
    if (!last.isEmpty()) {
      delete.setParameter("last", last.getFirst());
    }
    return delete.executeUpdate();
  }
}
