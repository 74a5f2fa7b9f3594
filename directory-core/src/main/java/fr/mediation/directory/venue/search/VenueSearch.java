package fr.mediation.directory.venue.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.mediation.directory.database.QueryTimeouts;
import fr.mediation.directory.venue.MergedVenue;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.document.LatLonDocValuesField;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoBoundingBox;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Every query of the venue index.
 *
 * <p>Over 400 lines: paging, nearest-first circles and their counts, facets and the clusters' cache
 * still live here; the hit projection ({@link VenueHitProjection}), the open-hours predicates
 * ({@link OpenHours}) and the words ({@link SearchWords}) have classes of their own, and the rest
 * should follow one job at a time.
 */
@ApplicationScoped
@Transactional
public class VenueSearch {

  /** The indexed entity searched: the venues citizens see. */
  private static final Class<MergedVenue> INDEXED = MergedVenue.class;

  /** Index fields searched by free text, with their boosts. */
  private static final String NAME = "nom";

  private static final String COMMUNE = "commune";
  private static final String SUMMARY = "presentation_resume";
  private static final String DETAIL = "presentation_detail";
  private static final String SERVICES_TEXT = IndexFields.SERVICES_TEXT;
  private static final String NAME_SORT = "nom_sort";

  /** Clusters answers kept (the most recent ones). */
  private static final int CLUSTERS_CACHED = 256;

  /** Slack for distances compared across the sort and the projection, in km. */
  private static final double DISTANCE_TIE = 1e-7;

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  /**
   * How long a clusters answer is reused for the same query: a map view is the same for everyone
   * (the national view above all) and costs a pass over every venue in view. Changes this node
   * indexes clear it at once; those of other nodes show within this delay.
   */
  @Inject
  @ConfigProperty(name = "directory.clusters.cache-seconds", defaultValue = "60")
  int clustersCacheSeconds;

  /**
   * How many clusters computations (those not answered from the cache) may run at once; more are
   * refused with {@link SearchBusyException} instead of queuing behind them. Zero refuses every
   * computation: only cached answers are served.
   */
  @Inject
  @ConfigProperty(name = "directory.clusters.max-concurrent", defaultValue = "2")
  int clustersMaxConcurrent;

  /** Each search of the index gives up after {@code directory.search.timeout}. */
  @Inject QueryTimeouts timeouts;

  private final SearchDeadline deadline = new SearchDeadline(System::nanoTime);

  private volatile Cache<ClustersKey, VenueClusters> clustersCache;

  private volatile ComputationSlots clustersSlots;

  private record ClustersKey(VenueQuery query, VenueClusters.View view) {}

  @PostConstruct
  void createCache() {
    clustersSlots = new ComputationSlots(clustersMaxConcurrent);
    clustersCache =
        Caffeine.newBuilder()
            .maximumSize(CLUSTERS_CACHED)
            .expireAfterWrite(Duration.ofSeconds(Math.max(0, clustersCacheSeconds)))
            .build();
  }

  /** Forgets the cached clusters: called once changed venues are searchable. */
  public void venuesChanged() {
    clustersCache.invalidateAll();
  }

  private SearchSession session() {
    return Search.session(entityManager);
  }

  /**
   * The time limit of the next query, for {@code failAfter}: what is left of its search's, in
   * {@link #LIMIT_UNIT}.
   */
  private long limit() {
    return deadline.left();
  }

  private static final TimeUnit LIMIT_UNIT = TimeUnit.NANOSECONDS;

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
    if (exactUpTo > Long.MAX_VALUE / 4) {
      exactUpTo = Long.MAX_VALUE; // as good as all, and no overflow when doubled below
    }
    boolean exactTotal = exactUpTo == Long.MAX_VALUE;
    GeoPoint point =
        query.near() == null
            ? null
            : GeoPoint.of(query.near().latitude(), query.near().longitude());
    String sortName = query.sort().name().toLowerCase(Locale.ROOT);
    Cursor cursor = query.cursor() == null ? null : Cursor.decode(query.cursor(), sortName);
    boolean keyset = cursor != null && query.sort() != VenueQuery.Sort.RELEVANCE;
    if (!keyset && query.sort() == VenueQuery.Sort.DISTANCE) {
      return nearest(query, point, exactUpTo);
    }
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
              .search(INDEXED)
              .select(f -> VenueHitProjection.of(f, point))
              .where(
                  (f, root) -> {
                    addCriteria(f, root, query, point);
                    if (keyset) {
                      root.add(after(f, query.sort(), cursor, point));
                    }
                  })
              .sort(
                  f ->
                      switch (query.sort()) {
                        case DISTANCE -> nearestFirst(f, point);
                        case RELEVANCE -> f.score().then().field(IndexFields.ID);
                        case NAME -> f.field(NAME_SORT).then().field(IndexFields.ID);
                      });
      step = step.failAfter(limit(), LIMIT_UNIT);
      if (!exactTotal) {
        step = step.totalHitCountThreshold(exactUpTo);
      }
      SearchResult<VenueHit> result = step.fetch(offset, fetch);
      total = new Count(result.total().hitCountLowerBound(), result.total().isHitCountExact());
      hits.clear();
      for (VenueHit hit : result.hits()) {
        if (!keyset || isAfter(hit, query.sort(), cursor)) {
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
      Counted counted = facets(query, point);
      facets = counted.facets();
      total = new Count(counted.total(), true);
    }
    String next = more && !hits.isEmpty() ? cursorAfter(query, offset, hits) : null;
    return new VenueHits(total.value(), total.exact(), List.copyOf(hits), next, facets);
  }

