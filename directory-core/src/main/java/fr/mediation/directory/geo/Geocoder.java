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

  /**
   * Whether the same query always gets the same answer from this build: true for a reference
   * shipped with it, false (the default) for a web service, whose data and availability change.
   */
  default boolean sameAnswerEachTime() {
    return false;
  }
}
