package fr.mediation.directory.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Geocoders tried in order: the first answer at the precision of the commune or finer wins.
 *
 * <p>An answer coarser than {@link Precision#COMMUNE} ({@link Precision#POSTCODE}) is kept while
 * the next geocoders are asked; it is the answer only when none of them does better. So {@code new
 * FallbackGeocoder(ban, new GazetteerGeocoder())} answers with BAN's address, street or commune,
 * and with the gazetteer's commune when BAN has nothing (an unknown address, a refused answer, BAN
 * unreachable) or only something coarser than a commune.
 *
 * <p>Thread-safe when its geocoders are.
 */
public final class FallbackGeocoder implements Geocoder {

  private final List<Geocoder> geocoders;

  /**
   * @param geocoders the geocoders, in the order to try them; at least one
   */
  public FallbackGeocoder(List<? extends Geocoder> geocoders) {
    Objects.requireNonNull(geocoders, "geocoders");
    if (geocoders.isEmpty()) {
      throw new IllegalArgumentException("No geocoder to fall back on");
    }
    this.geocoders = List.copyOf(geocoders); // rejects nulls
  }

  /**
   * @param first the geocoder tried first
   * @param others the geocoders tried next, in order
   */
  public FallbackGeocoder(Geocoder first, Geocoder... others) {
    this(concat(first, others));
  }

  /** The geocoders, in the order they are tried. */
  public List<Geocoder> geocoders() {
    return geocoders;
  }

  @Override
  public Optional<GeocodedPosition> geocode(GeocodingQuery query) {
    Objects.requireNonNull(query, "query");
    GeocodedPosition coarse = null;
    for (Geocoder geocoder : geocoders) {
      Optional<GeocodedPosition> answer = geocoder.geocode(query);
      if (answer.isEmpty()) {
        continue;
      }
      GeocodedPosition position = answer.get();
      if (position.precision().isAtLeast(Precision.COMMUNE)) {
        return answer;
      }
      if (coarse == null
          || (position.precision() != coarse.precision()
              && position.precision().isAtLeast(coarse.precision()))) {
        coarse = position;
      }
    }
    return Optional.ofNullable(coarse);
  }

  @Override
  public String toString() {
    return "FallbackGeocoder" + geocoders;
  }

  private static List<Geocoder> concat(Geocoder first, Geocoder... others) {
    List<Geocoder> all = new ArrayList<>(1 + others.length);
    all.add(Objects.requireNonNull(first, "first"));
    for (Geocoder other : others) {
      all.add(Objects.requireNonNull(other, "geocoder"));
    }
    return all;
  }
}
