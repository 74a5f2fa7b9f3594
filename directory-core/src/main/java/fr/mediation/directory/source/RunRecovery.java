package fr.mediation.directory.source;

import fr.mediation.directory.database.DatabaseMigrations;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * At start-up, concludes as interrupted the runs this server left running when it stopped or
 * crashed: they published nothing (their rows were only staged), and their sources can be imported
 * again.
 */
@ApplicationScoped
public class RunRecovery {

  /** After the migrations, before federation, the sample dataset and the scheduled pulls. */
  public static final int PRIORITY = DatabaseMigrations.PRIORITY + 50;

  private static final Logger LOG = Logger.getLogger(RunRecovery.class.getName());

  @Inject Sources sources;

  void onStart(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object event) {
    for (ImportRun run : sources.interruptRunsLeftBy(NodeName.current(), Instant.now())) {
      LOG.warning(
          () ->
              "Import run "
                  + run.getId()
                  + " of source "
                  + run.getSourceKey()
                  + " was left running by a stop or a crash: concluded as interrupted.");
    }
  }
}
