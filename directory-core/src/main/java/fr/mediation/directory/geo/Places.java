package fr.mediation.directory.geo;

import fr.mediation.directory.geo.Commune.Kind;
import fr.mediation.directory.text.Folding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Type-ahead lookup of French places for search boxes: communes, the arrondissements of Paris, Lyon
 * and Marseille, and postcodes, from the {@link Communes} reference. The one places lookup of the
 * directory: the API's {@code /places} and the citizens' pages both call it.
 *
 * <p>In memory rather than a search index: 35,000 names and their word starts fit in a few
 * megabytes, kept sorted so that a prefix is a binary search, with no index to build, store or keep
 * in sync. Matching ignores case, accents, ligatures (œ, æ), hyphens, spaces and apostrophes (' and
 * ’), reads "st"/"ste" as "saint"/"sainte" and "3ème"/"3eme" as "3e". Results come in tiers, each
 * ordered by population: names equal to what was typed (so that the small Saint-Denis of the Aude
 * and of the Gard come before Saint-Denis-en-Val), then names starting with it (what a person is
 * typing), then names with a word starting with it, and, only when nothing matches, names within
 * one typo (two in long words). Digits are matched against postcodes (by prefix) and INSEE codes.
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

  /** A place under one of its words' starts: the name's key from that word on. */
  private record WordStart(String suffix, Entry entry) {}

  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
  private static final Pattern ORDINAL = Pattern.compile("\\b(\\d+)(?:er|ere|eme|e)\\b");
  private static final Map<String, String> ABBREVIATIONS =
      Map.of("st", "saint", "ste", "sainte", "sts", "saints", "stes", "saintes");
  private static final Pattern DIGITS = Pattern.compile("\\d[\\dabAB]{0,4}");
  private static final LevenshteinDistance ONE = new LevenshteinDistance(1);
  private static final LevenshteinDistance TWO = new LevenshteinDistance(2);
  private static final Comparator<Entry> LARGEST_FIRST =
      Comparator.comparingLong(Entry::population)
          .reversed()
          .thenComparing(e -> e.commune().insee());

  private final List<Entry> names = new ArrayList<>();
  private final Map<String, List<Entry>> byKey = new HashMap<>();
  private final Entry[] byName;
  private final WordStart[] byWord;
  private final List<Entry> postcodes = new ArrayList<>();

  private Places(Communes communes) {
    List<WordStart> words = new ArrayList<>();
    for (Commune c : communes.all()) {
      if (!c.kind().isCurrent()) {
        continue;
      }
      long population = c.population() == null ? 0 : c.population();
      Type type = c.kind() == Kind.ARRONDISSEMENT_MUNICIPAL ? Type.ARRONDISSEMENT : Type.COMMUNE;
      Entry entry = new Entry(type, c, key(c.name()), null, population);
      names.add(entry);
      byKey.computeIfAbsent(entry.key(), k -> new ArrayList<>(1)).add(entry);
      for (int space = entry.key().indexOf(' ');
          space >= 0;
          space = entry.key().indexOf(' ', space + 1)) {
        words.add(new WordStart(entry.key().substring(space + 1), entry));
      }
      boolean city = !communes.members(c).isEmpty() && c.kind() == Kind.COMMUNE;
      if (!city || type == Type.ARRONDISSEMENT) {
        for (String postcode : c.postcodes()) {
          postcodes.add(new Entry(Type.CODE_POSTAL, c, postcode, postcode, population));
        }
      }
    }
    names.sort(LARGEST_FIRST);
    byKey.replaceAll((key, list) -> list.stream().sorted(LARGEST_FIRST).toList());
    byName = names.stream().sorted(Comparator.comparing(Entry::key)).toArray(Entry[]::new);
    byWord =
        words.stream().sorted(Comparator.comparing(WordStart::suffix)).toArray(WordStart[]::new);
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
    if (text.isEmpty() || limit <= 0) {
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
    found.addAll(byKey.getOrDefault(query, List.of()));
    if (found.size() < limit) {
      found.addAll(largestFirst(startingWith(byName, Entry::key, query, e -> e)));
    }
    if (found.size() < limit) {
      found.addAll(largestFirst(startingWith(byWord, WordStart::suffix, query, WordStart::entry)));
    }
    if (found.isEmpty() && query.length() >= 4) {
      found.addAll(withinATypo(query, limit));
    }
    return places(found, limit);
  }

  private List<Entry> withinATypo(String query, int limit) {
    LevenshteinDistance distance = query.length() >= 8 ? TWO : ONE;
    List<Entry> near = new ArrayList<>();
    for (Entry e : names) {
      String key = e.key();
      // Compare with the start of the name as long as the query (typing), or the whole name.
      String start = key.length() > query.length() ? key.substring(0, query.length()) : key;
      if (distance.apply(query, start) >= 0 || distance.apply(query, key) >= 0) {
        near.add(e);
        if (near.size() >= limit) {
          break;
        }
      }
    }
    return near;
  }

  /** The items of {@code sorted} (sorted by {@code key}) whose key starts with {@code prefix}. */
  private static <T> List<Entry> startingWith(
      T[] sorted,
      java.util.function.Function<T, String> key,
      String prefix,
      java.util.function.Function<T, Entry> entry) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (key.apply(sorted[middle]).compareTo(prefix) < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    List<Entry> matching = new ArrayList<>();
    for (int i = low; i < sorted.length && key.apply(sorted[i]).startsWith(prefix); i++) {
      matching.add(entry.apply(sorted[i]));
    }
    return matching;
  }

  private static List<Entry> largestFirst(List<Entry> entries) {
    Entry[] array = entries.toArray(Entry[]::new);
    Arrays.sort(array, LARGEST_FIRST);
    return Arrays.asList(array);
  }

  private static List<Place> places(Set<Entry> entries, int limit) {
    return entries.stream()
        .limit(limit)
        .map(e -> new Place(e.type(), e.commune(), e.postcode()))
        .toList();
  }

  /**
   * The matching key of a name or of what was typed: lower case, accents and ligatures folded,
   * words separated by one space, abbreviations and ordinals in one form.
   */
  static String key(String text) {
    String folded = Folding.fold(text);
    String spaced = SEPARATORS.matcher(folded).replaceAll(" ").strip();
    if (spaced.isEmpty()) {
      return spaced;
    }
    spaced = ORDINAL.matcher(spaced).replaceAll("$1e");
    StringBuilder key = new StringBuilder(spaced.length() + 8);
    for (String word : spaced.split(" ")) {
      if (!key.isEmpty()) {
        key.append(' ');
      }
      key.append(ABBREVIATIONS.getOrDefault(word, word));
    }
    return key.toString();
  }
}
