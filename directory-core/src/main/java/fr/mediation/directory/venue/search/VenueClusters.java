package fr.mediation.directory.venue.search;

import java.util.List;

/**
 * Venues of a map view grouped by map cell.
 *
 * @param total venues in the view
 * @param zoom the zoom level the clusters were made for: the one asked, or a coarser one when the
 *     view spans more than {@link #MAX_TILES} tiles at the zoom asked
 * @param box the view the clusters were made for: the box asked grown to whole tiles of {@code
 *     zoom}
 * @param clusters one per non-empty cell
 */
public record VenueClusters(
    long total, int zoom, VenueQuery.BoundingBox box, List<Cluster> clusters) {

  /**
   * Largest number of 256-pixel tiles a view may span at its zoom (a screen of about 2,900 x 2,900
   * pixels): a wider view is made for a coarser zoom, so that an answer holds at most {@link
   * #MAX_CELLS} groups whatever the box asked.
   */
  public static final int MAX_TILES = 128;

  /** Largest number of groups in an answer: 8 x 8 cells per tile. */
  public static final int MAX_CELLS = MAX_TILES << (2 * MapTiles.CELL_ZOOM_OFFSET);

  /**
   * A group of venues: how many, their mean position, and the venue's id when there is one only.
   */
  public record Cluster(long count, double latitude, double longitude, String id) {}

  /**
   * The view clusters are made for: {@code box} at {@code zoom}, coarsened until the box spans at
   * most {@link #MAX_TILES} tiles, then grown to whole tiles of that zoom.
   */
  public record View(VenueQuery.BoundingBox box, int zoom) {

    /** The view answered for a request of {@code box} at {@code zoom}. */
    public static View of(VenueQuery.BoundingBox box, int zoom) {
      int level = Math.max(0, zoom);
      while (level > 0 && MapTiles.tiles(box, level) > MAX_TILES) {
        level--;
      }
      return new View(MapTiles.snap(box, level), level);
    }
  }
}
