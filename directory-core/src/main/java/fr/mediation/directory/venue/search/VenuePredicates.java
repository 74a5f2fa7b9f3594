package fr.mediation.directory.venue.search;

import fr.mediation.directory.venue.MergedVenue;
import java.util.List;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoBoundingBox;
import org.hibernate.search.engine.spatial.GeoPoint;

/**
 * The predicates of a {@link VenueQuery} on the index: its words, its circle, its area, its label
 * and yes/no filters and its opening hours ({@link OpenHours}, beside the fields it reads).
 */
final class VenuePredicates {

  /** Index fields searched by free text, with their boosts. */
  private static final String NAME = "nom";

  private static final String COMMUNE = "commune";
  private static final String SUMMARY = "presentation_resume";
  private static final String DETAIL = "presentation_detail";

  private VenuePredicates() {}

  /** The venues {@code query} finds: its filters, among those their sources still publish. */
  static void addCriteria(
      SearchPredicateFactory f,
      SimpleBooleanPredicateClausesCollector<?, ?> root,
      VenueQuery query,
      GeoPoint point) {
    // Venues their source no longer publishes are kept, but not found.
    root.add(f.not(f.exists().field("retired_at")));
    addFilters(f, root, query, point);
  }

  /** The filters of {@code query} alone (exports and the change feed add retired venues). */
  static void addFilters(
      SearchPredicateFactory f,
      SimpleBooleanPredicateClausesCollector<?, ?> root,
      VenueQuery query,
      GeoPoint point) {
    root.add(f.matchAll());
    if (query.text() != null) {
      root.add(text(f, query.text()));
    }
    if (point != null && query.near().radiusKm() != null) {
      root.add(
          f.spatial()
              .within()
              .field(MergedVenue.LOCATION)
              .circle(point, query.near().radiusKm(), DistanceUnit.KILOMETERS));
    }
    query
        .labels()
        .forEach((filter, values) -> root.add(f.terms().field(filter.key()).matchingAny(values)));
    query
        .flags()
        .forEach((flag, value) -> root.add(f.match().field(flag.indexField()).matching(value)));
    VenueQuery.Area area = query.area();
    if (area != null) {
      if (area.box() != null) {
        root.add(inBox(f, area.box()));
      }
      if (!area.communes().isEmpty()) {
        root.add(f.terms().field(IndexFields.COMMUNES).matchingAny(area.communes()));
      }
      if (!area.departements().isEmpty()) {
        root.add(f.terms().field(IndexFields.DEPARTEMENT).matchingAny(area.departements()));
      }
      if (!area.regions().isEmpty()) {
        root.add(f.terms().field(IndexFields.REGION).matchingAny(area.regions()));
      }
    }
    if (query.open() != null) {
      root.add(OpenHours.open(f, query.open()));
    }
  }

  /**
   * Every word of {@code text}, each matched exactly (stemmed: "ordinateurs" finds "ordinateur")
   * or, scored below, within its typos of an indexed word ({@link SearchWords#typos}) anywhere in
   * it, ending included: on whole words, since a typo in the ending changes the stem. Nothing
   * matches words that are all stop words.
   */
  private static SearchPredicate text(SearchPredicateFactory f, String text) {
    List<String> words = SearchWords.of(text);
    if (words.isEmpty()) {
      return f.matchNone().toPredicate();
    }
    return f.and()
        .with(
            and -> {
              for (String word : words) {
                SearchPredicate exact =
                    f.match()
                        .field(NAME)
                        .boost(3f)
                        .field(COMMUNE)
                        .boost(2f)
                        .fields(SUMMARY, DETAIL, IndexFields.SERVICES_TEXT)
                        .matching(word)
                        .boost(2f)
                        .toPredicate();
                int typos = SearchWords.typos(word);
                and.add(
                    typos == 0
                        ? exact
                        : f.or(
                                exact,
                                f.match()
                                    .field(IndexFields.NAME_WORDS)
                                    .boost(3f)
                                    .field(IndexFields.TEXT_WORDS)
                                    .matching(word)
                                    .fuzzy(typos, 0)
                                    .boost(0.5f)
                                    .toPredicate())
                            .toPredicate());
              }
            })
        .toPredicate();
  }

  /** Venues within {@code box}. */
  static SearchPredicate inBox(SearchPredicateFactory f, VenueQuery.BoundingBox box) {
    return f.spatial()
        .within()
        .field(MergedVenue.LOCATION)
        .boundingBox(GeoBoundingBox.of(box.maxLat(), box.minLon(), box.minLat(), box.maxLon()))
        .toPredicate();
  }
}
