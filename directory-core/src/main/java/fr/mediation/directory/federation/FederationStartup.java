package fr.mediation.directory.federation;

import fr.mediation.directory.database.DatabaseMigrations;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * At start-up, checks federation's settings (a wrong one stops the start with its name and value,
 * rather than failing the first import or regrouping), then composes in the background the merged
 * venues of listings left pending (by an interrupted federation, or by an upgrade from a version
 * without federation): the server serves searches meanwhile, with the merged venues as they were.
 */
@ApplicationScoped
public class FederationStartup {

  /** After the migrations, before the sample dataset and the scheduled pulls. */
  public static final int PRIORITY = DatabaseMigrations.PRIORITY + 60;

  @Inject FederationQueue queue;

  @Inject Federation federation;

  void onStart(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object event) {
    federation.checkSettings();
    queue.request();
  }
}
