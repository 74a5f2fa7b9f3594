package fr.mediation.directory.venue.search;

import fr.mediation.directory.venue.field.Fee;
import fr.mediation.directory.venue.field.Service;
import fr.mediation.directory.venue.hours.Closure;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One venue found, as a list of results shows it, read from the index alone (no database access).
 *
 * @param horairesSource the hub's text of hours not read exactly (null when {@code horaires} says
 *     all)
 * @param distanceKm distance to the query's point in kilometres ({@code null} without a point)
 * @param closures the temporary closures and exceptional hours recorded for the venue
 */
public record VenueHit(
    String id,
    String nom,
    String adresse,
    String complementAdresse,
    String codePostal,
    String commune,
    String codeInsee,
    Double latitude,
    Double longitude,
    String telephone,
    String horaires,
    String horairesSource,
    Set<Service> services,
    Set<Fee> fraisACharge,
    Double distanceKm,
    List<Closure> closures) {

  /** Labels in the standard's order, as the venue's own page lists them. */
  public VenueHit {
    services = ordered(services);
    fraisACharge = ordered(fraisACharge);
    closures = closures == null ? List.of() : List.copyOf(closures);
  }

  private static <E extends Enum<E>> Set<E> ordered(Collection<E> values) {
    return values == null || values.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(values));
  }
}
