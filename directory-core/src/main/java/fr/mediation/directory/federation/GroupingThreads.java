package fr.mediation.directory.federation;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads départements are grouped on beside federation's own. Plain threads, not the server's
 * managed executor: grouping reads nothing of the server (no database, no context), and the managed
 * executor runs no task before the application has started, while federation runs during start-up
 * too (the sample data, the listings left pending by a stop), and waits for them. Created when
 * needed and gone after a minute idle; stopped with the application.
 */
@ApplicationScoped
public class GroupingThreads implements Executor {

  private final AtomicInteger count = new AtomicInteger();

  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          new ThreadFactory() {
            @Override
            public Thread newThread(Runnable task) {
              Thread thread = new Thread(task, "federation-grouping-" + count.incrementAndGet());
              thread.setDaemon(true);
              thread.setContextClassLoader(GroupingThreads.class.getClassLoader());
              return thread;
            }
          });

  @Override
  public void execute(Runnable task) {
    threads.execute(task);
  }

  @PreDestroy
  void stop() {
    threads.shutdownNow();
  }
}
