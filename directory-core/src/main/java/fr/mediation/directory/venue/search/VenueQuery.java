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

  /** The page size when none is given. */
  public static final int DEFAULT_LIMIT = 20;

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

  /**
   * Whether every venue matches: no point, words, labels, flags, area or opening asked for (the
   * order, the page and the facets choose nothing). {@code VenueQueryTest} fails when a criterion
   * added to this record is not looked at here.
   */
  public boolean matchesEverything() {
    return near == null
        && text == null
        && labels.isEmpty()
        && flags.isEmpty()
        && area == null
        && open == null;
  }

  /** A query to build: every criterion absent, sorted by default, the first page of 20. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query's criteria, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.near = near;
    b.text = text;
    b.labels.putAll(labels);
    b.flags.putAll(flags);
    b.area = area;
    b.open = open;
    b.sort = sort;
    b.offset = offset;
    b.limit = limit;
    b.cursor = cursor;
    b.facets = facets;
    return b;
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
    Builder other = toBuilder();
    other.labels.keySet().removeIf(filter -> filter.key().equals(key));
    other.flags.keySet().removeIf(flag -> flag.key().equals(key));
    if (area != null) {
      other.area =
          new Area(
              area.box(),
              area.communes(),
              key.equals(IndexFields.DEPARTEMENT) ? Set.of() : area.departements(),
              key.equals(IndexFields.REGION) ? Set.of() : area.regions());
    }
    return other.build();
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

  /** Sets the criteria of a {@link VenueQuery} one by one; {@link #build()} checks them. */
  public static final class Builder {
    private Near near;
    private String text;
    private final Map<LabelFilter, Set<? extends Enum<?>>> labels =
        new EnumMap<>(LabelFilter.class);
    private final Map<FlagFilter, Boolean> flags = new EnumMap<>(FlagFilter.class);
    private Area area;
    private Open open;
    private Sort sort;
    private int offset;
    private int limit = DEFAULT_LIMIT;
    private String cursor;
    private boolean facets;

    private Builder() {}

    public Builder near(Near near) {
      this.near = near;
      return this;
    }

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /** Only venues with any of {@code values} (of {@link LabelFilter#type()}); empty: no filter. */
    public Builder label(LabelFilter filter, Set<? extends Enum<?>> values) {
      if (values == null || values.isEmpty()) {
        labels.remove(filter);
      } else {
        labels.put(filter, values);
      }
      return this;
    }

    /** {@link #label} for each entry of {@code labels}. */
    public Builder labels(Map<LabelFilter, Set<? extends Enum<?>>> labels) {
      labels.forEach(this::label);
      return this;
    }

    /** Only venues whose {@code flag} is {@code value}. */
    public Builder flag(FlagFilter flag, boolean value) {
      flags.put(flag, value);
      return this;
    }

    /** {@link #flag} for each entry of {@code flags}. */
    public Builder flags(Map<FlagFilter, Boolean> flags) {
      flags.forEach(this::flag);
      return this;
    }

    public Builder area(Area area) {
      this.area = area;
      return this;
    }

    public Builder open(Open open) {
      this.open = open;
      return this;
    }

    /** The order; {@code null} (the default) for the natural one of the other criteria. */
    public Builder sort(Sort sort) {
      this.sort = sort;
      return this;
    }

    /** Hits to skip and hits to return. */
    public Builder page(int offset, int limit) {
      this.offset = offset;
      this.limit = limit;
      return this;
    }

    public Builder cursor(String cursor) {
      this.cursor = cursor;
      return this;
    }

    public Builder facets(boolean facets) {
      this.facets = facets;
      return this;
    }

    /** The query; {@link IllegalArgumentException} when the criteria do not fit together. */
    public VenueQuery build() {
      return new VenueQuery(
          near, text, labels, flags, area, open, sort, offset, limit, cursor, facets);
    }
  }
}
