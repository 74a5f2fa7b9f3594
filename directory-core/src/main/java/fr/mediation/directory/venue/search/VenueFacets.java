package fr.mediation.directory.venue.search;

import fr.mediation.directory.venue.MergedVenue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * The facets of a search: for each label filter, yes/no filter, département and région, the number
 * of matching venues per value.
 */
final class VenueFacets {

  /** Every facet: the label filters, the flags, the département and the région. */
  static final List<String> NAMES = names();

  /** The facets of a query, and its exact total. */
  record Counted(Map<String, Map<Object, Long>> facets, long total) {}

  private VenueFacets() {}

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    for (LabelFilter filter : LabelFilter.values()) {
      names.add(filter.key());
    }
    for (FlagFilter flag : FlagFilter.values()) {
      names.add(flag.key());
    }
    names.add(IndexFields.DEPARTEMENT);
    names.add(IndexFields.REGION);
    return List.copyOf(names);
  }

  private static AggregationFinalStep<Map<Object, Long>> facet(
      SearchAggregationFactory f, String facet) {
    for (FlagFilter flag : FlagFilter.values()) {
      if (flag.key().equals(facet)) {
        return f.terms().field(flag.indexField(), Object.class);
      }
    }
    return f.terms().field(facet, Object.class).maxTermCount(200).orderByCountDescending();
  }

  /**
   * The facets of {@code query}, in the order of {@link #NAMES}: one aggregation query for the
   * facets it does not filter on (which counts every match, hence the exact total), then one per
   * filter it applies, counted under every other criterion (a filter's own counts ignore it, so
   * that its other values stay visible).
   */
  static Counted count(
      SearchSession session, SearchDeadline deadline, VenueQuery query, GeoPoint point) {
    Map<String, AggregationKey<Map<Object, Long>>> keys = new LinkedHashMap<>();
    var step =
        session
            .search(MergedVenue.class)
            .where((f, root) -> VenuePredicates.addCriteria(f, root, query, point))
            .failAfter(deadline.left(), TimeUnit.NANOSECONDS);
    for (String facet : NAMES) {
      if (!query.filters(facet)) {
        AggregationKey<Map<Object, Long>> key = AggregationKey.of(facet);
        keys.put(facet, key);
        step = step.aggregation(key, f -> facet(f, facet));
      }
    }
    SearchResult<?> unfiltered = step.fetch(0);
    Map<String, Map<Object, Long>> all = new LinkedHashMap<>();
    for (String facet : NAMES) {
      if (keys.containsKey(facet)) {
        all.put(facet, unfiltered.aggregation(keys.get(facet)));
        continue;
      }
      VenueQuery others = query.without(facet);
      AggregationKey<Map<Object, Long>> key = AggregationKey.of(facet);
      all.put(
          facet,
          session
              .search(MergedVenue.class)
              .where((f, root) -> VenuePredicates.addCriteria(f, root, others, point))
              .aggregation(key, f -> facet(f, facet))
              .failAfter(deadline.left(), TimeUnit.NANOSECONDS)
              .fetch(0)
              .aggregation(key));
    }
    return new Counted(all, unfiltered.total().hitCount());
  }
}
