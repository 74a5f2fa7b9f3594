package fr.mediation.directory.venue.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits and the total number of venues that match.
 *
 * @param totalExact whether {@code total} counts every match, or is a lower bound
 * @param nextCursor where the next page starts, {@code null} after the last page
 * @param facets when asked for: for each filter's key, the number of matching venues per value
 *     (enum constants for {@link LabelFilter}, {@code true}/{@code false} for flags, codes for
 *     areas)
 */
public record VenueHits(
    long total,
    boolean totalExact,
    List<VenueHit> hits,
    String nextCursor,
    Map<String, Map<Object, Long>> facets) {

  public VenueHits(long total, List<VenueHit> hits) {
    this(total, true, hits, null, Map.of());
  }
}
