package fr.mediation.directory.feed;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The threads beside the importing one on which an import's row work runs ({@link SideBySide}):
 * preparing the file's rows, building the publication's new venues. Outside the server (unit
 * tests), none: the calling thread does all.
 */
@ApplicationScoped
class ImportThreads {

  @Resource ManagedExecutorService managedExecutor;

  /** Where slices run beyond the calling thread: the managed threads; none in unit tests. */
  Executor executor;

  /**
   * Threads working on an import's rows: 0 for one per core (up to four), 1 for the importing
   * thread alone (leaving the other cores to searches while a large file is imported).
   */
  @Inject
  @ConfigProperty(name = "directory.import.threads", defaultValue = "0")
  int threads;

  @PostConstruct
  void useManagedThreads() {
    executor = managedExecutor;
  }

  /** A batch's items mapped on these threads. */
  SideBySide sideBySide() {
    return SideBySide.configured(executor, threads);
  }
}
