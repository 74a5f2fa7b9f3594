package fr.mediation.directory.index;

/**
 * The order in which venues are written to the embedded search index: by cells of 0.05 degree
 * (about 5.5 by 3.7 km in metropolitan France), row after row from south to north and west to east
 * within a row, venues without a position last, then by id. A Lucene index keeps its documents in
 * the order they were added (its merges join neighbouring segments), so that a search within a
 * circle then reads a few runs of neighbouring documents instead of documents scattered over the
 * whole index: the raw Lucene search of the API's benchmark ran 2.2 times as many searches a second
 * at a million venues (docs/benchmarks.md, "The index's documents in place order").
 */
final class PlaceOrder {

  /** Cells per degree of latitude and of longitude. */
  static final int CELLS_PER_DEGREE = 20;

  /** More columns than a row holds (360 degrees of longitude). */
  private static final long COLUMNS = 10_000;

  private PlaceOrder() {}

  /**
   * The JPQL {@code order by} terms of merged venues named {@code alias} in place order: the same
   * order as {@link #key}, ties by id.
   */
  static String orderBy(String alias) {
    String latitude = alias + ".latitude";
    String longitude = alias + ".longitude";
    return "case when "
        + latitude
        + " is null or "
        + longitude
        + " is null then 1 else 0 end, floor(("
        + latitude
        + " + 90) * "
        + CELLS_PER_DEGREE
        + "), floor(("
        + longitude
        + " + 180) * "
        + CELLS_PER_DEGREE
        + "), "
        + alias
        + ".id";
  }

  /** The place of a position in the order (the cell's row, then its column); none last. */
  static long key(Double latitude, Double longitude) {
    if (latitude == null || longitude == null) {
      return Long.MAX_VALUE;
    }
    long row = (long) Math.floor((latitude + 90) * CELLS_PER_DEGREE);
    long column = (long) Math.floor((longitude + 180) * CELLS_PER_DEGREE);
    return row * COLUMNS + column;
  }
}
