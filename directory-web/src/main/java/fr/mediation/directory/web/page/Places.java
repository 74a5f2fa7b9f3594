package fr.mediation.directory.web.page;

import fr.mediation.directory.geo.Commune;
import fr.mediation.directory.geo.Communes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Communes and postcodes typed in the search box, resolved on the server with the commune
 * reference. Interim: {@code GET /api/v1/places} (issue 5) will answer the same for the scripts.
 */
final class Places {

  /** A place to search around. */
  record Place(String name, String insee, String postcode, double latitude, double longitude) {

    /** "Strasbourg (67000)". */
    String label() {
      return postcode == null ? name : name + " (" + postcode + ")";
    }
  }

  private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
  private static final Pattern INSEE = Pattern.compile("(?i)\\d[0-9ab]\\d{3}");
  private static final Pattern LEADING_POSTCODE = Pattern.compile("^(\\d{5})\\s+(.+)$");
  private static final Pattern TRAILING_POSTCODE = Pattern.compile("^(.+?)\\s*\\(?(\\d{5})\\)?$");

  private static volatile List<Entry> index;

  private record Entry(String key, Commune commune) {}

  private Places() {}

  /**
   * The places a text designates: one for a known commune, postcode or INSEE code, several when
   * ambiguous (two Saint-Denis), none when unknown.
   */
  static List<Place> resolve(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Communes communes = Communes.get();
    String q = text.strip();
    if (POSTCODE.matcher(q).matches()) {
      List<Place> byPostcode =
          communes.byPostcode(q).stream().map(c -> place(c, q)).limit(10).toList();
      if (!byPostcode.isEmpty()) {
        return byPostcode;
      }
    }
    if (INSEE.matcher(q).matches()) {
      var byInsee = communes.byInsee(q).filter(Commune::hasPosition);
      if (byInsee.isPresent()) {
        return List.of(place(byInsee.get(), null));
      }
    }
    String postcode = null;
    String name = q;
    var leading = LEADING_POSTCODE.matcher(q);
    var trailing = TRAILING_POSTCODE.matcher(q);
    if (leading.matches()) {
      postcode = leading.group(1);
      name = leading.group(2);
    } else if (trailing.matches()) {
      name = trailing.group(1);
      postcode = trailing.group(2);
    }
    var found = communes.find(postcode, name).filter(Commune::hasPosition);
    if (found.isPresent()) {
      return List.of(place(found.get(), postcode));
    }
    String key = Communes.nameKey(name);
    return entries().stream()
        .filter(e -> e.key().equals(key))
        .map(e -> place(e.commune(), null))
        .limit(10)
        .toList();
  }

  /** Up to {@code limit} communes whose name starts like {@code prefix}, most populated first. */
  static List<Place> suggest(String prefix, int limit) {
    if (prefix == null || prefix.strip().length() < 2) {
      return List.of();
    }
    String q = prefix.strip();
    if (q.chars().allMatch(Character::isDigit)) {
      Map<String, Place> result = new LinkedHashMap<>();
      for (Entry e : entries()) {
        for (String pc : e.commune().postcodes()) {
          if (pc.startsWith(q) && result.size() < limit) {
            result.putIfAbsent(pc + e.commune().insee(), place(e.commune(), pc));
          }
        }
      }
      return new ArrayList<>(result.values());
    }
    String key = Communes.nameKey(q);
    String folded = fold(q);
    return entries().stream()
        .filter(e -> e.key().startsWith(key) || fold(e.commune().name()).startsWith(folded))
        .limit(limit)
        .map(e -> place(e.commune(), null))
        .toList();
  }

  private static List<Entry> entries() {
    List<Entry> result = index;
    if (result == null) {
      result =
          Communes.get().all().stream()
              .filter(c -> c.isCurrent() && c.hasPosition())
              .sorted(
                  Comparator.comparing((Commune c) -> c.population() == null ? 0 : c.population())
                      .reversed())
              .map(c -> new Entry(Communes.nameKey(c.name()), c))
              .toList();
      index = result;
    }
    return result;
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", " ")
        .strip();
  }

  private static Place place(Commune c, String postcode) {
    String pc =
        postcode != null && c.postcodes().contains(postcode)
            ? postcode
            : c.postcodes().isEmpty() ? null : c.postcodes().getFirst();
    return new Place(c.name(), c.insee(), pc, c.latitude(), c.longitude());
  }
}
