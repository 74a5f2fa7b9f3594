package fr.mediation.directory.venue.search;

import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.hours.HolidayZone;
import fr.mediation.directory.venue.hours.OpeningSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoBoundingBox;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/** Every query of the venue index. */
@ApplicationScoped
@Transactional
public class VenueSearch {

  /** The indexed entity searched: one line to switch when merged venues are indexed. */
  private static final Class<MergedVenue> INDEXED = MergedVenue.class;

  /** Index fields searched by free text, with their boosts. */
  private static final String NAME = "nom";

  private static final String COMMUNE = "commune";
  private static final String SUMMARY = "presentation_resume";
  private static final String DETAIL = "presentation_detail";
  private static final String SERVICES_TEXT = IndexFields.SERVICES_TEXT;
  private static final String NAME_SORT = "nom_sort";

  /** Largest number of cells a clusters view returns. */
  private static final int MAX_CELLS = 10_000;

  /** Slack for distances compared across the sort and the projection, in km. */
  private static final double DISTANCE_TIE = 1e-7;

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  private SearchSession session() {
    return Search.session(entityManager);
  }

  /** The venues matching {@code query}, one page of them and their total. */
  public VenueHits search(VenueQuery query) {
    GeoPoint point =
        query.near() == null
            ? null
            : GeoPoint.of(query.near().latitude(), query.near().longitude());
    String sortName = query.sort().name().toLowerCase(Locale.ROOT);
    Cursor cursor = query.cursor() == null ? null : Cursor.decode(query.cursor(), sortName);
    boolean keyset = cursor != null && query.sort() != VenueQuery.Sort.RELEVANCE;
    int offset =
        cursor == null ? query.offset() : keyset ? 0 : (int) Math.min(10_000, cursor.number());
    Map<String, AggregationKey<Map<Object, Long>>> facetKeys = new LinkedHashMap<>();

    List<VenueHit> hits = new ArrayList<>();
    long total;
    Map<String, Map<Object, Long>> facets = new LinkedHashMap<>();
    int slack = 0;
    while (true) {
      int fetch = query.limit() + (keyset ? slack + 1 : 0);
      var step =
          session()
              .search(INDEXED)
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
                        case DISTANCE ->
                            f.distance(MergedVenue.LOCATION, point).then().field(IndexFields.ID);
                        case RELEVANCE -> f.score().then().field(IndexFields.ID);
                        case NAME -> f.field(NAME_SORT).then().field(IndexFields.ID);
                      });
      if (query.facets() && !keyset) {
        facetKeys.clear();
        for (LabelFilter filter : LabelFilter.values()) {
          AggregationKey<Map<Object, Long>> key = AggregationKey.of(filter.key());
          facetKeys.put(filter.key(), key);
          step =
              step.aggregation(
                  key,
                  f ->
                      f.terms()
                          .field(filter.key(), Object.class)
                          .maxTermCount(200)
                          .orderByCountDescending());
        }
        for (FlagFilter flag : FlagFilter.values()) {
          AggregationKey<Map<Object, Long>> key = AggregationKey.of(flag.key());
          facetKeys.put(flag.key(), key);
          step = step.aggregation(key, f -> f.terms().field(flag.indexField(), Object.class));
        }
        for (String area : List.of(IndexFields.DEPARTEMENT, IndexFields.REGION)) {
          AggregationKey<Map<Object, Long>> key = AggregationKey.of(area);
          facetKeys.put(area, key);
          step =
              step.aggregation(
                  key,
                  f ->
                      f.terms()
                          .field(area, Object.class)
                          .maxTermCount(200)
                          .orderByCountDescending());
        }
      }
      SearchResult<VenueHit> result = step.fetch(offset, fetch);
      total = result.total().hitCount();
      for (var entry : facetKeys.entrySet()) {
        facets.put(entry.getKey(), result.aggregation(entry.getValue()));
      }
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
      total = count(query, point);
      if (query.facets()) {
        facets = search(withoutCursor(query)).facets();
      }
    } else {
      more = offset + hits.size() < total;
    }
    String next = more && !hits.isEmpty() ? cursorAfter(query, offset, hits) : null;
    return new VenueHits(total, List.copyOf(hits), next, facets);
  }

  private static VenueQuery withoutCursor(VenueQuery query) {
    return new VenueQuery(
        query.near(),
        query.text(),
        query.labels(),
        query.flags(),
        query.area(),
        query.open(),
        query.sort(),
        0,
        1,
        null,
        true);
  }

  private long count(VenueQuery query, GeoPoint point) {
    return session()
        .search(INDEXED)
        .where((f, root) -> addCriteria(f, root, query, point))
        .fetchTotalHitCount();
  }

  private static String cursorAfter(VenueQuery query, int offset, List<VenueHit> hits) {
    VenueHit last = hits.getLast();
    String sort = query.sort().name().toLowerCase(Locale.ROOT);
    return switch (query.sort()) {
      case RELEVANCE -> new Cursor(sort, Integer.toString(offset + hits.size()), null).encode();
      case DISTANCE ->
          new Cursor(sort, Double.toString(last.distanceKm()), last.venue().getId()).encode();
      case NAME -> new Cursor(sort, sortKey(last.venue().getNom()), last.venue().getId()).encode();
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
      return hit.venue().getId().compareTo(cursor.id()) > 0;
    }
    return distance > last;
  }

  /**
   * The venues matching the filters of {@code query} in {@code box}, grouped by map cell for a map
   * shown at {@code zoom}: cells of about 32 pixels (an eighth of a 256-pixel tile).
   */
  public VenueClusters clusters(VenueQuery query, VenueQuery.BoundingBox box, int zoom) {
    int cellZoom = Math.max(MapTiles.MIN_ZOOM, Math.min(MapTiles.MAX_ZOOM, zoom + 3));
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
            .aggregation(counts, f -> f.terms().field(cell, Long.class).maxTermCount(MAX_CELLS))
            .aggregation(
                lats,
                f ->
                    f.terms()
                        .field(cell, Long.class)
                        .value(f.avg().field(IndexFields.LAT, Double.class))
                        .maxTermCount(MAX_CELLS))
            .aggregation(
                lons,
                f ->
                    f.terms()
                        .field(cell, Long.class)
                        .value(f.avg().field(IndexFields.LON, Double.class))
                        .maxTermCount(MAX_CELLS))
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
                    root.add(f.terms().field(cell).matchingAny(singles));
                  })
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
    return new VenueClusters(result.total().hitCount(), List.copyOf(clusters));
  }

  /**
   * A page of the venues matching the filters of {@code query} in id order, for exports and the
   * change feed: those after {@code afterId} ({@code null} from the start), retired ones included
   * when {@code updatedSince} is given, and then only those changed since.
   */
  public List<MergedVenue> page(VenueQuery query, Instant updatedSince, String afterId, int size) {
    return session()
        .search(INDEXED)
        .where(
            (f, root) -> {
              addFilters(f, root, query, null);
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
        .fetchHits(size);
  }

  /** Detaches what {@link #page} loaded, between pages of a long export. */
  public void clear() {
    entityManager.clear();
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
      root.add(
          f.or(
              f.simpleQueryString()
                  .field(NAME)
                  .boost(3f)
                  .field(COMMUNE)
                  .boost(2f)
                  .fields(SUMMARY, DETAIL, SERVICES_TEXT)
                  .matching(query.text())
                  .defaultOperator(BooleanOperator.AND)
                  .boost(2f),
              // Small typos: every word within one edit of an indexed word (after its first two
              // letters), scored below exact matches.
              f.match()
                  .field(NAME)
                  .boost(3f)
                  .field(COMMUNE)
                  .boost(2f)
                  .fields(SUMMARY, DETAIL, SERVICES_TEXT)
                  .matching(query.text())
                  .fuzzy(1, 2)
                  .minimumShouldMatchPercent(100)
                  .boost(0.5f)));
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
    VenueQuery.Open open = query.open();
    if (open != null) {
      if (open.at() != null) {
        root.add(openAt(f, open.at()));
      }
      if (open.atLocal() != null) {
        root.add(openAtLocal(f, open.atLocal()));
      }
      if (open.saturday()) {
        int saturday = 5 * OpeningSchedule.DAY;
        root.add(
            f.nested(IndexFields.OPEN)
                .add(f.range().field(openField(IndexFields.TO)).greaterThan(saturday))
                .add(
                    f.range()
                        .field(openField(IndexFields.FROM))
                        .lessThan(saturday + OpeningSchedule.DAY)));
      }
    }
  }

  private static SearchPredicate inBox(SearchPredicateFactory f, VenueQuery.BoundingBox box) {
    return f.spatial()
        .within()
        .field(MergedVenue.LOCATION)
        .boundingBox(GeoBoundingBox.of(box.maxLat(), box.minLon(), box.minLat(), box.maxLon()))
        .toPredicate();
  }

  /** Open at an instant: one clause per zone, with the zone's local time and holidays. */
  private static SearchPredicate openAt(SearchPredicateFactory f, Instant at) {
    return f.or()
        .with(
            or -> {
              for (HolidayZone zone : HolidayZone.values()) {
                LocalDateTime local = LocalDateTime.ofInstant(at, zone.zone());
                or.add(
                    f.and(
                        f.match()
                            .field(IndexFields.HOLIDAY_ZONE)
                            .matching(zone.key())
                            .toPredicate(),
                        openLocally(f, local, zone.isHoliday(local.toLocalDate()))));
              }
            })
        .toPredicate();
  }

  /** Open at the same wall-clock time everywhere; holidays as each zone has them. */
  private static SearchPredicate openAtLocal(SearchPredicateFactory f, LocalDateTime local) {
    List<String> holidayZones = new ArrayList<>();
    List<String> ordinaryZones = new ArrayList<>();
    for (HolidayZone zone : HolidayZone.values()) {
      (zone.isHoliday(local.toLocalDate()) ? holidayZones : ordinaryZones).add(zone.key());
    }
    if (holidayZones.isEmpty()) {
      return openLocally(f, local, false);
    }
    return f.or(
            f.and(
                f.terms().field(IndexFields.HOLIDAY_ZONE).matchingAny(holidayZones).toPredicate(),
                openLocally(f, local, true)),
            f.and(
                f.terms().field(IndexFields.HOLIDAY_ZONE).matchingAny(ordinaryZones).toPredicate(),
                openLocally(f, local, false)))
        .toPredicate();
  }

  private static SearchPredicate openLocally(
      SearchPredicateFactory f, LocalDateTime local, boolean holiday) {
    int minute = OpeningSchedule.minuteOfWeek(local);
    SearchPredicate weekly =
        f.nested(IndexFields.OPEN)
            .add(f.range().field(openField(IndexFields.FROM)).atMost(minute))
            .add(f.range().field(openField(IndexFields.TO)).greaterThan(minute))
            .toPredicate();
    if (!holiday) {
      return weekly;
    }
    int ofDay = OpeningSchedule.minuteOfDay(local.toLocalTime());
    String from = IndexFields.OPEN_HOLIDAY + "." + IndexFields.FROM;
    String to = IndexFields.OPEN_HOLIDAY + "." + IndexFields.TO;
    return f.or(
            f.and(
                f.match().field(IndexFields.HOURS_HOLIDAYS).matching(false).toPredicate(), weekly),
            f.and(
                f.match().field(IndexFields.HOURS_HOLIDAYS).matching(true),
                f.nested(IndexFields.OPEN_HOLIDAY)
                    .add(f.range().field(from).atMost(ofDay))
                    .add(f.range().field(to).greaterThan(ofDay))))
        .toPredicate();
  }

  private static String openField(String name) {
    return IndexFields.OPEN + "." + name;
  }
}
