package fr.mediation.directory.venue.search;

import fr.mediation.directory.venue.MergedVenue;

/**
 * One venue found, with its distance to the query's point in kilometres ({@code null} without a
 * point).
 */
public record VenueHit(MergedVenue venue, Double distanceKm) {}
