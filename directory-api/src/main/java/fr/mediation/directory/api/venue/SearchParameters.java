package fr.mediation.directory.api.venue;

import fr.mediation.directory.api.Parameters;
import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.venue.field.Fee;
import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.Service;
import fr.mediation.directory.venue.field.StandardField;
import fr.mediation.directory.venue.field.StandardLabel;
import fr.mediation.directory.venue.field.StandardLabels;
import fr.mediation.directory.venue.search.Cursor;
import fr.mediation.directory.venue.search.FlagFilter;
import fr.mediation.directory.venue.search.LabelFilter;
import fr.mediation.directory.venue.search.SearchWords;
import fr.mediation.directory.venue.search.VenueQuery;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the query parameters of {@code GET /venues} into a {@link VenueQuery}, refusing each
 * unusable value with an {@link InvalidParameterException} that names the parameter.
 */
final class SearchParameters {

  static final double MAX_RADIUS_KM = 500;
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_OFFSET = VenueQuery.MAX_OFFSET;
  static final int MAX_TEXT = 200;

  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,4}(\\.\\d{1,12})?");

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
    String text = text(q);
    VenueQuery.Sort order = sort(sort, near, text);
    return new VenueQuery(
        near,
        text,
        labels(Service.class, StandardField.SERVICES, "services", services),
        labels(Fee.class, StandardField.FRAIS_A_CHARGE, "frais_a_charge", fees),
        order,
        Parameters.integer("offset", offset, 0, 0, MAX_OFFSET),
        Parameters.integer("limit", limit, DEFAULT_LIMIT, 1, VenueQuery.MAX_LIMIT));
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
    String text = text(q);
    VenueQuery.Sort order = sort(sort, near, text);
    VenueQuery base =
        new VenueQuery(
            near,
            text,
            labels(filters),
            flags(filters),
            AreaParameters.area(filters),
            OpenParameters.open(filters),
            order,
            Parameters.integer("offset", offset, 0, 0, MAX_OFFSET),
            Parameters.integer("limit", limit, DEFAULT_LIMIT, 1, VenueQuery.MAX_LIMIT),
            present(cursor) ? cursor.strip() : null,
            bool("facets", facets, false));
    if (base.cursor() != null) {
      try {
        Cursor.decode(base.cursor(), base.sort().name().toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidParameterException(
            "cursor",
            cursor,
            "cursor must be the next_cursor of a previous page of the same search ("
                + e.getMessage()
                + ").",
            "cursor doit être le next_cursor d'une page précédente de la même recherche.");
      }
    }
    return base;
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
        throw new InvalidParameterException(
            "radius_km",
            null,
            "radius_km is required with lat and lon here: venues come in id order, not nearest"
                + " first.",
            "radius_km est obligatoire avec lat et lon ici : les lieux viennent dans l'ordre de"
                + " leur identifiant, pas du plus proche au plus lointain.");
      }
      text = text(where.q);
    }
    return new VenueQuery(
        near,
        text,
        labels(filters),
        flags(filters),
        AreaParameters.area(filters),
        OpenParameters.open(filters),
        VenueQuery.Sort.NAME,
        0,
        1,
        null,
        false);
  }

  private static Map<LabelFilter, Set<? extends Enum<?>>> labels(FilterParameters p) {
    Map<LabelFilter, Set<? extends Enum<?>>> labels = new EnumMap<>(LabelFilter.class);
    for (LabelFilter filter : LabelFilter.values()) {
      put(labels, filter, p.values(filter));
    }
    return labels;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void put(
      Map<LabelFilter, Set<? extends Enum<?>>> labels, LabelFilter filter, List<String> raw) {
    Set values = labels((Class) filter.type(), filter.field(), filter.key(), raw);
    if (!values.isEmpty()) {
      labels.put(filter, values);
    }
  }

  private static Map<FlagFilter, Boolean> flags(FilterParameters p) {
    Map<FlagFilter, Boolean> flags = new EnumMap<>(FlagFilter.class);
    for (FlagFilter flag : FlagFilter.values()) {
      putFlag(flags, flag, p.value(flag));
    }
    return flags;
  }

  private static void putFlag(Map<FlagFilter, Boolean> flags, FlagFilter flag, String raw) {
    if (present(raw)) {
      flags.put(flag, bool(flag.key(), raw, false));
    }
  }

  /** {@code true} or {@code false} (also 1/0, oui/non), {@code absent} when missing. */
  static boolean bool(String name, String raw, boolean absent) {
    if (!present(raw)) {
      return absent;
    }
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "oui" -> true;
      case "false", "0", "non" -> false;
      default ->
          throw new InvalidParameterException(
              name, raw, name + " must be true or false.", name + " doit valoir true ou false.");
    };
  }

  private static VenueQuery.Near near(String lat, String lon, String radiusKm) {
    boolean hasLat = present(lat);
    boolean hasLon = present(lon);
    if (hasLat != hasLon) {
      String missing = hasLat ? "lon" : "lat";
      String given = hasLat ? "lat" : "lon";
      throw new InvalidParameterException(
          missing,
          null,
          missing + " is required when " + given + " is given.",
          missing + " est obligatoire quand " + given + " est donné.");
    }
    if (!hasLat) {
      if (present(radiusKm)) {
        throw new InvalidParameterException(
            "radius_km",
            radiusKm,
            "radius_km needs a point: give lat and lon too.",
            "radius_km demande un point : donnez aussi lat et lon.");
      }
      return null;
    }
    double latitude = decimal("lat", lat, -90, 90);
    double longitude = decimal("lon", lon, -180, 180);
    Double radius = null;
    if (present(radiusKm)) {
      radius = decimal("radius_km", radiusKm, 0, MAX_RADIUS_KM);
      if (radius == 0) {
        throw new InvalidParameterException(
            "radius_km",
            radiusKm,
            "radius_km must be greater than 0 and at most " + (int) MAX_RADIUS_KM + ".",
            "radius_km doit être un nombre supérieur à 0 et au plus " + (int) MAX_RADIUS_KM + ".");
      }
    }
    return new VenueQuery.Near(latitude, longitude, radius);
  }

  static double decimal(String name, String raw, double min, double max) {
    String value = raw.strip();
    if (!DECIMAL.matcher(value).matches()) {
      throw new InvalidParameterException(
          name,
          raw,
          name
              + " must be a decimal number with a dot, between "
              + fmt(min)
              + " and "
              + fmt(max)
              + ".",
          name
              + " doit être un nombre décimal écrit avec un point, entre "
              + fmt(min)
              + " et "
              + fmt(max)
              + ".");
    }
    double number = Double.parseDouble(value);
    if (number < min || number > max) {
      throw new InvalidParameterException(
          name,
          raw,
          name + " must be between " + fmt(min) + " and " + fmt(max) + ".",
          name + " doit être un nombre entre " + fmt(min) + " et " + fmt(max) + ".");
    }
    return number;
  }

  private static String fmt(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  /**
   * The words to search, or {@code null} for none. Words made only of stop words ("le", "de la") or
   * punctuation are refused: they match nothing, and an empty list would be taken for "no such
   * venue".
   */
  static String text(String q) {
    if (!present(q)) {
      return null;
    }
    if (q.strip().length() > MAX_TEXT) {
      throw new InvalidParameterException(
          "q",
          q.strip().substring(0, 40) + "…",
          "q must be at most " + MAX_TEXT + " characters.",
          "q doit faire au plus " + MAX_TEXT + " caractères.");
    }
    if (SearchWords.of(q).isEmpty()) {
      throw new InvalidParameterException(
          "q",
          q,
          "q has no word to search: very common words (le, la, de, et...) and punctuation are"
              + " ignored.",
          "q ne contient aucun mot à chercher : les mots très courants (le, la, de, et…) et la"
              + " ponctuation sont ignorés.");
    }
    return q.strip();
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
            .orElseThrow(
                () ->
                    new InvalidParameterException(
                        "sort",
                        raw,
                        "sort must be one of distance, relevance, name.",
                        "sort doit valoir distance, relevance ou name."));
    if (sort == VenueQuery.Sort.DISTANCE && near == null) {
      throw new InvalidParameterException(
          "sort",
          raw,
          "sort=distance needs a point: give lat and lon.",
          "sort=distance demande un point : donnez lat et lon.");
    }
    if (sort == VenueQuery.Sort.RELEVANCE && text == null) {
      throw new InvalidParameterException(
          "sort",
          raw,
          "sort=relevance needs words to search: give q.",
          "sort=relevance demande des mots à chercher : donnez q.");
    }
    return sort;
  }

  private static <E extends Enum<E> & StandardLabel> Set<E> labels(
      Class<E> type, StandardField field, String name, List<String> raw) {
    if (raw == null) {
      return Set.of();
    }
    Set<E> values = new LinkedHashSet<>();
    for (String value : values(raw)) {
      try {
        values.add(StandardLabels.parse(type, field, value));
      } catch (InvalidFieldException e) {
        String accepted =
            Arrays.stream(type.getEnumConstants())
                .map(StandardLabel::code)
                .collect(Collectors.joining(", "));
        throw new InvalidParameterException(
            name,
            value,
            name + " must be among: " + accepted + " (or the standard's labels).",
            name + " doit être parmi : " + accepted + " (ou les libellés du standard).");
      }
    }
    return values;
  }

  /**
   * The values of a list parameter: repeated, and each split at commas and at {@code |}, the
   * standard's own list separator (sent unencoded by some clients); blanks dropped.
   */
  static List<String> values(List<String> raw) {
    if (raw == null) {
      return List.of();
    }
    return raw.stream()
        .flatMap(parameter -> LIST_SEPARATOR.splitAsStream(parameter))
        .filter(value -> !value.isBlank())
        .toList();
  }

  private static final Pattern LIST_SEPARATOR = Pattern.compile("[,|]");

  static boolean present(String raw) {
    return raw != null && !raw.isBlank();
  }
}
