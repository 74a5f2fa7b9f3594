package fr.mediation.directory.venue.field;

/**
 * How a field of the standard is indexed for search, declared with its field ({@link
 * StandardField}) and turned into Hibernate Search's mapping by {@code
 * venue.search.internal.FieldIndexMapping}.
 *
 * @param kind how the value is indexed
 * @param searchable whether searches can match the value
 * @param projectable whether search hits can return the value
 * @param aggregable whether facets count its values
 * @param sortable whether hits can be sorted by it
 * @param sortKeyword whether a normalised copy {@code <key>_sort} is indexed to sort by it
 */
public record IndexSpec(
    Kind kind,
    boolean searchable,
    boolean projectable,
    boolean aggregable,
    boolean sortable,
    boolean sortKeyword) {

  /** How the value is indexed. */
  public enum Kind {
    /** Exact values (codes, labels): filters and facets. */
    KEYWORD,
    /** French text, analysed: the free-text search. */
    FULL_TEXT,
    /** The value as is (text, date): sorts, or kept only to be returned with hits. */
    GENERIC
  }

  /** Exact values, searchable. */
  public static IndexSpec keyword() {
    return new IndexSpec(Kind.KEYWORD, true, false, false, false, false);
  }

  /** French text, searchable by words. */
  public static IndexSpec fullText() {
    return new IndexSpec(Kind.FULL_TEXT, true, false, false, false, false);
  }

  /** The value as is, searchable (with {@link #withSort()} to sort by it). */
  public static IndexSpec generic() {
    return new IndexSpec(Kind.GENERIC, true, false, false, false, false);
  }

  /** Kept in the index only to be returned with hits: not searchable. */
  public static IndexSpec returned() {
    return new IndexSpec(Kind.GENERIC, false, true, false, false, false);
  }

  /** Hits can return the value. */
  public IndexSpec withProjection() {
    return new IndexSpec(kind, searchable, true, aggregable, sortable, sortKeyword);
  }

  /** Facets count its values. */
  public IndexSpec withFacets() {
    return new IndexSpec(kind, searchable, projectable, true, sortable, sortKeyword);
  }

  /** Hits can be sorted by the value. */
  public IndexSpec withSort() {
    return new IndexSpec(kind, searchable, projectable, aggregable, true, sortKeyword);
  }

  /** A normalised copy {@code <key>_sort} sorts hits alphabetically. */
  public IndexSpec withSortKeyword() {
    return new IndexSpec(kind, searchable, projectable, aggregable, sortable, true);
  }
}
