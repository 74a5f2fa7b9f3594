package fr.mediation.directory.venue.search;

/**
 * Web Mercator tiles (the slippy-map scheme of OpenStreetMap and every web map): cell keys of
 * venues per zoom level, for server-side clusters.
 */
public final class MapTiles {

  /** Zoom levels whose cells are indexed. */
  public static final int MIN_ZOOM = 2;

  public static final int MAX_ZOOM = 20;

  private static final double MAX_LATITUDE = 85.05112878;

  private MapTiles() {}

  /** The key of the tile holding a point at {@code zoom}: {@code x * 2^zoom + y}. */
  public static long cell(double latitude, double longitude, int zoom) {
    long n = 1L << zoom;
    double lat = Math.toRadians(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude)));
    long x = (long) Math.floor((longitude + 180) / 360 * n);
    long y = (long) Math.floor((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * n);
    x = Math.max(0, Math.min(n - 1, x));
    y = Math.max(0, Math.min(n - 1, y));
    return x * n + y;
  }
}
