package fr.mediation.directory.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The floor of the API benchmark's search: the same search as a raw Lucene query on the
 * directory's own index (opened read-only, in-process), without HTTP, JAX-RS, Hibernate Search or
 * JSON. Within 10 km of a point, with the two filters (service "aide aux démarches
 * administratives", fee "gratuit"), nearest first then by id, the first 20 hits with their stored
 * fields, and the total counted exactly up to 1,000. The points are venues' positions drawn from
 * the index (so, like the API benchmark's communes of random venues, mostly in cities).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchFloor {

  /** The folder of the venues' Lucene index (the one holding {@code segments_N}). */
  @Param("")
  public String index;

  /**
   * The order of the documents searched: {@code original} (the index as the directory wrote it),
   * {@code merged} (the same order in one segment) or {@code place} (one segment, by cells of 0.05
   * degree as the directory's rebuild writes them), the copies written once beside the index
   * ({@link PlaceLayout}).
   */
  @Param("original")
  public String layout;

  private static final String LOCATION = "location";
  private static final String ID = "venue_id";
  private static final double RADIUS_METERS = 10_000;
  private static final int PAGE = 20;
  private static final int COUNTED_UP_TO = 1_000;

  private DirectoryReader reader;
  private IndexSearcher searcher;
  private Query filters;
  private double[][] points;
  private int next;

  @Setup(Level.Trial)
  public void open() throws IOException {
    reader = DirectoryReader.open(FSDirectory.open(PlaceLayout.copy(Path.of(index), layout)));
    searcher = new IndexSearcher(reader);
    Term service = term("services", "aide-aux-demarches-administratives");
    Term fee = term("frais_a_charge", "gratuit");
    filters =
        new BooleanQuery.Builder()
            .add(new TermQuery(service), BooleanClause.Occur.FILTER)
            .add(new TermQuery(fee), BooleanClause.Occur.FILTER)
            .build();
    points = points(2_000);
    System.out.printf(
        Locale.ROOT,
        "%nIndex %s (%s): %d documents in %d segments; filters %s; %d query points%n",
        index,
        layout,
        reader.maxDoc(),
        reader.leaves().size(),
        filters,
        points.length);
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    reader.close();
  }

  /** The term of {@code field} whose value reads as {@code code} (labels are indexed by name). */
  private Term term(String field, String code) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      throw new IllegalStateException("No field " + field + " in " + index);
    }
    TermsEnum values = terms.iterator();
    for (BytesRef value = values.next(); value != null; value = values.next()) {
      String text = value.utf8ToString();
      if (text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").equals(code)) {
        return new Term(field, BytesRef.deepCopyOf(value));
      }
    }
    throw new IllegalStateException("No value " + code + " in field " + field);
  }

  /** Positions of {@code n} venues drawn at random (seed 42) from the index. */
  private double[][] points(int n) throws IOException {
    List<double[]> all = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedNumericDocValues values = leaf.reader().getSortedNumericDocValues(LOCATION);
      if (values == null) {
        continue;
      }
      for (int doc = values.nextDoc(); doc != SortedNumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
        long encoded = values.nextValue();
        all.add(
            new double[] {
              GeoEncodingUtils.decodeLatitude((int) (encoded >> 32)),
              GeoEncodingUtils.decodeLongitude((int) encoded)
            });
      }
    }
    Random random = new Random(42);
    double[][] drawn = new double[n][];
    for (int i = 0; i < n; i++) {
      drawn[i] = all.get(random.nextInt(all.size()));
    }
    return drawn;
  }

  /** One search: the page's ids, the stored fields of its hits and the capped total. */
  @Benchmark
  public void search(Blackhole hole) throws IOException {
    double[] point = points[next++ % points.length];
    Sort sort =
        new Sort(
            LatLonDocValuesField.newDistanceSort(LOCATION, point[0], point[1]),
            new SortedSetSortField(ID, false));
    read(
        searcher.search(
            inCircle(point, null), new TopFieldCollectorManager(sort, PAGE, null, COUNTED_UP_TO)),
        hole);
  }

  /**
   * The same search ranked by a distance feature (score falling with the distance), then by id:
   * once the page is full and the total counted, Lucene may skip the venues farther than the
   * page's farthest by the points' tree instead of reading each match's position.
   */
  @Benchmark
  public void searchByDistanceFeature(Blackhole hole) throws IOException {
    double[] point = points[next++ % points.length];
    Sort sort = new Sort(SortField.FIELD_SCORE, new SortedSetSortField(ID, false));
    read(
        searcher.search(
            inCircle(point, nearness(point)),
            new TopFieldCollectorManager(sort, PAGE, null, COUNTED_UP_TO)),
        hole);
  }

  /** The same, ranked by the distance feature alone (ties in the index's order). */
  @Benchmark
  public void searchByDistanceFeatureScoreOnly(Blackhole hole) throws IOException {
    double[] point = points[next++ % points.length];
    read(
        searcher.search(
            inCircle(point, nearness(point)),
            new TopScoreDocCollectorManager(PAGE, null, COUNTED_UP_TO)),
        hole);
  }

  /** The circle around {@code point} and the filters, ranked by {@code ranking} when not null. */
  private Query inCircle(double[] point, Query ranking) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    if (ranking != null) {
      query.add(ranking, BooleanClause.Occur.MUST);
    }
    return query
        .add(
            LatLonPoint.newDistanceQuery(LOCATION, point[0], point[1], RADIUS_METERS),
            BooleanClause.Occur.FILTER)
        .add(filters, BooleanClause.Occur.FILTER)
        .build();
  }

  private static Query nearness(double[] point) {
    return LatLonPoint.newDistanceFeatureQuery(LOCATION, 1f, point[0], point[1], RADIUS_METERS);
  }

  /** The capped total and the stored fields of the page's hits. */
  private void read(TopDocs top, Blackhole hole) throws IOException {
    hole.consume(top.totalHits.value);
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      Document document = stored.document(hit.doc);
      hole.consume(document);
    }
  }
}
