package fr.mediation.directory.geo;

import fr.mediation.directory.geo.Commune.Kind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Type-ahead lookup of French places for search boxes: communes, the arrondissements of Paris, Lyon
 * and Marseille, and postcodes, from the {@link Communes} reference.
 *
 * <p>An in-memory scan rather than a search index: 75,000 short keys fit in a few megabytes and a
 * scan of them takes well under a millisecond, with no index to build, store or keep in sync.
 * Matching ignores case, accents, hyphens and apostrophes, reads "st"/"ste" as "saint"/"sainte" and
 * "3ème"/"3eme" as "3e", matches prefixes (what a person is typing) and the start of any word of
 * the name, and forgives one typo (two in long words) when nothing matches exactly. Digits are
 * matched against postcodes (by prefix) and INSEE codes. Larger places come first.
 */
public final class Places {

  /** What a place is. */
  public enum Type {
    COMMUNE,
    ARRONDISSEMENT,
    CODE_POSTAL
  }

  /** A place found: its type, the commune it designates, and the postcode typed for a postcode. */
  public record Place(Type type, Commune commune, String postcode) {}

  private record Entry(Type type, Commune commune, String key, String postcode, long population) {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
  private static final Pattern ORDINAL = Pattern.compile("\\b(\\d+)(?:er|ere|eme|e)\\b");
  private static final Pattern SAINT = Pattern.compile("\\bst\\b");
  private static final Pattern SAINTE = Pattern.compile("\\bste\\b");
  private static final Pattern DIGITS = Pattern.compile("\\d[\\dabAB]{0,4}");
  private static final LevenshteinDistance ONE = new LevenshteinDistance(1);
  private static final LevenshteinDistance TWO = new LevenshteinDistance(2);
  private static final Comparator<Entry> LARGEST_FIRST =
      Comparator.comparingLong(Entry::population).reversed();

  private final List<Entry> names = new ArrayList<>();
  private final List<Entry> postcodes = new ArrayList<>();

  private Places(Communes communes) {
    for (Commune c : communes.all()) {
      if (!c.kind().isCurrent() || Double.isNaN(c.latitude())) {
        continue;
      }
      long population = c.population() == null ? 0 : c.population();
      Type type = c.kind() == Kind.ARRONDISSEMENT_MUNICIPAL ? Type.ARRONDISSEMENT : Type.COMMUNE;
      names.add(new Entry(type, c, key(c.name()), null, population));
      boolean city = !communes.members(c).isEmpty() && c.kind() == Kind.COMMUNE;
      if (!city || type == Type.ARRONDISSEMENT) {
        for (String postcode : c.postcodes()) {
          postcodes.add(new Entry(Type.CODE_POSTAL, c, postcode, postcode, population));
        }
      }
    }
    names.sort(LARGEST_FIRST);
    postcodes.sort(Comparator.comparing(Entry::key).thenComparing(LARGEST_FIRST));
  }

  /** The lookup over the reference on the classpath. */
  public static Places get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Places INSTANCE = new Places(Communes.get());
  }

  /** Up to {@code limit} places matching what a person typed, best first. */
  public List<Place> find(String typed, int limit) {
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty()) {
      return List.of();
    }
    Set<Entry> found = new LinkedHashSet<>();
    if (DIGITS.matcher(text).matches()) {
      String code = text.toUpperCase(Locale.ROOT);
      for (Entry e : names) {
        if (e.commune().insee().equals(code)) {
          found.add(e);
        }
      }
      for (Entry e : postcodes) {
        if (found.size() >= limit) {
          break;
        }
        if (e.key().startsWith(code)) {
          found.add(e);
        }
      }
      return places(found, limit);
    }
    String query = key(text);
    if (query.isEmpty()) {
      return List.of();
    }
    for (Entry e : names) {
      if (e.key().startsWith(query)) {
        found.add(e);
        if (found.size() >= limit) {
          return places(found, limit);
        }
      }
    }
    String wordStart = " " + query;
    for (Entry e : names) {
      if (e.key().contains(wordStart)) {
        found.add(e);
        if (found.size() >= limit) {
          return places(found, limit);
        }
      }
    }
    if (found.isEmpty() && query.length() >= 4) {
      LevenshteinDistance distance = query.length() >= 8 ? TWO : ONE;
      for (Entry e : names) {
        String key = e.key();
        // Compare with the start of the name as long as the query (typing), or the whole name.
        String start = key.length() > query.length() ? key.substring(0, query.length()) : key;
        if (distance.apply(query, start) >= 0 || distance.apply(query, key) >= 0) {
          found.add(e);
          if (found.size() >= limit) {
            break;
          }
        }
      }
    }
    return places(found, limit);
  }

  private static List<Place> places(Set<Entry> entries, int limit) {
    return entries.stream()
        .limit(limit)
        .map(e -> new Place(e.type(), e.commune(), e.postcode()))
        .toList();
  }

  /** The matching key of a name or of what was typed. */
  static String key(String text) {
    String folded =
        MARKS
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT)
            .replace('œ', 'o')
            .replace("æ", "ae");
    String spaced = SEPARATORS.matcher(folded).replaceAll(" ").strip();
    spaced = ORDINAL.matcher(spaced).replaceAll("$1e");
    spaced = SAINT.matcher(spaced).replaceAll("saint");
    return SAINTE.matcher(spaced).replaceAll("sainte");
  }
}
