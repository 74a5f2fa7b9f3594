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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Map clusters: the venues of a view grouped by map cell, computed from the index's cell fields and
 * kept for a while, since a view (the national one above all) is the same for everyone.
 */
@ApplicationScoped
@Transactional
public class ClusterSearch {

  /** Clusters answers kept (the most recent ones). */
  private static final int CACHED = 256;

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  /**
   * How long a clusters answer is reused for the same query: a map view is the same for everyone
   * (the national view above all) and costs a pass over every venue in view. Changes this node
   * indexes clear it at once; those of other nodes show within this delay.
   */
  @Inject
  @ConfigProperty(name = "directory.clusters.cache-seconds", defaultValue = "60")
  int cacheSeconds;

  /**
   * How many clusters computations (those not answered from the cache) may run at once; more are
   * refused with {@link SearchBusyException} instead of queuing behind them. Zero refuses every
   * computation: only cached answers are served.
   */
  @Inject
  @ConfigProperty(name = "directory.clusters.max-concurrent", defaultValue = "2")
  int maxConcurrent;

  /** Each computation gives up after {@code directory.search.timeout}. */
  @Inject QueryTimeouts timeouts;

  private final SearchDeadline deadline = new SearchDeadline(System::nanoTime);

  private volatile Cache<Key, VenueClusters> cache;

  private volatile ComputationSlots slots;

  private record Key(VenueQuery query, VenueClusters.View view) {}

  /** A venue alone in its cell: its id is given, so that the map can link to it. */
  private record Single(String id, Long cell) {}

  @PostConstruct
  void createCache() {
    slots = new ComputationSlots(maxConcurrent);
    cache =
        Caffeine.newBuilder()
            .maximumSize(CACHED)
            .expireAfterWrite(Duration.ofSeconds(Math.max(0, cacheSeconds)))
            .build();
  }

  /** Forgets the cached clusters: called once changed venues are searchable. */
  public void venuesChanged() {
    cache.invalidateAll();
  }

  /** See {@link VenueSearch#clusters}. */
  public VenueClusters clusters(VenueQuery query, VenueQuery.BoundingBox box, int zoom) {
    VenueClusters.View view = VenueClusters.View.of(box, zoom);
    if (cacheSeconds <= 0) {
      return slots.run(() -> limited(query, view));
    }
    // Concurrent requests of one view wait for one computation.
    return cache.get(new Key(query, view), key -> slots.run(() -> limited(query, view)));
  }

  private VenueClusters limited(VenueQuery query, VenueClusters.View view) {
    return deadline.within(timeouts.searchNanos(), () -> compute(query, view));
  }

  private VenueClusters compute(VenueQuery query, VenueClusters.View view) {
    SearchSession session = Search.session(entityManager);
    VenueQuery.BoundingBox box = view.box();
    String cell = IndexFields.cell(MapTiles.cellZoom(view.zoom()));
    AggregationKey<Map<Long, Long>> counts = AggregationKey.of("counts");
    AggregationKey<Map<Long, Double>> lats = AggregationKey.of("lats");
    AggregationKey<Map<Long, Double>> lons = AggregationKey.of("lons");
    SearchResult<String> result =
        session
            .search(MergedVenue.class)
            .select(f -> f.field(IndexFields.ID, String.class))
            .where(
                (f, root) -> {
                  VenuePredicates.addCriteria(f, root, query, null);
                  root.add(VenuePredicates.inBox(f, box));
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
            .failAfter(deadline.left(), TimeUnit.NANOSECONDS)
            .fetch(0);
    Map<Long, Long> byCell = result.aggregation(counts);
    Map<Long, Double> latitudes = result.aggregation(lats);
    Map<Long, Double> longitudes = result.aggregation(lons);
    List<Long> singles =
        byCell.entrySet().stream().filter(e -> e.getValue() == 1).map(Map.Entry::getKey).toList();
    Map<Long, String> ids = new HashMap<>();
    if (!singles.isEmpty()) {
      List<Single> rows =
          session
              .search(MergedVenue.class)
              .select(
                  f ->
                      f.composite()
                          .from(f.field(IndexFields.ID, String.class), f.field(cell, Long.class))
                          .as(Single::new))
              .where(
                  (f, root) -> {
                    VenuePredicates.addCriteria(f, root, query, null);
                    root.add(VenuePredicates.inBox(f, box));
                    root.add(f.terms().field(cell).matchingAny(singles));
                  })
              .failAfter(deadline.left(), TimeUnit.NANOSECONDS)
              .fetchHits(singles.size());
      for (Single row : rows) {
        ids.put(row.cell(), row.id());
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
}
