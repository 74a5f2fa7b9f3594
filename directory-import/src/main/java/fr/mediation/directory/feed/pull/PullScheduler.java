package fr.mediation.directory.feed.pull;

import fr.mediation.directory.database.DatabaseMigrations;
import fr.mediation.directory.source.ImportRun.Trigger;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every minute, pulls the sources whose period has passed since their last pull (Jakarta
 * Concurrency's managed scheduler, so that each pull runs with the application's context). Disabled
 * with {@code directory.pull.enabled=false}.
 */
@ApplicationScoped
public class PullScheduler {

  private static final Logger LOG = Logger.getLogger(PullScheduler.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject Sources sources;

  @Inject PullService pulls;

  @Inject
  @ConfigProperty(name = "directory.pull.enabled", defaultValue = "true")
  boolean enabled;

  private ScheduledFuture<?> task;

  void start(
      @Observes @Priority(DatabaseMigrations.PRIORITY + 200) @Initialized(ApplicationScoped.class) Object event) {
    if (enabled) {
      task = scheduler.scheduleWithFixedDelay(this::pullDueSources, 1, 1, TimeUnit.MINUTES);
    }
  }

  /** Pulls each pull source whose period has passed. */
  void pullDueSources() {
    Instant now = Instant.now();
    for (Source source : sources.all()) {
      if (source.getDelivery() != Source.Delivery.PULL || source.getPullEveryMinutes() == null) {
        continue;
      }
      Duration period = Duration.ofMinutes(source.getPullEveryMinutes());
      boolean due =
          sources
              .lastRunAt(source.getKey(), Trigger.PULL)
              .map(last -> !last.plus(period).isAfter(now))
              .orElse(true);
      if (due) {
        try {
          var report = pulls.pull(source.getKey(), Trigger.PULL);
          LOG.info(
              () -> "Pulled " + source.getKey() + ": " + report.status() + ". " + report.message());
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Pull of " + source.getKey() + " failed", e);
        }
      }
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