  /** The API's totals are counted exactly up to this many venues, unless a search asks for more. */
  public static final int COUNTED_UP_TO = 1_000;

  /** A number of venues, exact or a lower bound. */
  private record Count(long value, boolean exact) {}

  /**
   * The first page of {@code query} sorted by distance, and its total, in one query: the index
   * sorts the matches nearest first (on Lucene, Lucene's own distance sort, which skips the
   * distance of a venue outside the box of the page's farthest so far) and stops counting at {@code
   * exactUpTo}.
   */
  private VenueHits nearest(VenueQuery query, GeoPoint point, long exactUpTo) {
    var step =
        session()
            .search(INDEXED)
            .select(f -> VenueHitProjection.of(f, point))
            .where((f, root) -> addCriteria(f, root, query, point))
            .sort(f -> nearestFirst(f, point))
            .failAfter(limit(), LIMIT_UNIT);
    if (exactUpTo != Long.MAX_VALUE) {
      step = step.totalHitCountThreshold(exactUpTo);
    }
    SearchResult<VenueHit> result = step.fetch(query.offset(), query.limit());
    Count total = new Count(result.total().hitCountLowerBound(), result.total().isHitCountExact());
    Map<String, Map<Object, Long>> facets = Map.of();
    if (query.facets()) {
      Counted counted = facets(query, point);
      facets = counted.facets();
      total = new Count(counted.total(), true);
    }
    List<VenueHit> hits = result.hits();
    boolean more = query.offset() + hits.size() < total.value();
    String next = more && !hits.isEmpty() ? cursorAfter(query, query.offset(), hits) : null;
    return new VenueHits(total.value(), total.exact(), List.copyOf(hits), next, facets);
  }

