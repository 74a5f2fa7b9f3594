package fr.mediation.directory.venue.search;

/** Names of the analyzers and normalizers of the venue index, defined per backend. */
public final class Analyzers {

  /**
   * French full text: elision (l', d', qu'...), case and accents folded, French stop words removed,
   * light French stemming.
   */
  public static final String FRENCH = "french";

  /** Keyword sort: case and accents folded, so that "Écluse" sorts beside "ecluse". */
  public static final String SORT = "sort";

  private Analyzers() {}
}
