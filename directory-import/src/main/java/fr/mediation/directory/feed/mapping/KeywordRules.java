package fr.mediation.directory.feed.mapping;

import fr.mediation.directory.feed.mapping.FeedMapping.Keywords;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code keywords} transform: labels given by the terms found in free text, as whole words
 * ignoring case and accents ("impôts" matches "Impots", not "impotsXYZ"), except inside the label's
 * exclusion phrases.
 */
final class KeywordRules {

  private KeywordRules() {}

  static Map<String, Keywords> read(Object yaml, String where) {
    Map<String, Keywords> keywords = new LinkedHashMap<>();
    for (var e : FeedMappings.map(yaml, where).entrySet()) {
      String at = where + "." + e.getKey();
      List<String> terms;
      List<String> except = List.of();
      if (e.getValue() instanceof List<?>) {
        terms = FeedMappings.texts(e.getValue(), at);
      } else {
        // The schema requires terms and allows except only.
        Map<String, Object> m = FeedMappings.map(e.getValue(), at);
        terms = FeedMappings.texts(m.get("terms"), at + ".terms");
        if (m.containsKey("except")) {
          except = FeedMappings.texts(m.get("except"), at + ".except");
        }
      }
      List<String> words = terms.stream().map(KeywordRules::words).toList();
      if (words.isEmpty() || words.stream().anyMatch(String::isBlank)) {
        throw new MappingException(at + ".terms must be a list of words, none empty");
      }
      keywords.put(
          e.getKey(),
          new Keywords(
              words, except.stream().map(KeywordRules::words).filter(w -> !w.isBlank()).toList()));
    }
    return keywords;
  }

  /** The labels whose terms {@code text} holds, in the mapping's order. */
  static List<String> labels(String text, Map<String, Keywords> keywords) {
    String padded = " " + words(text) + " ";
    List<String> labels = new ArrayList<>();
    keywords.forEach(
        (label, k) -> {
          String t = padded;
          for (String phrase : k.except()) {
            // A space-only mask keeps the words on either side apart.
            while (t.contains(" " + phrase + " ")) {
              t = t.replace(" " + phrase + " ", "  ");
            }
          }
          String masked = t;
          if (k.terms().stream().anyMatch(term -> masked.contains(" " + term + " "))) {
            labels.add(label);
          }
        });
    return labels;
  }

  /** Lower-case words without accents, separated by one space. */
  static String words(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replace("œ", "oe")
        .replace("æ", "ae")
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }
}