  /**
   * Nearest first, then by id. On Lucene, Lucene's distance sort on the point's doc values (the
   * same distance as the projection's); elsewhere, the backend's.
   */
  private static SortFinalStep nearestFirst(SearchSortFactory f, GeoPoint point) {
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

  /** Every facet: the label filters, the flags, the département and the région. */
  private static final List<String> FACETS = facetNames();

  private static List<String> facetNames() {
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

  /** The facets of a query, and its exact total. */
  private record Counted(Map<String, Map<Object, Long>> facets, long total) {}

  /**
   * The facets of {@code query}, in the order of {@link #FACETS}: one aggregation query for the
   * facets it does not filter on (which counts every match, hence the exact total), then one per
   * filter it applies, counted under every other criterion (a filter's own counts ignore it, so
   * that its other values stay visible).
   */
  private Counted facets(VenueQuery query, GeoPoint point) {
    Map<String, AggregationKey<Map<Object, Long>>> keys = new LinkedHashMap<>();
    var step =
        session()
            .search(INDEXED)
            .where((f, root) -> addCriteria(f, root, query, point))
            .failAfter(limit(), LIMIT_UNIT);
    for (String facet : FACETS) {
      if (!query.filters(facet)) {
        AggregationKey<Map<Object, Long>> key = AggregationKey.of(facet);
        keys.put(facet, key);
        step = step.aggregation(key, f -> facet(f, facet));
      }
    }
    SearchResult<?> unfiltered = step.fetch(0);
    Map<String, Map<Object, Long>> all = new LinkedHashMap<>();
    for (String facet : FACETS) {
      if (keys.containsKey(facet)) {
        all.put(facet, unfiltered.aggregation(keys.get(facet)));
        continue;
      }
      VenueQuery others = query.without(facet);
      AggregationKey<Map<Object, Long>> key = AggregationKey.of(facet);
      all.put(
          facet,
          session()
              .search(INDEXED)
              .where((f, root) -> addCriteria(f, root, others, point))
              .aggregation(key, f -> facet(f, facet))
              .failAfter(limit(), LIMIT_UNIT)
              .fetch(0)
              .aggregation(key));
    }
    return new Counted(all, unfiltered.total().hitCount());
  }

  private Count count(VenueQuery query, GeoPoint point, long exactUpTo) {
    var step =
        session()
            .search(INDEXED)
            .where((f, root) -> addCriteria(f, root, query, point))
            .failAfter(limit(), LIMIT_UNIT);
    SearchResult<?> result =
        (exactUpTo == Long.MAX_VALUE ? step : step.totalHitCountThreshold(exactUpTo)).fetch(0);
    return new Count(result.total().hitCountLowerBound(), result.total().isHitCountExact());
  }

  private static String cursorAfter(VenueQuery query, int offset, List<VenueHit> hits) {
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

  private static SearchPredicate after(
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

  private static boolean isAfter(VenueHit hit, VenueQuery.Sort sort, Cursor cursor) {
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
    VenueClusters.View view = VenueClusters.View.of(box, zoom);
    if (clustersCacheSeconds <= 0) {
      return clustersSlots.run(() -> limitedClusters(query, view));
    }
    // Concurrent requests of one view wait for one computation.
    return clustersCache.get(
        new ClustersKey(query, view), key -> clustersSlots.run(() -> limitedClusters(query, view)));
  }

  private VenueClusters limitedClusters(VenueQuery query, VenueClusters.View view) {
    return deadline.within(timeouts.searchNanos(), () -> computeClusters(query, view));
  }

  private VenueClusters computeClusters(VenueQuery query, VenueClusters.View view) {
    VenueQuery.BoundingBox box = view.box();
    int cellZoom = MapTiles.cellZoom(view.zoom());
    String cell = IndexFields.cell(cellZoom);
    AggregationKey<Map<Long, Long>> counts = AggregationKey.of("counts");
    AggregationKey<Map<Long, Double>> lats = AggregationKey.of("lats");
    AggregationKey<Map<Long, Double>> lons = AggregationKey.of("lons");
    SearchResult<String> result =
        session()
            .search(INDEXED)
            .select(f -> f.field(IndexFields.ID, String.class))
            .where(
                (f, root) -> {
                  addCriteria(f, root, query, null);
                  root.add(inBox(f, box));
                })
            .aggregation(
                counts,
                f -> f.terms().field(cell, Long.class).maxTermCount(VenueClusters.MAX_CELLS))
            .aggregation(
                lats,
                f ->
                    f.terms()
                        .field(cell, Long.class)
                        .value(f.avg().field(IndexFields.LAT, Double.class))
                        .maxTermCount(VenueClusters.MAX_CELLS))
            .aggregation(
                lons,
                f ->
                    f.terms()
                        .field(cell, Long.class)
                        .value(f.avg().field(IndexFields.LON, Double.class))
                        .maxTermCount(VenueClusters.MAX_CELLS))
            .failAfter(limit(), LIMIT_UNIT)
            .fetch(0);
    Map<Long, Long> byCell = result.aggregation(counts);
    Map<Long, Double> latitudes = result.aggregation(lats);
    Map<Long, Double> longitudes = result.aggregation(lons);
    List<Long> singles =
        byCell.entrySet().stream().filter(e -> e.getValue() == 1).map(Map.Entry::getKey).toList();
    Map<Long, String> ids = new HashMap<>();
    if (!singles.isEmpty()) {
      List<List<?>> rows =
          session()
              .search(INDEXED)
              .select(f -> f.composite(f.field(IndexFields.ID), f.field(cell)))
              .where(
                  (f, root) -> {
                    addCriteria(f, root, query, null);
                    root.add(inBox(f, box));
                    root.add(f.terms().field(cell).matchingAny(singles));
                  })
              .failAfter(limit(), LIMIT_UNIT)
              .fetchHits(singles.size());
      for (List<?> row : rows) {
        ids.put((Long) row.get(1), (String) row.get(0));
      }
    }
    List<VenueClusters.Cluster> clusters = new ArrayList<>(byCell.size());
    byCell.forEach(
        (key, count) ->
            clusters.add(
                new VenueClusters.Cluster(
                    count,
                    latitudes.getOrDefault(key, Double.NaN),
                    longitudes.getOrDefault(key, Double.NaN),
                    count == 1 ? ids.get(key) : null)));
    return new VenueClusters(result.total().hitCount(), view.zoom(), box, List.copyOf(clusters));
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
    GeoPoint point =
        query.near() == null
            ? null
            : GeoPoint.of(query.near().latitude(), query.near().longitude());
    return session()
        .search(INDEXED)
        .where(
            (f, root) -> {
              addFilters(f, root, query, point);
              if (updatedSince == null) {
                root.add(f.not(f.exists().field("retired_at")));
              } else {
                root.add(f.range().field(IndexFields.UPDATED_AT).atLeast(updatedSince));
              }
              if (afterId != null) {
                root.add(f.range().field(IndexFields.ID).greaterThan(afterId));
              }
            })
        .sort(f -> f.field(IndexFields.ID))
        .failAfter(limit(), LIMIT_UNIT)
        .fetchHits(size);
  }

  private static void addCriteria(
      SearchPredicateFactory f,
      SimpleBooleanPredicateClausesCollector<?, ?> root,
      VenueQuery query,
      GeoPoint point) {
    // Venues their source no longer publishes are kept, but not found.
    root.add(f.not(f.exists().field("retired_at")));
    addFilters(f, root, query, point);
  }

  private static void addFilters(
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
                        .fields(SUMMARY, DETAIL, SERVICES_TEXT)
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

  private static SearchPredicate inBox(SearchPredicateFactory f, VenueQuery.BoundingBox box) {
    return f.spatial()
        .within()
        .field(MergedVenue.LOCATION)
        .boundingBox(GeoBoundingBox.of(box.maxLat(), box.minLon(), box.minLat(), box.maxLon()))
        .toPredicate();
  }
}
