package fr.mediation.directory.api.venue;

import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.Venues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * One venue by any of its ids, for the API and the pages alike: the directory's id of a merged
 * venue, a merged-away id (the venue it was merged into), or a source's listing written {@code
 * {source}:{id}} or by the listing's own id.
 */
@ApplicationScoped
public class VenueReader {

  /** What an id designates. */
  public sealed interface Lookup {}

  /** The venue, with every field of the standard. */
  public record Found(VenueDetail venue) implements Lookup {}

  /**
   * Another venue: {@code merged} when this id was merged into it (permanent), else a source's
   * listing that belongs to it.
   */
  public record Elsewhere(String id, boolean merged) implements Lookup {}

  /** No source publishes the venue any more, since {@code at}. */
  public record Retired(Instant at) implements Lookup {}

  /** No venue has this id. */
  public record Missing() implements Lookup {}

  @Inject Venues venues;

  @Inject fr.mediation.directory.source.Sources sources;

  /** The clock of open states and closures (fixed in tests). */
  java.time.Clock clock = java.time.Clock.systemUTC();

  /** What {@code id} designates. */
  public Lookup find(String id) {
    Optional<MergedVenue> found = venues.findMerged(id);
    if (found.isEmpty()) {
      int colon = id.indexOf(':');
      Optional<Venue> listing =
          colon > 0
              ? venues.find(id.substring(0, colon), id.substring(colon + 1))
              : venues.find(id);
      return listing
          .map(Venue::getMergedId)
          .<Lookup>map(merged -> new Elsewhere(finalId(merged), false))
          .orElseGet(Missing::new);
    }
    MergedVenue venue = found.get();
    if (venue.getRedirectTo() != null) {
      return new Elsewhere(finalId(venue.getRedirectTo()), true);
    }
    if (venue.getRetiredAt() != null) {
      return new Retired(venue.getRetiredAt());
    }
    java.util.Map<String, Optional<Instant>> harvests = new java.util.HashMap<>();
    return new Found(
        VenueDetail.of(
            venue,
            venues.listingsOf(venue.getId()),
            key -> harvests.computeIfAbsent(key, sources::lastHarvestAt).orElse(null),
            java.time.ZonedDateTime.now(clock)));
  }

  /** The end of a chain of merges starting at {@code id} (merged into a venue merged since...). */
  private String finalId(String id) {
    String current = id;
    for (int hops = 0; hops < 10; hops++) {
      Optional<String> next = venues.findMerged(current).map(MergedVenue::getRedirectTo);
      if (next.isEmpty()) {
        return current;
      }
      current = next.get();
    }
    return current;
  }
}
