package fr.mediation.directory.api.venue;

import static fr.mediation.directory.api.venue.parameter.ParameterConverter.present;

import fr.mediation.directory.api.Parameters;
import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.api.venue.parameter.BooleanConverter;
import fr.mediation.directory.api.venue.parameter.CursorConverter;
import fr.mediation.directory.api.venue.parameter.DecimalConverter;
import fr.mediation.directory.api.venue.parameter.LabelConverter;
import fr.mediation.directory.api.venue.parameter.ParameterConverter;
import fr.mediation.directory.api.venue.parameter.TextConverter;
import fr.mediation.directory.venue.field.Fee;
import fr.mediation.directory.venue.field.Service;
import fr.mediation.directory.venue.field.StandardField;
import fr.mediation.directory.venue.search.FlagFilter;
import fr.mediation.directory.venue.search.LabelFilter;
import fr.mediation.directory.venue.search.VenueQuery;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns the query parameters of {@code GET /venues} (and the filters of the clusters, the export
 * and the change feed) into a {@link VenueQuery}: each value is read by the converter of its kind
 * ({@link fr.mediation.directory.api.venue.parameter}), which refuses it with a 400 naming the
 * parameter; here are only the rules between parameters (a radius needs a point...).
 */
final class SearchParameters {

  static final int DEFAULT_LIMIT = VenueQuery.DEFAULT_LIMIT;
  static final int MAX_OFFSET = VenueQuery.MAX_OFFSET;
  static final String MESSAGES = "fr.mediation.directory.api.venue.messages";

  /** A refusal of {@code value} for {@code name}, with message {@code key} of this package. */
  static InvalidParameterException refused(
      String name, String value, String key, Object... arguments) {
    return ParameterConverter.refusal(MESSAGES, name, value, key, arguments);
  }

  private SearchParameters() {}

  static VenueQuery toQuery(
      String lat,
      String lon,
      String radiusKm,
      String q,
      List<String> services,
      List<String> fees,
      String sort,
      String limit,
      String offset) {
    VenueQuery.Near near = near(lat, lon, radiusKm);
    String text = TextConverter.TEXT.convert("q", q, null);
    return VenueQuery.builder()
        .near(near)
        .text(text)
        .label(
            LabelFilter.SERVICES,
            new LabelConverter<>(Service.class, StandardField.SERVICES)
                .convertAll("services", services))
        .label(
            LabelFilter.FRAIS_A_CHARGE,
            new LabelConverter<>(Fee.class, StandardField.FRAIS_A_CHARGE)
                .convertAll("frais_a_charge", fees))
        .sort(sort(sort, near, text))
        .page(
            Parameters.integer("offset", offset, 0, 0, MAX_OFFSET),
            Parameters.integer("limit", limit, DEFAULT_LIMIT, 1, VenueQuery.MAX_LIMIT))
        .build();
  }

  /**
   * The query of {@code GET /venues}: the shared filters, the point, words, order and page.
   *
   * @param facets {@code "true"} to count the values of every filter among matching venues
   */
  static VenueQuery toQuery(
      FilterParameters filters,
      String lat,
      String lon,
      String radiusKm,
      String q,
      String sort,
      String limit,
      String offset,
      String cursor,
      String facets) {
    VenueQuery.Near near = near(lat, lon, radiusKm);
    String text = TextConverter.TEXT.convert("q", q, null);
    VenueQuery.Sort order = sort(sort, near, text);
    VenueQuery.Builder query =
        filtered(filters)
            .near(near)
            .text(text)
            .sort(order)
            .page(
                Parameters.integer("offset", offset, 0, 0, MAX_OFFSET),
                Parameters.integer("limit", limit, DEFAULT_LIMIT, 1, VenueQuery.MAX_LIMIT))
            .facets(BooleanConverter.BOOLEAN.convert("facets", facets, false));
    if (present(cursor)) {
      // The cursor names the order it was made for: the order this query ends up with.
      String sortName = query.build().sort().name().toLowerCase(Locale.ROOT);
      query.cursor(new CursorConverter(sortName).convert("cursor", cursor));
    }
    return query.build();
  }

  /** The filters alone (no point, no words), for clusters. */
  static VenueQuery toFilterQuery(FilterParameters filters) {
    return toFilterQuery(filters, null);
  }

  /**
   * The filters, the words and the circle of {@code where} (may be {@code null}), for the export
   * and the change feed, which read venues in id order: a point must come with {@code radius_km},
   * since "the nearest venues" means nothing in that order.
   */
  static VenueQuery toFilterQuery(FilterParameters filters, PointAndWords where) {
    VenueQuery.Near near = null;
    String text = null;
    if (where != null) {
      near = near(where.lat, where.lon, where.radiusKm);
      if (near != null && near.radiusKm() == null) {
        throw refused("radius_km", null, "radius.required");
      }
      text = TextConverter.TEXT.convert("q", where.q, null);
    }
    return filtered(filters).near(near).text(text).sort(VenueQuery.Sort.NAME).page(0, 1).build();
  }

  /** A query with the shared filters of {@code p}: labels, flags, area and opening. */
  private static VenueQuery.Builder filtered(FilterParameters p) {
    VenueQuery.Builder query =
        VenueQuery.builder().area(AreaParameters.area(p)).open(OpenParameters.open(p));
    for (LabelFilter filter : LabelFilter.values()) {
      query.label(filter, labels(filter).convertAll(filter.key(), p.values(filter)));
    }
    for (FlagFilter flag : FlagFilter.values()) {
      String raw = p.value(flag);
      if (present(raw)) {
        query.flag(flag, BooleanConverter.BOOLEAN.convert(flag.key(), raw));
      }
    }
    return query;
  }

  /** The converter of {@code filter}'s values. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static LabelConverter<?> labels(LabelFilter filter) {
    return new LabelConverter(filter.type(), filter.field());
  }

  private static VenueQuery.Near near(String lat, String lon, String radiusKm) {
    boolean hasLat = present(lat);
    boolean hasLon = present(lon);
    if (hasLat != hasLon) {
      String missing = hasLat ? "lon" : "lat";
      throw refused(missing, null, "point.half", hasLat ? "lat" : "lon");
    }
    if (!hasLat) {
      if (present(radiusKm)) {
        throw refused("radius_km", radiusKm, "radius.alone");
      }
      return null;
    }
    return new VenueQuery.Near(
        DecimalConverter.LATITUDE.convert("lat", lat),
        DecimalConverter.LONGITUDE.convert("lon", lon),
        DecimalConverter.RADIUS_KM.convert("radius_km", radiusKm, null));
  }

  private static VenueQuery.Sort sort(String raw, VenueQuery.Near near, String text) {
    if (!present(raw)) {
      return null;
    }
    String value = raw.strip().toLowerCase(Locale.ROOT);
    VenueQuery.Sort sort =
        Arrays.stream(VenueQuery.Sort.values())
            .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(value))
            .findFirst()
            .orElseThrow(() -> refused("sort", raw, "sort.unknown"));
    if (sort == VenueQuery.Sort.DISTANCE && near == null) {
      throw refused("sort", raw, "sort.distance");
    }
    if (sort == VenueQuery.Sort.RELEVANCE && text == null) {
      throw refused("sort", raw, "sort.relevance");
    }
    return sort;
  }
}
