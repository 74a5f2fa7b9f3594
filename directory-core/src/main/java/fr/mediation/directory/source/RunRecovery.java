package fr.mediation.directory.source;

import fr.mediation.directory.database.DatabaseMigrations;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * At start-up, concludes as interrupted the runs this server left running when it stopped or
 * crashed, in one short transaction: they published nothing (their rows were only staged), and
 * their sources can be imported again at once. Their staged rows are deleted in the background
 * ({@link StagedRowPurge}), after the start.
 */
@ApplicationScoped
public class RunRecovery {

  /** After the migrations, before federation, the sample dataset and the scheduled pulls. */
  public static final int PRIORITY = DatabaseMigrations.PRIORITY + 50;

  private static final Logger LOG = Logger.getLogger(RunRecovery.class.getName());

  @Inject Sources sources;

  @Inject StagedRowPurge purge;

  void onStart(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object event) {
    recover(Instant.now());
  }

  /**
   * Concludes as interrupted the runs this node left running, then starts deleting in the
   * background the staged rows of concluded runs (these, and those a previous deletion left when
   * the node died again).
   *
   * @return the runs concluded now
   */
  public List<ImportRun> recover(Instant now) {
    List<ImportRun> interrupted = sources.interruptRunsLeftBy(NodeName.current(), now);
    for (ImportRun run : interrupted) {
      LOG.warning(
          () ->
              "Import run "
                  + run.getId()
                  + " of source "
                  + run.getSourceKey()
                  + " was left running by a stop or a crash: concluded as interrupted.");
    }
    purge.start();
    return interrupted;
  }
}
