package fr.mediation.directory.source;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Leases of running imports among the nodes sharing one database. Every {@code
 * directory.import.heartbeat-seconds} (default 30), each node refreshes the heartbeat of the runs
 * it is running, and concludes as interrupted the running runs of other nodes silent for longer
 * than {@code directory.import.lease-seconds} (default 300): a node that died and never comes back
 * (or comes back under another name) does not hold its sources forever. A node's own runs left by a
 * crash are concluded at its start ({@link RunRecovery}).
 *
 * <p>The lease must exceed the heartbeat period by far, and the clocks' drift between nodes:
 * heartbeats are written with the writing node's clock and read with the reading node's.
 */
@ApplicationScoped
public class RunLeases {

  /** After {@link RunRecovery}: a node's own orphans are concluded before it beats. */
  public static final int PRIORITY = RunRecovery.PRIORITY + 10;

  private static final Logger LOG = Logger.getLogger(RunLeases.class.getName());

  @Inject Sources sources;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "directory.import.heartbeat-seconds", defaultValue = "30")
  long heartbeatSeconds;

  @Inject
  @ConfigProperty(name = "directory.import.lease-seconds", defaultValue = "300")
  long leaseSeconds;

  Clock clock = Clock.systemUTC();

  private ScheduledFuture<?> task;

  void start(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object event) {
    if (heartbeatSeconds > 0) {
      task =
          scheduler.scheduleWithFixedDelay(
              this::tick, heartbeatSeconds, heartbeatSeconds, TimeUnit.SECONDS);
    }
  }

  private void tick() {
    try {
      beat(clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Import heartbeat failed (retried at the next one)", e);
    }
  }

  /**
   * One heartbeat at {@code now}: refreshes this node's running runs, then concludes as interrupted
   * those of other nodes silent since before {@code now} minus the lease.
   *
   * @return the ids of the runs concluded as interrupted
   */
  public List<Long> beat(Instant now) {
    sources.heartbeat(NodeName.current(), now);
    List<Long> interrupted =
        sources.interruptRunsSilentSince(now.minus(lease()), NodeName.current(), now);
    for (Long id : interrupted) {
      LOG.warning(
          () ->
              "Import run "
                  + id
                  + " was running on a node silent for more than "
                  + lease()
                  + ": concluded as interrupted, its source freed.");
    }
    return interrupted;
  }

  /** How long a run's node may stay silent before the run is concluded as interrupted. */
  public Duration lease() {
    return Duration.ofSeconds(leaseSeconds);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
