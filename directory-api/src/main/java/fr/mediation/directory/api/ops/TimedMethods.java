package fr.mediation.directory.api.ops;

import fr.mediation.directory.federation.Federation;
import fr.mediation.directory.venue.search.VenueSearch;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.configurator.AnnotatedMethodConfigurator;
import java.util.function.Predicate;

/**
 * Marks the timed methods with {@link Timed} as the container discovers their classes: {@code
 * VenueSearch.search} (every search of the index) and {@code Federation.reconcilePending} (every
 * federation run). Calls of a bean to itself are not intercepted, so a search calling its sibling
 * overload is timed once.
 */
public class TimedMethods implements Extension {

  void timeSearches(@Observes ProcessAnnotatedType<VenueSearch> type) {
    time(type, "search");
  }

  void timeFederation(@Observes ProcessAnnotatedType<Federation> type) {
    time(type, "reconcilePending");
  }

  private static void time(ProcessAnnotatedType<?> type, String method) {
    Predicate<? super AnnotatedMethodConfigurator<?>> named =
        m -> m.getAnnotated().getJavaMember().getName().equals(method);
    type.configureAnnotatedType().methods().stream()
        .filter(named)
        .forEach(m -> m.add(Timed.Literal.INSTANCE));
  }
}
