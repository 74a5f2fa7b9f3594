package fr.mediation.directory.venue.search;

/** Names of the analyzers and normalizers of the venue index, defined per backend. */
public final class Analyzers {

  /**
   * French full text: elision (l', d', qu'...), case and accents folded, French stop words removed,
   * light French stemming.
   */
  public static final String FRENCH = "french";

  /**
   * French words as typed, for typo-tolerant matching: the {@link #FRENCH} chain without stemming.
   * A typo in a word's ending changes its stem ("numerque" does not stem as "numérique"), so
   * forgiving typos on stems misses them; on the whole words it does not.
   */
  public static final String FRENCH_WORDS = "french_words";

  /** Keyword sort: case and accents folded, so that "Écluse" sorts beside "ecluse". */
  public static final String SORT = "sort";

  private Analyzers() {}
}
