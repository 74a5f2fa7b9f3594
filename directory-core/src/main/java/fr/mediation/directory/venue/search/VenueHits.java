package fr.mediation.directory.venue.search;

import java.util.List;

/** A page of hits and the total number of venues that match. */
public record VenueHits(long total, List<VenueHit> hits) {}
