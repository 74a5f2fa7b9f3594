package fr.mediation.directory.federation;

import fr.mediation.directory.federation.DuplicateScorer.Weights;
import java.util.List;

/**
 * The weight of the words of each of two names (or streets) found in the other: a word is found
 * when it is alike one of the other's (the same, an initial of it, or within a Jaro-Winkler
 * similarity of 0.92).
 *
 * <p>Being alike goes both ways (Jaro-Winkler is symmetric), so each pair of words is compared once
 * for both names, and not at all when both words were found already: most pairs a grouping scores
 * are different venues, whose words are each compared with all of the other's, and each name's
 * words were compared with the other's twice.
 *
 * @param first the weight of the first name's words found in the second
 * @param second the weight of the second name's words found in the first
 */
record MatchedWords(double first, double second) {

  /**
   * The words of {@code a} found in {@code b} and of {@code b} in {@code a}, with their weights.
   */
  static MatchedWords of(List<String> a, Weights wa, List<String> b, Weights wb) {
    if (b.size() > Long.SIZE) {
      return new MatchedWords(weightFound(a, wa, b), weightFound(b, wb, a));
    }
    double first = 0;
    long foundInB = 0;
    long allOfB = b.size() == Long.SIZE ? -1L : (1L << b.size()) - 1;
    for (int i = 0; i < a.size(); i++) {
      String word = a.get(i);
      boolean found = false;
      for (int j = 0; j < b.size(); j++) {
        long bit = 1L << j;
        if (found && (foundInB & bit) != 0) {
          continue;
        }
        if (alike(word, b.get(j))) {
          if (!found) {
            found = true;
            first += wa.each()[i];
          }
          foundInB |= bit;
        }
      }
      if (foundInB == allOfB) {
        // Every word of b is found: the rest of a's words need only be found themselves.
        for (int k = i + 1; k < a.size(); k++) {
          if (foundIn(a.get(k), b)) {
            first += wa.each()[k];
          }
        }
        break;
      }
    }
    // Summed in the words' order, as the total is: a name found whole weighs exactly its total.
    double second = 0;
    for (int j = 0; j < b.size(); j++) {
      if ((foundInB & (1L << j)) != 0) {
        second += wb.each()[j];
      }
    }
    return new MatchedWords(first, second);
  }

  /** The weight of the words of {@code from} found in {@code in}. */
  private static double weightFound(List<String> from, Weights weights, List<String> in) {
    double matched = 0;
    for (int i = 0; i < from.size(); i++) {
      if (foundIn(from.get(i), in)) {
        matched += weights.each()[i];
      }
    }
    return matched;
  }

  private static boolean foundIn(String word, List<String> in) {
    for (String other : in) {
      if (alike(word, other)) {
        return true;
      }
    }
    return false;
  }

  /** Whether two words of names or streets stand for the same word. */
  static boolean alike(String token, String other) {
    // The cheap tests first; Jaro-Winkler last, when the lengths leave it a chance.
    return token.equals(other)
        || isInitialOf(token, other)
        || isInitialOf(other, token)
        || (token.length() > 3
            && other.length() > 3
            && mayBeAlike(token.length(), other.length())
            && JaroWinkler.similarity(token, other) >= 0.92);
  }

  /**
   * Whether words of these lengths can reach a Jaro-Winkler similarity of 0.92: the Jaro similarity
   * of words of lengths {@code m ≤ n} is at most {@code (2 + m/n) / 3}, and Winkler's bonus for a
   * shared beginning adds at most {@code 0.4 × (1 − jaro)}, so {@code m/n} must be 0.6 or more.
   */
  static boolean mayBeAlike(int a, int b) {
    return 5 * Math.min(a, b) >= 3 * Math.max(a, b);
  }

  /** Whether {@code initial} is one letter standing for {@code word} ("J." for "Jacques"). */
  private static boolean isInitialOf(String initial, String word) {
    return initial.length() == 1
        && Character.isLetter(initial.charAt(0))
        && NameTokens.weight(initial) == 1.0
        && word.length() > 2
        && word.charAt(0) == initial.charAt(0);
  }
}
