package fr.mediation.directory.federation;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * The Jaro-Winkler similarity of two words, the same value as commons-text's {@link
 * JaroWinklerSimilarity} (a test compares them), without allocating: grouping a city compares
 * hundreds of millions of pairs of words, and commons-text's arrays and wrappers made a fifth of
 * all the memory a federation allocated. Words longer than 64 letters go to commons-text.
 */
final class JaroWinkler {

  private static final JaroWinklerSimilarity LONG_WORDS = new JaroWinklerSimilarity();

  private JaroWinkler() {}

  static double similarity(String first, String second) {
    if (first.equals(second)) {
      return 1;
    }
    String longer = first.length() > second.length() ? first : second;
    String shorter = longer == first ? second : first;
    if (longer.length() > Long.SIZE) {
      return LONG_WORDS.apply(first, second);
    }
    // Letters match when equal and at most half the longer word's length (less one) apart.
    int range = Math.max(longer.length() / 2 - 1, 0);
    long inShorter = 0;
    long inLonger = 0;
    int matches = 0;
    for (int i = 0; i < shorter.length(); i++) {
      char c = shorter.charAt(i);
      int to = Math.min(i + range + 1, longer.length());
      for (int j = Math.max(i - range, 0); j < to; j++) {
        if ((inLonger & (1L << j)) == 0 && c == longer.charAt(j)) {
          inShorter |= 1L << i;
          inLonger |= 1L << j;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    // Matched letters taken in order in each word: those that differ are half transpositions.
    int halfTranspositions = 0;
    int j = 0;
    for (int i = 0; i < shorter.length(); i++) {
      if ((inShorter & (1L << i)) != 0) {
        while ((inLonger & (1L << j)) == 0) {
          j++;
        }
        if (shorter.charAt(i) != longer.charAt(j)) {
          halfTranspositions++;
        }
        j++;
      }
    }
    int prefix = 0;
    for (int i = 0; i < Math.min(4, shorter.length()) && first.charAt(i) == second.charAt(i); i++) {
      prefix++;
    }
    double m = matches;
    double jaro =
        (m / first.length() + m / second.length() + (m - (double) halfTranspositions / 2) / m) / 3;
    return jaro < 0.7 ? jaro : jaro + 0.1 * prefix * (1 - jaro);
  }
}
