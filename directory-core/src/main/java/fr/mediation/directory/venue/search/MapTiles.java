package fr.mediation.directory.venue.search;

/**
 * Web Mercator tiles (the slippy-map scheme of OpenStreetMap and every web map): cell keys of
 * venues per zoom level, for server-side clusters, and the grid map views are snapped to.
 */
public final class MapTiles {

  /** Zoom levels whose cells are indexed. */
  public static final int MIN_ZOOM = 2;

  public static final int MAX_ZOOM = 20;

  /** Cells of a clusters answer are a tile split 8 x 8 (about 32 pixels of a 256-pixel tile). */
  public static final int CELL_ZOOM_OFFSET = 3;

  private static final double MAX_LATITUDE = 85.05112878;

  private MapTiles() {}

  /** The key of the tile holding a point at {@code zoom}: {@code x * 2^zoom + y}. */
  public static long cell(double latitude, double longitude, int zoom) {
    long n = 1L << zoom;
    return column(longitude, zoom) * n + row(latitude, zoom);
  }

  /** The zoom level of the cells that group venues for a map shown at {@code zoom}. */
  public static int cellZoom(int zoom) {
    return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom + CELL_ZOOM_OFFSET));
  }

  /**
   * {@code box} grown to whole tiles of {@code zoom}: every view within the same tiles gets the
   * same box, so that neighbouring map views share one answer. A side beyond the Mercator range
   * (past ±85.05° of latitude) is kept as given.
   */
  public static VenueQuery.BoundingBox snap(VenueQuery.BoundingBox box, int zoom) {
    long west = column(box.minLon(), zoom);
    long east = column(box.maxLon(), zoom);
    long north = row(box.maxLat(), zoom);
    long south = row(box.minLat(), zoom);
    return new VenueQuery.BoundingBox(
        Math.min(box.minLon(), longitude(west, zoom)),
        Math.min(box.minLat(), latitude(south + 1, zoom)),
        Math.max(box.maxLon(), longitude(east + 1, zoom)),
        Math.max(box.maxLat(), latitude(north, zoom)));
  }

  /**
   * How many tiles of {@code zoom} {@code box} covers: a box ending exactly on a tile edge (as a
   * snapped one does) does not count the tile beyond it.
   */
  public static long tiles(VenueQuery.BoundingBox box, int zoom) {
    long west = column(box.minLon(), zoom);
    long east = column(box.maxLon(), zoom);
    if (east > west && longitude(east, zoom) >= box.maxLon()) {
      east--;
    }
    long north = row(box.maxLat(), zoom);
    long south = row(box.minLat(), zoom);
    if (south > north && latitude(south, zoom) <= box.minLat()) {
      south--;
    }
    return Math.max(1, east - west + 1) * Math.max(1, south - north + 1);
  }

  private static long column(double longitude, int zoom) {
    long n = 1L << zoom;
    long x = (long) Math.floor((longitude + 180) / 360 * n);
    return Math.max(0, Math.min(n - 1, x));
  }

  private static long row(double latitude, int zoom) {
    long n = 1L << zoom;
    double lat = Math.toRadians(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude)));
    long y = (long) Math.floor((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * n);
    return Math.max(0, Math.min(n - 1, y));
  }

  /** The western edge of tile column {@code x}. */
  private static double longitude(long x, int zoom) {
    return (double) x / (1L << zoom) * 360 - 180;
  }

  /** The northern edge of tile row {@code y}. */
  private static double latitude(long y, int zoom) {
    double n = Math.PI * (1 - 2.0 * y / (1L << zoom));
    return Math.toDegrees(Math.atan(Math.sinh(n)));
  }
}
