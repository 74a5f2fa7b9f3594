package fr.mediation.directory.venue.search;

import fr.mediation.directory.venue.MergedVenue;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;

/**
 * The orders of a search (nearest first, by name, by relevance), each ending with the id, and the
 * cursors that resume them: a page after a cursor starts strictly after its last venue.
 */
final class VenueOrder {

  /** The name as sorted: {@code nom} under the {@code sort} normalizer. */
  private static final String NAME_SORT = "nom_sort";

  /** Slack for distances compared across the sort and the projection, in km. */
  private static final double DISTANCE_TIE = 1e-7;

  private VenueOrder() {}

  /** The sort of {@code sort}, around {@code point} for distances. */
  static SortFinalStep of(SearchSortFactory f, VenueQuery.Sort sort, GeoPoint point) {
    return switch (sort) {
      case DISTANCE -> nearestFirst(f, point);
      case RELEVANCE -> f.score().then().field(IndexFields.ID);
      case NAME -> f.field(NAME_SORT).then().field(IndexFields.ID);
    };
  }

  /**
   * Nearest first, then by id. On Lucene, Lucene's own distance sort on the point's doc values (the
   * same distance as the projection's), which skips the distance of a venue outside the box of the
   * page's farthest so far; elsewhere, the backend's.
   */
  static SortFinalStep nearestFirst(SearchSortFactory f, GeoPoint point) {
    return f.extension()
        .ifSupported(
            LuceneExtension.get(),
            lucene ->
                lucene
                    .fromLuceneSortField(
                        LatLonDocValuesField.newDistanceSort(
                            MergedVenue.LOCATION, point.latitude(), point.longitude()))
                    .then()
                    .field(IndexFields.ID))
        .orElse(other -> other.distance(MergedVenue.LOCATION, point).then().field(IndexFields.ID));
  }

  /**
   * The venues whose id comes after {@code id}, as the pages of an export read them. On Lucene, a
   * comparison of the id's doc values, one per venue the other conditions leave: as a range of the
   * index's terms, it enumerated every id after the page's at every page, the whole directory's
   * whatever the filters, and an export cost the square of the directory's size (a snapshot of
   * 450,000 venues, three exports, took 8.5 minutes). Elsewhere, the backend's range.
   */
  static SearchPredicate idAfter(SearchPredicateFactory f, String id) {
    return f.extension()
        .ifSupported(
            LuceneExtension.get(),
            lucene ->
                lucene.fromLuceneQuery(
                    SortedSetDocValuesField.newSlowRangeQuery(
                        IndexFields.ID, new BytesRef(id), null, false, true)))
        .orElse(other -> other.range().field(IndexFields.ID).greaterThan(id))
        .toPredicate();
  }

  /** The venues after {@code cursor} in the order {@code sort} (ties at a distance: see below). */
  static SearchPredicate after(
      SearchPredicateFactory f, VenueQuery.Sort sort, Cursor cursor, GeoPoint point) {
    return switch (sort) {
      case NAME ->
          f.or(
                  f.range().field(NAME_SORT).greaterThan(cursor.key()),
                  f.and(
                      f.match().field(NAME_SORT).matching(cursor.key()),
                      f.range().field(IndexFields.ID).greaterThan(cursor.id())))
              .toPredicate();
      case DISTANCE -> {
        double radius = cursor.number() - 1e-6;
        yield radius <= 0
            ? f.matchAll().toPredicate()
            : f.not(
                    f.spatial()
                        .within()
                        .field(MergedVenue.LOCATION)
                        .circle(point, radius, DistanceUnit.KILOMETERS))
                .toPredicate();
      }
      case RELEVANCE -> f.matchAll().toPredicate();
    };
  }

  /**
   * Whether {@code hit} comes after {@code cursor}: the index selects by distance a little short of
   * the cursor's, so venues at its very distance are told apart here, by id.
   */
  static boolean isAfter(VenueHit hit, VenueQuery.Sort sort, Cursor cursor) {
    if (sort != VenueQuery.Sort.DISTANCE) {
      return true;
    }
    double distance = hit.distanceKm();
    double last = cursor.number();
    if (Math.abs(distance - last) <= DISTANCE_TIE) {
      return hit.id().compareTo(cursor.id()) > 0;
    }
    return distance > last;
  }

  /** The cursor of the page after {@code hits}, which started at {@code offset}. */
  static String cursorAfter(VenueQuery query, int offset, List<VenueHit> hits) {
    VenueHit last = hits.getLast();
    String sort = query.sort().name().toLowerCase(Locale.ROOT);
    return switch (query.sort()) {
      case RELEVANCE -> new Cursor(sort, Integer.toString(offset + hits.size()), null).encode();
      case DISTANCE -> new Cursor(sort, Double.toString(last.distanceKm()), last.id()).encode();
      case NAME -> new Cursor(sort, sortKey(last.nom()), last.id()).encode();
    };
  }

  /** The name as the {@code sort} normalizer indexes it: lower case, accents folded. */
  static String sortKey(String name) {
    char[] lower = name.toLowerCase(Locale.ROOT).toCharArray();
    char[] folded = new char[lower.length * 4];
    int length = ASCIIFoldingFilter.foldToASCII(lower, 0, folded, 0, lower.length);
    return new String(folded, 0, length);
  }
}
