package fr.mediation.directory.geo;

import java.util.Optional;

/** Turns an address, a postcode, a commune name or an INSEE code into a position. */
public interface Geocoder {

  /**
   * Locates a query.
   *
   * @return the position and how precise it is; empty when the query cannot be located
   */
  Optional<GeocodedPosition> geocode(GeocodingQuery query);
}
