package fr.mediation.directory.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * French text folded for comparison: lower case, no accents, the ligatures œ, æ (and ß) spelt out,
 * so that "Œuilly", "OEUILLY" and "Oeuilly", or "Besançon" and "BESANCON", read the same. Every
 * reading that compares names, addresses or messages folds them here.
 */
public final class Folding {

  private Folding() {}

  /**
   * {@code text} decomposed, its combining marks ({@code \p{M}}) left out, in lower case, its
   * ligatures spelt out; one pass over the characters (a grouping folds the names and addresses of
   * every listing it reads).
   */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder folded = null;
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      int next = i + Character.charCount(c);
      if (isMark(c)) {
        if (folded == null) {
          folded = new StringBuilder(decomposed.length()).append(decomposed, 0, i);
        }
      } else if (folded != null) {
        folded.append(decomposed, i, next);
      }
      i = next;
    }
    String lower = (folded == null ? decomposed : folded.toString()).toLowerCase(Locale.ROOT);
    // The ligatures have no decomposition: other sources write them out.
    if (lower.indexOf('œ') >= 0 || lower.indexOf('æ') >= 0 || lower.indexOf('ß') >= 0) {
      lower = lower.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
    }
    return lower;
  }

  /** Whether a character is a combining mark, as the regular expressions' {@code \p{M}}. */
  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
