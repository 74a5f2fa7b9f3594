package fr.mediation.directory.venue.search;

import fr.mediation.directory.database.QueryTimeouts;
import fr.mediation.directory.venue.MergedVenue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Every query of the venue index, each within the time limit of a search: pages of venues (nearest
 * first, by name or by relevance) with their totals and facets, map clusters, and pages for exports
 * and the change feed. The predicates are {@link VenuePredicates}' (opening hours {@link
 * OpenHours}'), the orders and cursors {@link VenueOrder}'s, the facets {@link VenueFacets}', the
 * clusters and their cache {@link ClusterSearch}'s, the hits {@link VenueHitProjection}'s.
 */
@ApplicationScoped
@Transactional
public class VenueSearch {

  /** The API's totals are counted exactly up to this many venues, unless a search asks for more. */
  public static final int COUNTED_UP_TO = 1_000;

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  /** Each search of the index gives up after {@code directory.search.timeout}. */
  @Inject QueryTimeouts timeouts;

  @Inject ClusterSearch clusterSearch;

  private final SearchDeadline deadline = new SearchDeadline(System::nanoTime);

  /** A number of venues, exact or a lower bound. */
  private record Count(long value, boolean exact) {}

  private SearchSession session() {
    return Search.session(entityManager);
  }

  /** What is left of the running search's time limit, for its next query, in nanoseconds. */
  private long limit() {
    return deadline.left();
  }

  /** Forgets the cached clusters: called once changed venues are searchable. */
  public void venuesChanged() {
    clusterSearch.venuesChanged();
  }

  /**
   * The venues matching {@code query}, one page of them and their total, counted exactly (see
   * {@link #search(VenueQuery, long)}).
   */
  public VenueHits search(VenueQuery query) {
    return search(query, Long.MAX_VALUE);
  }

  /**
   * The venues matching {@code query}, one page of them and their total.
   *
   * @param exactUpTo up to how many matching venues the total is exact ({@link #COUNTED_UP_TO} for
   *     the API's searches, {@link Long#MAX_VALUE} for all): beyond, it is a lower bound ({@link
   *     VenueHits#totalExact()}), which spares dense areas a pass over all their venues
   */
  public VenueHits search(VenueQuery query, long exactUpTo) {
    return deadline.within(timeouts.searchNanos(), () -> searchWithin(query, exactUpTo));
  }

  private VenueHits searchWithin(VenueQuery query, long exactUpTo) {
    GeoPoint point =
        query.near() == null
            ? null
            : GeoPoint.of(query.near().latitude(), query.near().longitude());
    String sortName = query.sort().name().toLowerCase(Locale.ROOT);
    Cursor cursor = query.cursor() == null ? null : Cursor.decode(query.cursor(), sortName);
    boolean keyset = cursor != null && query.sort() != VenueQuery.Sort.RELEVANCE;
    int offset =
        cursor == null
            ? query.offset()
            : keyset ? 0 : (int) Math.min(VenueQuery.MAX_OFFSET, cursor.number());
    List<VenueHit> hits = new ArrayList<>();
    Count total;
    int slack = 0;
    while (true) {
      int fetch = query.limit() + (keyset ? slack + 1 : 0);
      var step =
          session()
              .search(MergedVenue.class)
              .select(f -> VenueHitProjection.of(f, point))
              .where(
                  (f, root) -> {
                    VenuePredicates.addCriteria(f, root, query, point);
                    if (keyset) {
                      root.add(VenueOrder.after(f, query.sort(), cursor, point));
                    }
                  })
              .sort(f -> VenueOrder.of(f, query.sort(), point))
              .failAfter(limit(), TimeUnit.NANOSECONDS);
      // Lucene stops counting there (and skips what cannot enter the page): one query gives
      // the page and its total, nearest first included.
      if (exactUpTo != Long.MAX_VALUE) {
        step = step.totalHitCountThreshold(exactUpTo);
      }
      SearchResult<VenueHit> result = step.fetch(offset, fetch);
      total = new Count(result.total().hitCountLowerBound(), result.total().isHitCountExact());
      hits.clear();
      for (VenueHit hit : result.hits()) {
        if (!keyset || VenueOrder.isAfter(hit, query.sort(), cursor)) {
          hits.add(hit);
        }
      }
      // Ties at the cursor's distance are skipped after the query: widen until a page is full.
      if (!keyset || hits.size() > query.limit() || result.hits().size() < fetch) {
        break;
      }
      slack = slack == 0 ? 64 : slack * 4;
    }
    boolean more;
    if (keyset) {
      more = hits.size() > query.limit();
      if (hits.size() > query.limit()) {
        hits = new ArrayList<>(hits.subList(0, query.limit()));
      }
      if (!query.facets()) {
        total = count(query, point, exactUpTo);
      }
    } else {
      // Pages by offset (relevance) stop at the largest offset: no cursor beyond it.
      more = offset + hits.size() < total.value() && offset + hits.size() < VenueQuery.MAX_OFFSET;
    }
    Map<String, Map<Object, Long>> facets = Map.of();
    if (query.facets()) {
      VenueFacets.Counted counted = VenueFacets.count(session(), deadline, query, point);
      facets = counted.facets();
      total = new Count(counted.total(), true);
    }
    String next = more && !hits.isEmpty() ? VenueOrder.cursorAfter(query, offset, hits) : null;
    return new VenueHits(total.value(), total.exact(), List.copyOf(hits), next, facets);
  }

