package fr.mediation.directory.venue.search;

import java.util.List;

/**
 * Venues of a map view grouped by map cell.
 *
 * @param total venues in the view
 * @param clusters one per non-empty cell
 */
public record VenueClusters(long total, List<Cluster> clusters) {

  /**
   * A group of venues: how many, their mean position, and the venue's id when there is one only.
   */
  public record Cluster(long count, double latitude, double longitude, String id) {}
}
