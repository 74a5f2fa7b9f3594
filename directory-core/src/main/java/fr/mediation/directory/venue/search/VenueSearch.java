package fr.mediation.directory.venue.search;

import fr.mediation.directory.venue.MergedVenue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/** Every query of the venue index. */
@ApplicationScoped
@Transactional
public class VenueSearch {

  /** Index fields searched by free text, with their boosts. */
  private static final String NAME = "nom";

  private static final String COMMUNE = "commune";
  private static final String SUMMARY = "presentation_resume";
  private static final String DETAIL = "presentation_detail";

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  /** The venues matching {@code query}, one page of them and their total. */
  public VenueHits search(VenueQuery query) {
    SearchSession session = Search.session(entityManager);
    GeoPoint point =
        query.near() == null
            ? null
            : GeoPoint.of(query.near().latitude(), query.near().longitude());

    SearchResult<VenueHit> result =
        session
            .search(MergedVenue.class)
            .select(
                f ->
                    point == null
                        ? f.composite().from(f.entity()).as(venue -> new VenueHit(venue, null))
                        : f.composite()
                            .from(
                                f.entity(),
                                f.distance(MergedVenue.LOCATION, point)
                                    .unit(DistanceUnit.KILOMETERS))
                            .as(VenueHit::new))
            .where((f, root) -> addCriteria(f, root, query, point))
            .sort(
                f ->
                    switch (query.sort()) {
                      case DISTANCE ->
                          f.distance(MergedVenue.LOCATION, point).then().field("nom_sort");
                      case RELEVANCE -> f.score().then().field("nom_sort");
                      case NAME -> f.field("nom_sort").then().field("date_maj").desc();
                    })
            .fetch(query.offset(), query.limit());

    return new VenueHits(result.total().hitCount(), List.copyOf(result.hits()));
  }

  private static void addCriteria(
      SearchPredicateFactory f,
      SimpleBooleanPredicateClausesCollector<?, ?> root,
      VenueQuery query,
      GeoPoint point) {
    root.add(f.matchAll());
    // Venues their source no longer publishes are kept, but not found.
    root.add(f.not(f.exists().field("retired_at")));
    if (query.text() != null) {
      root.add(
          f.simpleQueryString()
              .field(NAME)
              .boost(3f)
              .field(COMMUNE)
              .boost(2f)
              .fields(SUMMARY, DETAIL)
              .matching(query.text())
              .defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND));
    }
    if (point != null && query.near().radiusKm() != null) {
      root.add(
          f.spatial()
              .within()
              .field(MergedVenue.LOCATION)
              .circle(point, query.near().radiusKm(), DistanceUnit.KILOMETERS));
    }
    if (!query.services().isEmpty()) {
      root.add(f.terms().field("services").matchingAny(query.services()));
    }
    if (!query.fees().isEmpty()) {
      root.add(f.terms().field("frais_a_charge").matchingAny(query.fees()));
    }
  }
}
