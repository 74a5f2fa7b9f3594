package fr.mediation.directory.geo;

/** Distances along the Earth's surface between WGS 84 positions, on a sphere. */
public final class GreatCircle {

  /** The Earth's mean radius, in metres. */
  private static final double EARTH_RADIUS_M = 6_371_000;

  private GreatCircle() {}

  /** The haversine distance between two positions (degrees), in metres. */
  public static double metres(
      double latitudeA, double longitudeA, double latitudeB, double longitudeB) {
    double h = haversine(latitudeA, longitudeA, latitudeB, longitudeB);
    return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /**
   * The haversine of the angle between two positions (degrees), which grows with their distance:
   * {@code haversine(…) <= haversineOf(d)} tells whether they are within {@code d} metres as {@link
   * #metres} would, without its arc sine (Java's is computed in software: grouping a city measures
   * millions of pairs against a few fixed distances).
   */
  public static double haversine(
      double latitudeA, double longitudeA, double latitudeB, double longitudeB) {
    double lat1 = Math.toRadians(latitudeA);
    double lat2 = Math.toRadians(latitudeB);
    return haversine(lat1, Math.cos(lat1), longitudeA, lat2, Math.cos(lat2), longitudeB);
  }

  /**
   * The same, each latitude given in radians with its cosine, worked out once for a position
   * measured against many (the same value to the last bit).
   */
  public static double haversine(
      double latitudeRadiansA,
      double latitudeCosineA,
      double longitudeA,
      double latitudeRadiansB,
      double latitudeCosineB,
      double longitudeB) {
    double dLat = latitudeRadiansB - latitudeRadiansA;
    double dLon = Math.toRadians(longitudeB - longitudeA);
    double sinLat = Math.sin(dLat / 2);
    double sinLon = Math.sin(dLon / 2);
    return sinLat * sinLat + latitudeCosineA * latitudeCosineB * sinLon * sinLon;
  }

  /**
   * The {@link #haversine} of two positions {@code metres} apart (up to half the Earth's girth).
   */
  public static double haversineOf(double metres) {
    double s = Math.sin(metres / (2 * EARTH_RADIUS_M));
    return s * s;
  }
}
