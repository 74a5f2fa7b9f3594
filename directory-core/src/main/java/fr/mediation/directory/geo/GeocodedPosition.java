package fr.mediation.directory.geo;

import java.util.Objects;

/**
 * Where a {@link GeocodingQuery} was located.
 *
 * @param latitude WGS 84 latitude
 * @param longitude WGS 84 longitude
 * @param precision how precisely it is located
 * @param label what was matched, for people: "Paris 15e Arrondissement (75115)"
 * @param inseeCode the INSEE code of the commune (or arrondissement, or former commune) matched;
 *     {@code null} when the geocoder matched no commune
 */
public record GeocodedPosition(
    double latitude, double longitude, Precision precision, String label, String inseeCode) {

  public GeocodedPosition {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("Not a WGS 84 position: " + latitude + ", " + longitude);
    }
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(label, "label");
  }
}
