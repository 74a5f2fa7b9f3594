package fr.mediation.directory.api.ops;

import fr.mediation.directory.federation.Federation;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Duration;

/** Records the duration of the methods marked {@link Timed}, failed calls included. */
@Timed
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE + 100)
public class TimedInterceptor {

  @Inject Metrics metrics;

  @AroundInvoke
  Object time(InvocationContext call) throws Exception {
    long start = System.nanoTime();
    try {
      return call.proceed();
    } finally {
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      if (Federation.class.isAssignableFrom(call.getMethod().getDeclaringClass())) {
        metrics.federated(elapsed);
      } else {
        metrics.searched(elapsed);
      }
    }
  }
}
