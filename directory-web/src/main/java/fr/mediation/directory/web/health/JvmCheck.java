package fr.mediation.directory.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness: DOWN when threads are deadlocked (only a restart frees them). It reads no database, so
 * that an outage of the database does not make the orchestrator restart every node. The heap in use
 * is in its data.
 */
@Liveness
@ApplicationScoped
public class JvmCheck implements HealthCheck {

  static final String NAME = "jvm";

  @Override
  public HealthCheckResponse call() {
    return check(ManagementFactory.getThreadMXBean());
  }

  static HealthCheckResponse check(ThreadMXBean threads) {
    long[] deadlocked = threads.findDeadlockedThreads();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("deadlocked_threads", deadlocked == null ? 0L : (long) deadlocked.length);
    data.put("heap_used_bytes", heap.getUsed());
    data.put("heap_max_bytes", heap.getMax());
    return deadlocked == null ? Checks.up(NAME, data) : Checks.down(NAME, data);
  }
}
