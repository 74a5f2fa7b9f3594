package fr.mediation.directory.venue.search;

import fr.mediation.directory.venue.field.Fee;
import fr.mediation.directory.venue.field.Service;
import java.util.Objects;
import java.util.Set;

/**
 * A search for venues. Every criterion is optional; values within one filter are alternatives (a
 * venue matches if it offers any of them), distinct filters must all match.
 *
 * @param near where the person is, and optionally how far they can go; {@code null} for anywhere
 * @param text words to find in the name, commune and presentation; {@code null} for none
 * @param services venues offering at least one of these services; empty for any
 * @param fees venues with at least one of these fee conditions; empty for any
 * @param sort the order of hits
 * @param offset hits to skip
 * @param limit hits to return
 */
public record VenueQuery(
    Near near,
    String text,
    Set<Service> services,
    Set<Fee> fees,
    Sort sort,
    int offset,
    int limit) {

  /** The largest page. */
  public static final int MAX_LIMIT = 100;

  /** A point, and the radius around it in kilometres ({@code null}: no limit, nearest first). */
  public record Near(double latitude, double longitude, Double radiusKm) {}

  /** The order of hits. */
  public enum Sort {
    /** Nearest first; needs {@link #near}. */
    DISTANCE,
    /** Best text match first; needs {@link #text}. */
    RELEVANCE,
    /** Name, alphabetically (case and accents ignored). */
    NAME
  }

  public VenueQuery {
    services = services == null ? Set.of() : Set.copyOf(services);
    fees = fees == null ? Set.of() : Set.copyOf(fees);
    text = text == null || text.isBlank() ? null : text.strip();
    if (sort == null) {
      sort = near != null ? Sort.DISTANCE : text != null ? Sort.RELEVANCE : Sort.NAME;
    }
    if (sort == Sort.DISTANCE) {
      Objects.requireNonNull(near, "sorting by distance needs a point");
    }
    if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
    }
  }
}
