package fr.mediation.directory.venue.search;

import fr.mediation.directory.venue.field.Fee;
import fr.mediation.directory.venue.field.Service;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A search for venues. Every criterion is optional; values within one filter are alternatives (a
 * venue matches if it offers any of them), distinct filters must all match.
 *
 * @param near where the person is, and optionally how far they can go; {@code null} for anywhere
 * @param text words to find in the name, commune, presentation and services; {@code null} for none
 * @param labels filters on the standard's enumerated fields: values of {@link LabelFilter#type()}
 * @param flags yes/no filters
 * @param area a bounding box and/or administrative areas; {@code null} for anywhere
 * @param open when the venue must be open; {@code null} for any time
 * @param sort the order of hits
 * @param offset hits to skip (ignored with a cursor)
 * @param limit hits to return
 * @param cursor where the previous page ended ({@link VenueHits#nextCursor()}); {@code null} for
 *     the first page
 * @param facets whether to count the values of every filter among the matching venues
 */
public record VenueQuery(
    Near near,
    String text,
    Map<LabelFilter, Set<? extends Enum<?>>> labels,
    Map<FlagFilter, Boolean> flags,
    Area area,
    Open open,
    Sort sort,
    int offset,
    int limit,
    String cursor,
    boolean facets) {

  /** The largest page. */
  public static final int MAX_LIMIT = 100;

  /** The largest offset: deeper pages are read by cursor (sorts by distance or name). */
  public static final int MAX_OFFSET = 10_000;

  /** A point, and the radius around it in kilometres ({@code null}: no limit, nearest first). */
  public record Near(double latitude, double longitude, Double radiusKm) {}

  /** A box (west, south, east, north in degrees). */
  public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {}

  /**
   * Where venues must be: in a box and/or in one of the communes (INSEE codes; a city with
   * arrondissements includes them), départements or régions given. Empty sets for no constraint.
   */
  public record Area(
      BoundingBox box, Set<String> communes, Set<String> departements, Set<String> regions) {
    public Area {
      communes = communes == null ? Set.of() : Set.copyOf(communes);
      departements = departements == null ? Set.of() : Set.copyOf(departements);
      regions = regions == null ? Set.of() : Set.copyOf(regions);
    }

    boolean isEmpty() {
      return box == null && communes.isEmpty() && departements.isEmpty() && regions.isEmpty();
    }
  }

  /**
   * When venues must be open: at an instant (each venue's own clock), at a local date-time (the
   * same wall-clock time for every venue, e.g. "Saturday 10:00"), and/or some time on Saturday.
   */
  public record Open(Instant at, LocalDateTime atLocal, boolean saturday) {}

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
    labels = labels == null ? Map.of() : copy(labels);
    flags = flags == null ? Map.of() : Map.copyOf(flags);
    area = area == null || area.isEmpty() ? null : area;
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

  /** A search by point, words, services and fees. */
  public VenueQuery(
      Near near,
      String text,
      Set<Service> services,
      Set<Fee> fees,
      Sort sort,
      int offset,
      int limit) {
    this(
        near, text, labels(services, fees), Map.of(), null, null, sort, offset, limit, null, false);
  }

  /**
   * Whether this query filters on the facet {@code key}: a {@link LabelFilter#key()}, a {@link
   * FlagFilter#key()}, {@link IndexFields#DEPARTEMENT} or {@link IndexFields#REGION}.
   */
  public boolean filters(String key) {
    if (key.equals(IndexFields.DEPARTEMENT)) {
      return area != null && !area.departements().isEmpty();
    }
    if (key.equals(IndexFields.REGION)) {
      return area != null && !area.regions().isEmpty();
    }
    return labels.keySet().stream().anyMatch(filter -> filter.key().equals(key))
        || flags.keySet().stream().anyMatch(flag -> flag.key().equals(key));
  }

  /** This query without its filter on the facet {@code key} (see {@link #filters}). */
  public VenueQuery without(String key) {
    Map<LabelFilter, Set<? extends Enum<?>>> otherLabels = new EnumMap<>(LabelFilter.class);
    labels.forEach(
        (filter, values) -> {
          if (!filter.key().equals(key)) {
            otherLabels.put(filter, values);
          }
        });
    Map<FlagFilter, Boolean> otherFlags = new EnumMap<>(FlagFilter.class);
    flags.forEach(
        (flag, value) -> {
          if (!flag.key().equals(key)) {
            otherFlags.put(flag, value);
          }
        });
    Area otherArea =
        area == null
            ? null
            : new Area(
                area.box(),
                area.communes(),
                key.equals(IndexFields.DEPARTEMENT) ? Set.of() : area.departements(),
                key.equals(IndexFields.REGION) ? Set.of() : area.regions());
    return new VenueQuery(
        near, text, otherLabels, otherFlags, otherArea, open, sort, offset, limit, cursor, facets);
  }

  /** The services asked for. */
  @SuppressWarnings("unchecked")
  public Set<Service> services() {
    return (Set<Service>) labels.getOrDefault(LabelFilter.SERVICES, Set.of());
  }

  /** The fee conditions asked for. */
  @SuppressWarnings("unchecked")
  public Set<Fee> fees() {
    return (Set<Fee>) labels.getOrDefault(LabelFilter.FRAIS_A_CHARGE, Set.of());
  }

  private static Map<LabelFilter, Set<? extends Enum<?>>> labels(
      Set<Service> services, Set<Fee> fees) {
    Map<LabelFilter, Set<? extends Enum<?>>> labels = new EnumMap<>(LabelFilter.class);
    if (services != null && !services.isEmpty()) {
      labels.put(LabelFilter.SERVICES, services);
    }
    if (fees != null && !fees.isEmpty()) {
      labels.put(LabelFilter.FRAIS_A_CHARGE, fees);
    }
    return labels;
  }

  private static Map<LabelFilter, Set<? extends Enum<?>>> copy(
      Map<LabelFilter, Set<? extends Enum<?>>> labels) {
    Map<LabelFilter, Set<? extends Enum<?>>> copy = new EnumMap<>(LabelFilter.class);
    labels.forEach(
        (filter, values) -> {
          if (values != null && !values.isEmpty()) {
            for (Enum<?> value : values) {
              if (!filter.type().isInstance(value)) {
                throw new IllegalArgumentException(value + " is not a value of " + filter);
              }
            }
            copy.put(filter, Set.copyOf(values));
          }
        });
    return java.util.Collections.unmodifiableMap(copy);
  }
}
