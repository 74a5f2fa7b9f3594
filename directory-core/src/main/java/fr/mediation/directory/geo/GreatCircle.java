package fr.mediation.directory.geo;

/** Distances along the Earth's surface between WGS 84 positions, on a sphere. */
public final class GreatCircle {

  /** The Earth's mean radius, in metres. */
  private static final double EARTH_RADIUS_M = 6_371_000;

  private GreatCircle() {}

  /** The haversine distance between two positions (degrees), in metres. */
  public static double metres(
      double latitudeA, double longitudeA, double latitudeB, double longitudeB) {
    double lat1 = Math.toRadians(latitudeA);
    double lat2 = Math.toRadians(latitudeB);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(longitudeB - longitudeA);
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