  /** The matches of {@code query}, counted exactly up to {@code exactUpTo}. */
  private Count count(VenueQuery query, GeoPoint point, long exactUpTo) {
    var step =
        session()
            .search(MergedVenue.class)
            .where((f, root) -> VenuePredicates.addCriteria(f, root, query, point))
            .failAfter(limit(), TimeUnit.NANOSECONDS);
    SearchResult<?> result =
        (exactUpTo == Long.MAX_VALUE ? step : step.totalHitCountThreshold(exactUpTo)).fetch(0);
    return new Count(result.total().hitCountLowerBound(), result.total().isHitCountExact());
  }

  /**
   * The venues matching the filters of {@code query} in {@code box}, grouped by map cell for a map
   * shown at {@code zoom}: cells of about 32 pixels (an eighth of a 256-pixel tile). The box is
   * grown to whole tiles, and the zoom coarsened for a box too wide for it (see {@link
   * VenueClusters.View}), so that neighbouring views share one cached answer and no answer holds
   * more than {@link VenueClusters#MAX_CELLS} groups.
   *
   * @throws SearchBusyException when the answer is not cached and {@code
   *     directory.clusters.max-concurrent} computations are running already
   */
  public VenueClusters clusters(VenueQuery query, VenueQuery.BoundingBox box, int zoom) {
    return clusterSearch.clusters(query, box, zoom);
  }

  /**
   * A page of the venues matching {@code query} (its words, its circle and its filters; not its
   * order) in id order, for exports and the change feed: those after {@code afterId} ({@code null}
   * from the start), retired ones included when {@code updatedSince} is given, and then only those
   * changed since.
   */
  public List<MergedVenue> page(VenueQuery query, Instant updatedSince, String afterId, int size) {
    return deadline.within(
        timeouts.searchNanos(), () -> pageWithin(query, updatedSince, afterId, size));
  }

  private List<MergedVenue> pageWithin(
      VenueQuery query, Instant updatedSince, String afterId, int size) {
    if (query.matchesEverything() && updatedSince == null) {
      return everyVenuePage(afterId, size);
    }
    GeoPoint point =
        query.near() == null
            ? null
            : GeoPoint.of(query.near().latitude(), query.near().longitude());
    return session()
        .search(MergedVenue.class)
        .where(
            (f, root) -> {
              VenuePredicates.addFilters(f, root, query, point);
              if (updatedSince == null) {
                root.add(f.not(f.exists().field("retired_at")));
              } else {
                root.add(f.range().field(IndexFields.UPDATED_AT).atLeast(updatedSince));
              }
              if (afterId != null) {
                root.add(VenueOrder.idAfter(f, afterId));
              }
            })
        .sort(f -> f.field(IndexFields.ID))
        .failAfter(limit(), TimeUnit.NANOSECONDS)
        .fetchHits(size);
  }

  /**
   * A page of every venue standing, read from the database along its primary key: an index orders
   * the ids only by visiting every venue after the page's at each page, so that an export of the
   * whole directory (the daily snapshot's three, the national export's downloads) cost the square
   * of its size. Filtered pages, and the change feed's (few venues changed since a recent instant,
   * found by the index's points), are the index's.
   */
  private List<MergedVenue> everyVenuePage(String afterId, int size) {
    var page =
        entityManager
            .createQuery(
                "select m from MergedVenue m where m.retiredAt is null"
                    + (afterId == null ? "" : " and m.id > :after")
                    + " order by m.id",
                MergedVenue.class)
            .setMaxResults(size);
    if (afterId != null) {
      page.setParameter("after", afterId);
    }
    // Within what is left of the search's limit, as a page of the index is (none left: refused).
    return timeouts.limit(page, limit()).getResultList();
  }
}
