import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Read benchmark of the public API (issue 5) and of the same queries on PostGIS over the same data.
 * BENCH_NODE names the directory node in the table (Lucene, OpenSearch: api-benchmark.sh runs this
 * once per node).
 *
 * <ol>
 *   <li>generates ROWS venues of the standard where people live: communes drawn in proportion to
 *       their population (so most venues are in cities), positions scattered around the commune's
 *       centre, the other fields taken from the sample's venues;
 *   <li>pushes them to the running directory (sources of 100,000 rows) and loads them into a
 *       PostGIS table (geography point, GiST index, services and fees as text arrays with GIN);
 *   <li>runs each query with 16 concurrent clients, on the API then on PostGIS, warmed up until
 *       its rate is stable (windows of 3 s whose rates agree within 10 %, while the server's JIT
 *       compiler takes at most 5 % of its processor, when BENCH_SERVER_PID names it), then
 *       BENCH_REPEATS runs
 *       (default 3) of SECONDS each:
 *       a 10 km search with two filters (services and fees) around a random venue's commune,
 *       nearest first, 20 hits and the total; a places lookup of a commune's first letters; the
 *       national clusters view (metropolitan France at zoom 6);
 *   <li>on PostGIS, the search has the API's semantics: the nearest 20 by KNN and the total counted
 *       up to 1,001 (then, BENCH_POSTGIS_EXACT=false aside, the same with the exact count);
 *   <li>with BENCH_JFR and BENCH_SERVER_PID, records the server with JFR during the saturated
 *       search's measured runs (see {@link Recording});
 *   <li>prints the median and spread (min–max) of the runs' p50, p99 and throughput, the load
 *       average at the end of each run, the ratio to PostGIS, the size of the national clusters
 *       answer and the server's heap from its GC log.
 * </ol>
 *
 * Usage: java -cp postgresql.jar:tools/benchmarks ApiBenchmark.java BASE_URL ADMIN_KEY ROWS
 * SAMPLE_CSV COMMUNES_CSV JDBC_URL GC_LOG SECONDS (tools/benchmarks on the class path: the source
 * launcher compiles ImportBenchmark.java from there, whose CSV lines this reads and writes).
 */
public class ApiBenchmark {

  static final int CLIENTS = 16;
  static final int SOURCE_ROWS = 100_000;
  static final String SERVICE = "Aide aux démarches administratives";
  static final String SERVICE_CODE = "aide-aux-demarches-administratives";
  static final String FEE = "Gratuit";
  static final String FRANCE_BBOX = "-5.5,41.0,10.0,51.5";

  record Commune(String insee, String name, String postcode, double lat, double lon, long pop) {}

  public static void main(String[] args) throws Exception {
    // The server's processor time and its compiler's (Cpu, read from /proc).
    System.setProperty("serverPid", System.getenv().getOrDefault("BENCH_SERVER_PID", ""));
    String base = args[0];
    String admin = args[1];
    int rows = Integer.parseInt(args[2]);
    List<String> templates = Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8);
    List<Commune> communes = communes(Path.of(args[4]));
    String jdbc = args[5];
    Path gcLog = Path.of(args[6]);
    int seconds = Integer.parseInt(args[7]);
    boolean skipLoad = args.length > 8 && args[8].equals("--skip-load");
    // --seed JDBC_URL: venues written straight into the directory's database, then indexed by
    // a rebuild (an import through the API and federation of a million generated venues takes
    // hours: see docs/benchmarks.md).
    String seed = args.length > 9 && args[8].equals("--seed") ? args[9] : null;

    String header = templates.get(0);
    List<String[]> bodies = new ArrayList<>();
    for (String line : templates.subList(1, templates.size())) {
      bodies.add(ImportBenchmark.parse(line));
    }
    long[] cumulative = new long[communes.size()];
    long sum = 0;
    for (int i = 0; i < communes.size(); i++) {
      sum += Math.max(1, communes.get(i).pop());
      cumulative[i] = sum;
    }
    Random random = new Random(42);
    List<Commune> placed = new ArrayList<>(rows);
    List<String[]> venues = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      long pick = (long) (random.nextDouble() * sum);
      int index = Arrays.binarySearch(cumulative, pick);
      Commune c = communes.get(index >= 0 ? index : -index - 1);
      placed.add(c);
      String[] v = bodies.get(i % bodies.size()).clone();
      // Scatter within ~1.5 km of the centre (more in large communes).
      double spread = 0.004 + Math.min(0.03, Math.sqrt(c.pop()) / 40_000);
      v[0] = String.format(Locale.ROOT, "bench-%07d", i);
      v[2] = v[2] + " " + (i + 1);
      v[3] = c.name();
      v[4] = c.postcode();
      v[5] = c.insee();
      v[8] = String.format(Locale.ROOT, "%.5f", c.lat() + random.nextGaussian() * spread);
      v[9] = String.format(Locale.ROOT, "%.5f", c.lon() + random.nextGaussian() * spread * 1.4);
      venues.add(v);
    }
    System.out.printf(Locale.ROOT, "Generated %d venues in %d communes%n", rows, placed.stream().map(Commune::insee).distinct().count());

    HttpClient http =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    if (!skipLoad) {
      long start = System.nanoTime();
      if (seed != null) {
        seedDatabase(seed, venues);
        System.out.printf(Locale.ROOT, "Wrote %d venues into the directory's database in %.0f s%n", rows, (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        reindex(http, base, admin);
        System.out.printf(Locale.ROOT, "Indexed them in %.0f s%n", (System.nanoTime() - start) / 1e9);
      } else {
        for (int from = 0, n = 0; from < rows; from += SOURCE_ROWS, n++) {
          pushSource(http, base, admin, "bench-" + n, header, venues.subList(from, Math.min(rows, from + SOURCE_ROWS)));
        }
        System.out.printf(Locale.ROOT, "Pushed %d venues to the API in %.0f s%n", rows, (System.nanoTime() - start) / 1e9);
      }
    }
    if (POSTGIS && postgisRows(jdbc) != rows) {
      long start = System.nanoTime();
      loadPostgis(jdbc, venues, communes);
      System.out.printf(Locale.ROOT, "Loaded PostGIS in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    // Query points: the communes of random venues (so, like people, mostly in cities).
    List<Commune> points = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      points.add(placed.get(random.nextInt(placed.size())));
    }
    String clusters = get(http, base + "/api/v1/venues/clusters?bbox=" + FRANCE_BBOX + "&zoom=6").body();
    System.out.printf(Locale.ROOT, "National clusters view: %d bytes, %d clusters%n",
        clusters.getBytes(StandardCharsets.UTF_8).length, count(clusters, "\"count\""));
    String sample = get(http, base + "/api/v1/venues?lat=48.8566&lon=2.3522&radius_km=10&services=" + SERVICE_CODE + "&frais_a_charge=gratuit&limit=20").body();
    System.out.println("Paris 10 km with two filters: total " + match(sample, "\"total\":(\\d+)"));

    System.out.printf(Locale.ROOT, "%n%d clients; each phase warmed up until its rate is stable, then %d runs of %d s;"
        + " median (min–max) of the runs; load average (1 min) at the end of each run; machine: %d cores, load now %.1f%n",
        CLIENTS, REPEATS, seconds, Runtime.getRuntime().availableProcessors(), load());
    List<String> table = new ArrayList<>();
    table.add(("| query | API p50 ms | API p99 ms | API req/s | PostGIS p50 ms | PostGIS p99 ms | PostGIS req/s | p99 ratio API/PostGIS | load |")
        .replace("API", "API (" + NODE + ")").replace("ratio API (" + NODE + ")", "ratio API"));
    table.add("|---|---|---|---|---|---|---|---|---|");
    List<String> prefixes = new ArrayList<>();
    for (Commune c : points) {
      prefixes.add(c.name().substring(0, Math.min(c.name().length(), 3 + (prefixes.size() % 4))));
    }
    Function<Integer, String> searchUrl = i -> {
      Commune c = points.get(i % points.size());
      return String.format(Locale.ROOT,
          "%s/api/v1/venues?lat=%.5f&lon=%.5f&radius_km=10&services=%s&frais_a_charge=gratuit&limit=20",
          base, c.lat(), c.lon(), SERVICE_CODE);
    };
    Function<Integer, String> placesUrl = i -> base + "/api/v1/places?q=" + URLEncoder.encode(prefixes.get(i % prefixes.size()), StandardCharsets.UTF_8) + "&limit=10";
    Function<Integer, String> clustersUrl = i -> base + "/api/v1/venues/clusters?bbox=" + FRANCE_BBOX + "&zoom=6";

    // BENCH_QUERIES: a comma-separated subset of search, places, clusters (to profile one of them).
    String only = System.getenv().getOrDefault("BENCH_QUERIES", "search,places,clusters");
    if (only.contains("search")) {
      Repeated api = runHttp("API search", http, searchUrl, seconds);
      // PostGIS with the API's semantics: the nearest 20 by KNN (the GiST index's <-> order) and
      // the total counted up to 1,001, as the index counts it (a page says "more than 1,000").
      table.add(row("search 10 km + 2 filters, closed loop", api,
          runSql("PostGIS search", jdbc, seconds, postgisSearch(points, CAPPED_COUNT))));
      System.out.printf(Locale.ROOT, "API search median: %.0f req/s%n", api.median(Stats::perSecond));
      // The exact count besides (what an SQL directory would naively do): BENCH_POSTGIS_EXACT=false skips it.
      if (POSTGIS && !"false".equals(System.getenv("BENCH_POSTGIS_EXACT"))) {
        table.add(row("search 10 km + 2 filters, closed loop, PostGIS counting exactly", new Repeated(List.of()),
            runSql("PostGIS search, exact count", jdbc, seconds, postgisSearch(points, EXACT_COUNT))));
      }
    }
    // The same search at fixed rates (open loop): latency at a given load rather than at
    // saturation. BENCH_RATES: requests per second, comma-separated.
    if (only.contains("search")) {
      openLoop(table, "search 10 km + 2 filters", "API search", http, searchUrl, seconds,
          System.getenv().getOrDefault("BENCH_RATES", "50,100,200"));
    }
    if (only.contains("places")) table.add(row("places lookup", runHttp("API places", http, placesUrl, seconds), runSql("PostGIS places", jdbc, seconds, (con, i) -> {
      try (PreparedStatement s = con.prepareStatement(
          "SELECT insee, name, postcode, lat, lon FROM commune WHERE name_key LIKE ? ORDER BY pop DESC LIMIT 10")) {
        s.setString(1, key(prefixes.get(i % prefixes.size())) + "%");
        try (ResultSet r = s.executeQuery()) { while (r.next()) { } }
      }
    })));
    // The places lookup at fixed rates too: a p99 under 16 clients back to back on two cores is
    // mostly queueing. BENCH_PLACES_RATES: requests per second, comma-separated.
    if (only.contains("places")) {
      openLoop(table, "places lookup", "API places", http, placesUrl, seconds,
          System.getenv().getOrDefault("BENCH_PLACES_RATES", "200,400,800"));
    }
    if (only.contains("clusters")) table.add(row("national clusters (zoom 6)", runHttp("API clusters", http, clustersUrl, seconds), runSql("PostGIS clusters", jdbc, seconds, (con, i) -> {
      // Grid cells of the same size as the API's (tiles of zoom 9: 360/512 degrees wide).
      try (Statement s = con.createStatement();
          ResultSet r = s.executeQuery(
              "SELECT count(*), avg(ST_Y(geog::geometry)), avg(ST_X(geog::geometry)) FROM venue"
                  + " WHERE geog::geometry && ST_MakeEnvelope(-5.5, 41.0, 10.0, 51.5, 4326)"
                  + " GROUP BY floor(ST_X(geog::geometry) / 0.703125), floor(ST_Y(geog::geometry) / 0.4)")) {
        while (r.next()) { }
      }
    })));
    System.out.println();
    table.forEach(System.out::println);
    System.out.println();
    System.out.println("Server heap (GC log): " + peakHeapMb(gcLog));
  }

  static String key(String name) {
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }

  /** The filters of the benchmark's search, on PostGIS (point and radius first). */
  static final String POSTGIS_FILTERS =
      " WHERE ST_DWithin(geog, ST_MakePoint(?, ?)::geography, 10000) AND services && ARRAY[?::text] AND frais && ARRAY[?::text]";

  /** The total as the API gives it: counted up to 1,001 (one more than it shows exactly). */
  static final String CAPPED_COUNT = "SELECT count(*) FROM (SELECT 1 FROM venue" + POSTGIS_FILTERS + " LIMIT 1001) t";

  static final String EXACT_COUNT = "SELECT count(*) FROM venue" + POSTGIS_FILTERS;

  /** The search on PostGIS: its page of the nearest 20 (KNN), then its total by {@code countSql}. */
  static SqlQuery postgisSearch(List<Commune> points, String countSql) {
    return (con, i) -> {
      Commune c = points.get(i % points.size());
      try (PreparedStatement page = con.prepareStatement(
              "SELECT id, nom, ST_Distance(geog, p) FROM venue, (SELECT ST_MakePoint(?, ?)::geography AS p) q"
                  + " WHERE ST_DWithin(geog, p, 10000) AND services && ARRAY[?::text] AND frais && ARRAY[?::text]"
                  + " ORDER BY geog <-> p, id LIMIT 20");
          PreparedStatement total = con.prepareStatement(countSql)) {
        for (PreparedStatement s : List.of(page, total)) {
          s.setDouble(1, c.lon()); s.setDouble(2, c.lat()); s.setString(3, SERVICE); s.setString(4, FEE);
          try (ResultSet r = s.executeQuery()) { while (r.next()) { } }
        }
      }
    };
  }

  /** One measured run of a phase, with the machine's load average (1 min) at its end. */
  record Stats(double p50, double p99, double perSecond, long errors, double load) {}

  /** The REPEATS runs of one phase: medians and spreads (min-max) of each figure. */
  record Repeated(List<Stats> runs) {
    double median(java.util.function.ToDoubleFunction<Stats> figure) {
      double[] v = runs.stream().mapToDouble(figure).sorted().toArray();
      return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    String cell(java.util.function.ToDoubleFunction<Stats> figure, String format) {
      if (runs.isEmpty()) return "—";
      double[] v = runs.stream().mapToDouble(figure).sorted().toArray();
      return String.format(Locale.ROOT, format + " (" + format + "–" + format + ")", median(figure), v[0], v[v.length - 1]);
    }

    long errors() {
      return runs.stream().mapToLong(Stats::errors).sum();
    }

    String loads() {
      return runs.stream().map(r -> String.format(Locale.ROOT, "%.1f", r.load())).collect(java.util.stream.Collectors.joining(" / "));
    }
  }

  /** Repetitions of each measured phase (BENCH_REPEATS, at least 3 for a median and a spread). */
  static final int REPEATS = Integer.parseInt(System.getenv().getOrDefault("BENCH_REPEATS", "3"));

  /** The directory node measured, as the table names it: its search backend (BENCH_NODE, default Lucene). */
  static final String NODE = System.getenv().getOrDefault("BENCH_NODE", "Lucene");

  /** PostGIS measured beside the API (BENCH_POSTGIS=false: the API alone, for before/after runs). */
  static final boolean POSTGIS = !"false".equals(System.getenv("BENCH_POSTGIS"));

  static String row(String name, Repeated api, Repeated sql) {
    return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%s",
        name, api.cell(Stats::p50, "%.1f"), api.cell(Stats::p99, "%.1f"), api.cell(Stats::perSecond, "%.0f"),
        sql.cell(Stats::p50, "%.1f"), sql.cell(Stats::p99, "%.1f"), sql.cell(Stats::perSecond, "%.0f"),
        sql.runs().isEmpty() || api.runs().isEmpty() ? "—" : String.format(Locale.ROOT, "%.2f", api.median(Stats::p99) / sql.median(Stats::p99)),
        api.runs().isEmpty() ? sql.loads() : api.loads(), api.errors() + sql.errors() > 0 ? " errors: " + api.errors() + "/" + sql.errors() : "");
  }

  /** The machine's load average over the last minute (what {@code uptime} prints first). */
  static double load() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  interface SqlQuery { void run(Connection con, int i) throws Exception; }

  interface Call { void run(int i) throws Exception; }

  static Repeated runHttp(String label, HttpClient http, Function<Integer, String> url, int seconds) throws Exception {
    return measure(label, seconds, () -> i -> {
      HttpResponse<String> r = get(http, url.apply(i));
      if (r.statusCode() != 200) throw new IllegalStateException(r.statusCode() + " " + r.body());
    });
  }

  static Repeated runSql(String label, String jdbc, int seconds, SqlQuery query) throws Exception {
    if (!POSTGIS) return new Repeated(List.of());
    List<Connection> connections = new ArrayList<>();
    ConcurrentLinkedQueue<Connection> pool = new ConcurrentLinkedQueue<>();
    for (int i = 0; i < CLIENTS; i++) {
      Connection c = DriverManager.getConnection(jdbc);
      connections.add(c);
      pool.add(c);
    }
    try {
      return measure(label, seconds, () -> {
        Connection own = pool.poll();
        return i -> query.run(own, i);
      });
    } finally {
      for (Connection c : connections) c.close();
    }
  }

  interface CallFactory { Call create() throws Exception; }

  /** Length of a warm-up window, and the most warm-up a phase gets before it is measured anyway. */
  static final double WINDOW_SECONDS = 3;

  static final double MAX_WARM_UP_SECONDS = Double.parseDouble(System.getenv().getOrDefault("BENCH_MAX_WARM_UP", "120"));

  /** Warm-up windows whose rates must agree, and within how much of their median. */
  static final int STABLE_WINDOWS = 3;

  static final double STABLE_SPREAD = 0.10;

  /**
   * The most of the server's processor its JIT compiler may take over those windows: a server just
   * started compiles the search's code for a minute or more, during which the rate climbs by
   * plateaus that look stable over a few windows.
   */
  static final double WARM_COMPILER_SHARE = 0.05;

  /**
   * A closed-loop phase: CLIENTS clients, each sending its next call as soon as the last one is
   * answered. Warms up in windows of {@link #WINDOW_SECONDS} until the last {@link #STABLE_WINDOWS}
   * rates are within {@link #STABLE_SPREAD} of their median (and says when), then measures {@link
   * #REPEATS} runs of {@code seconds}.
   */
  static Repeated measure(String label, int seconds, CallFactory factory) throws Exception {
    List<Call> calls = new ArrayList<>();
    for (int t = 0; t < CLIENTS; t++) calls.add(factory.create());
    List<Double> rates = new ArrayList<>();
    List<Cpu> times = new ArrayList<>(List.of(Cpu.now()));
    double warmed = 0;
    boolean stable = false;
    double compiling = Double.NaN;
    while (!stable && warmed < MAX_WARM_UP_SECONDS) {
      rates.add(closedLoop(calls, WINDOW_SECONDS).perSecond());
      times.add(Cpu.now());
      warmed += WINDOW_SECONDS;
      if (rates.size() >= STABLE_WINDOWS) {
        List<Double> last = new ArrayList<>(rates.subList(rates.size() - STABLE_WINDOWS, rates.size()));
        last.sort(null);
        double median = last.get(STABLE_WINDOWS / 2);
        // A plateau while the JIT compiler still takes its share is followed by a higher one.
        compiling = times.getLast().compilerShareSince(times.get(times.size() - 1 - STABLE_WINDOWS));
        stable = median > 0 && (last.getLast() - last.getFirst()) / median <= STABLE_SPREAD
            && (Double.isNaN(compiling) || compiling <= WARM_COMPILER_SHARE);
      }
    }
    System.out.printf(Locale.ROOT, "  %s: %s after %.0f s of warm-up (req/s per %.0f s window: %s; the JIT compiler's share of the server's processor over the last %d windows: %.0f %%)%n", label,
        stable ? "stable" : "NOT stable", warmed, WINDOW_SECONDS,
        rates.stream().map(r -> String.format(Locale.ROOT, "%.0f", r)).collect(java.util.stream.Collectors.joining(" ")),
        STABLE_WINDOWS, 100 * compiling);
    boolean profiled = label.equals(Recording.PHASE) && Recording.wanted();
    if (profiled) Recording.start();
    List<Stats> runs = new ArrayList<>();
    for (int r = 0; r < REPEATS; r++) {
      Stats run = closedLoop(calls, seconds);
      System.out.printf(Locale.ROOT, "  %s, run %d: p50 %.1f ms, p99 %.1f ms, %.0f req/s, load %.1f%n", label, r + 1,
          run.p50(), run.p99(), run.perSecond(), run.load());
      runs.add(run);
    }
    if (profiled) Recording.dump();
    return new Repeated(runs);
  }

  /**
   * A JFR recording on the server during the measured runs of the saturated search only (not its
   * warm-up, not the other phases): BENCH_JFR is the file, BENCH_SERVER_PID the server's JVM.
   * Dumped to the file before the phase ends, then stopped.
   */
  static final class Recording {
    static final String PHASE = "API search";

    static boolean wanted() {
      // The script passes BENCH_JFR empty when no recording was asked for.
      String file = System.getenv("BENCH_JFR");
      return file != null && !file.isBlank() && System.getenv("BENCH_SERVER_PID") != null;
    }

    static void start() throws Exception {
      jcmd("JFR.start", "name=bench", "settings=profile");
    }

    static void dump() throws Exception {
      jcmd("JFR.dump", "name=bench", "filename=" + Path.of(System.getenv("BENCH_JFR")).toAbsolutePath());
      jcmd("JFR.stop", "name=bench");
      System.out.println("  JFR recording of the measured runs: " + System.getenv("BENCH_JFR"));
    }

    static void jcmd(String... command) throws Exception {
      List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
          System.getenv("BENCH_SERVER_PID")));
      line.addAll(List.of(command));
      Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) throw new IllegalStateException(String.join(" ", line) + ": " + output);
    }
  }

  /** Runs the clients' calls back to back for {@code seconds}, recording each call's latency. */
  static Stats closedLoop(List<Call> calls, double seconds) throws Exception {
    long runNanos = (long) (seconds * 1e9);
    ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
    long[] errors = new long[1];
    CountDownLatch done = new CountDownLatch(calls.size());
    long start = System.nanoTime();
    for (Call call : calls) {
      Thread.ofPlatform().start(() -> {
        List<Long> own = new ArrayList<>();
        int i = ThreadLocalRandom.current().nextInt(1_000_000);
        try {
          while (System.nanoTime() - start < runNanos) {
            long t0 = System.nanoTime();
            try {
              call.run(i++);
            } catch (Exception e) {
              synchronized (errors) { if (errors[0]++ == 0) System.err.println("first error: " + e); }
              continue;
            }
            own.add(System.nanoTime() - t0);
          }
        } finally {
          samples.add(own.stream().mapToLong(Long::longValue).toArray());
          done.countDown();
        }
      });
    }
    done.await();
    return stats(samples, seconds, errors[0]);
  }

  static Stats stats(ConcurrentLinkedQueue<long[]> samples, double seconds, long errors) {
    long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    if (all.length == 0) return new Stats(Double.NaN, Double.NaN, 0, errors, load());
    return new Stats(all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6, all.length / seconds, errors, load());
  }

  /** {@code REPEATS} runs of {@code url} at each of {@code rates} (requests per second, comma-separated). */
  static void openLoop(List<String> table, String what, String name, HttpClient http, Function<Integer, String> url,
      int seconds, String rates) throws Exception {
    for (String rate : rates.split(",")) {
      List<Stats> runs = new ArrayList<>();
      for (int r = 0; r < REPEATS; r++) {
        Stats run = measureAtRate(Double.parseDouble(rate), seconds, i -> {
          HttpResponse<String> answer = get(http, url.apply(i));
          if (answer.statusCode() != 200) throw new IllegalStateException(answer.statusCode() + " " + answer.body());
        });
        System.out.printf(Locale.ROOT, "  %s at %s req/s, run %d: p50 %.1f ms, p99 %.1f ms, load %.1f%n", name, rate, r + 1,
            run.p50(), run.p99(), run.load());
        runs.add(run);
      }
      table.add(row(what + ", open loop at " + rate + " req/s", new Repeated(runs), new Repeated(List.of())));
    }
  }

  /**
   * Sends {@code perSecond} requests per second on a fixed schedule (an open loop: the clients do
   * not wait for the server before sending the next), from CLIENTS threads, for {@code seconds}
   * after a warm-up; each latency runs from the request's scheduled time, so a server falling
   * behind is not hidden (coordinated omission).
   */
  static Stats measureAtRate(double perSecond, int seconds, Call call) throws Exception {
    long warmUpNanos = 3_000_000_000L;
    long runNanos = seconds * 1_000_000_000L;
    long interval = (long) (1e9 / perSecond);
    long total = (warmUpNanos + runNanos) / interval;
    java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong();
    ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
    long[] errors = new long[1];
    CountDownLatch done = new CountDownLatch(CLIENTS);
    long start = System.nanoTime();
    for (int t = 0; t < CLIENTS; t++) {
      Thread.ofPlatform().start(() -> {
        List<Long> own = new ArrayList<>();
        try {
          for (long k = next.getAndIncrement(); k < total; k = next.getAndIncrement()) {
            long scheduled = start + k * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) java.util.concurrent.locks.LockSupport.parkNanos(wait);
            try {
              call.run((int) k);
            } catch (Exception e) {
              synchronized (errors) { if (errors[0]++ == 0) System.err.println("first error: " + e); }
              continue;
            }
            if (scheduled - start >= warmUpNanos) own.add(System.nanoTime() - scheduled);
          }
        } finally {
          samples.add(own.stream().mapToLong(Long::longValue).toArray());
          done.countDown();
        }
      });
    }
    done.await();
    return stats(samples, seconds, errors[0]);
  }

  static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static void pushSource(HttpClient http, String base, String admin, String source, String header, List<String[]> rows) throws Exception {
    HttpResponse<String> created = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/sources/" + source))
        .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Benchmark " + source + "\",\"format\":\"standard-v1-csv\",\"delivery\":\"push\"}"))
        .build());
    String key = match(created.body(), "\"push_key\":\"([^\"]+)\"");
    StringBuilder out = new StringBuilder(rows.size() * 900).append(header).append('\n');
    for (String[] v : rows) {
      ImportBenchmark.appendRow(out, v);
    }
    long start = System.nanoTime();
    HttpResponse<String> pushed = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/sources/" + source + "/feed"))
        .header("Authorization", "Bearer " + key).header("Content-Type", "text/csv").timeout(Duration.ofMinutes(30))
        .PUT(HttpRequest.BodyPublishers.ofString(out.toString())).build());
    System.out.printf(Locale.ROOT, "  %s: HTTP %d, %d rows in %.0f s, created=%s rejected=%s%n", source, pushed.statusCode(), rows.size(),
        (System.nanoTime() - start) / 1e9, match(pushed.body(), "\"created\":(\\d+)"), match(pushed.body(), "\"rejected\":(\\d+)"));
  }

  /** Sends once more when a kept-alive connection was closed by the server meanwhile. */
  static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException stale) {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }

  /** Writes the venues as merged venues of one source, as federation would publish them. */
  static void seedDatabase(String jdbc, List<String[]> venues) throws Exception {
    String columns = "id, pivot, nom, commune, code_postal, code_insee, adresse, complement_adresse, latitude, longitude,"
        + " typologie, telephone, courriels, site_web, horaires, presentation_resume, presentation_detail, source,"
        + " itinerance, structure_parente, date_maj, services, publics_specifiquement_adresses,"
        + " prise_en_charge_specifique, frais_a_charge, dispositif_programmes_nationaux, formations_labels,"
        + " autres_formations_labels, modalites_acces, modalites_accompagnement, fiche_acces_libre, prise_rdv,"
        + " source_keys, created_at, updated_at, version";
    try (Connection con = DriverManager.getConnection(jdbc);
        PreparedStatement insert = con.prepareStatement("INSERT INTO merged_venue (" + columns + ") VALUES ("
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " current_timestamp, current_timestamp, 0)")) {
      con.setAutoCommit(false);
      int n = 0;
      for (String[] v : venues) {
        for (int c = 0; c < 32; c++) {
          String value = v[c].isEmpty() ? null : v[c];
          switch (c) {
            case 8, 9 -> insert.setDouble(c + 1, Double.parseDouble(v[c]));
            case 20 -> insert.setDate(c + 1, java.sql.Date.valueOf(v[c]));
            default -> insert.setString(c + 1, value);
          }
        }
        insert.setString(33, "bench");
        insert.addBatch();
        if (++n % 5000 == 0) { insert.executeBatch(); con.commit(); }
      }
      insert.executeBatch();
      con.commit();
    }
  }

  /** Rebuilds the directory's index through its admin API and waits for the end. */
  static void reindex(HttpClient http, String base, String admin) throws Exception {
    send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/reindexing?threads=2"))
        .header("Authorization", "Bearer " + admin).POST(HttpRequest.BodyPublishers.noBody()).build());
    while (true) {
      Thread.sleep(2000);
      String status = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/reindexing"))
          .header("Authorization", "Bearer " + admin).build()).body();
      if (!status.contains("\"state\":\"running\"")) {
        if (!status.contains("\"state\":\"succeeded\"")) throw new IllegalStateException("Reindexing: " + status);
        return;
      }
    }
  }

  /** The venues PostGIS holds from an earlier run, -1 without its table. */
  static long postgisRows(String jdbc) {
    try (Connection con = DriverManager.getConnection(jdbc); Statement s = con.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM venue")) {
      r.next();
      return r.getLong(1);
    } catch (java.sql.SQLException e) {
      return -1;
    }
  }

  static void loadPostgis(String jdbc, List<String[]> venues, List<Commune> communes) throws Exception {
    try (Connection con = DriverManager.getConnection(jdbc); Statement s = con.createStatement()) {
      s.execute("DROP TABLE IF EXISTS venue");
      s.execute("CREATE TABLE venue (id text PRIMARY KEY, nom text, services text[], frais text[], geog geography(Point, 4326))");
      con.setAutoCommit(false);
      try (PreparedStatement insert = con.prepareStatement(
          "INSERT INTO venue VALUES (?, ?, string_to_array(?, '|'), string_to_array(?, '|'), ST_MakePoint(?, ?)::geography)")) {
        int n = 0;
        for (String[] v : venues) {
          insert.setString(1, v[0]); insert.setString(2, v[2]); insert.setString(3, v[21]); insert.setString(4, v[24]);
          insert.setDouble(5, Double.parseDouble(v[9])); insert.setDouble(6, Double.parseDouble(v[8]));
          insert.addBatch();
          if (++n % 5000 == 0) { insert.executeBatch(); con.commit(); }
        }
        insert.executeBatch();
        con.commit();
      }
      con.setAutoCommit(true);
      s.execute("CREATE INDEX venue_geog ON venue USING gist (geog)");
      s.execute("CREATE INDEX venue_services ON venue USING gin (services)");
      s.execute("CREATE INDEX venue_frais ON venue USING gin (frais)");
      s.execute("DROP TABLE IF EXISTS commune");
      s.execute("CREATE TABLE commune (insee text, name text, name_key text, postcode text, lat float8, lon float8, pop bigint)");
      con.setAutoCommit(false);
      try (PreparedStatement insert = con.prepareStatement("INSERT INTO commune VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (Commune c : communes) {
          insert.setString(1, c.insee()); insert.setString(2, c.name()); insert.setString(3, key(c.name()));
          insert.setString(4, c.postcode()); insert.setDouble(5, c.lat()); insert.setDouble(6, c.lon()); insert.setLong(7, c.pop());
          insert.addBatch();
        }
        insert.executeBatch();
        con.commit();
      }
      con.setAutoCommit(true);
      s.execute("CREATE INDEX commune_key ON commune (name_key text_pattern_ops)");
      s.execute("VACUUM ANALYZE venue");
      s.execute("VACUUM ANALYZE commune");
    }
  }

  /** Current communes and arrondissements with a position and a postcode (not the 3 cities). */
  static List<Commune> communes(Path csv) throws IOException {
    List<Commune> list = new ArrayList<>();
    for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.startsWith("insee;")) continue;
      String[] f = line.split(";", -1);
      boolean current = f[1].equals("COMMUNE") || f[1].equals("ARRONDISSEMENT_MUNICIPAL");
      if (!current || f[7].isEmpty() || f[10].isEmpty() || Set3.CITIES.contains(f[0])) continue;
      list.add(new Commune(f[0], f[3], f[10].split(" ")[0], Double.parseDouble(f[7]), Double.parseDouble(f[8]),
          f[6].isEmpty() ? 0 : Long.parseLong(f[6])));
    }
    return list;
  }

  static final class Set3 {
    static final java.util.Set<String> CITIES = java.util.Set.of("75056", "69123", "13055");
  }

  static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
    return n;
  }

  static String match(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? m.group(1) : "?";
  }

  static String peakHeapMb(Path gcLog) throws IOException {
    if (!Files.exists(gcLog)) return "?";
    long before = 0;
    long after = 0;
    long last = 0;
    Matcher m = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)").matcher(Files.readString(gcLog));
    while (m.find()) {
      before = Math.max(before, Long.parseLong(m.group(1)));
      after = Math.max(after, Long.parseLong(m.group(2)));
      last = Long.parseLong(m.group(2));
    }
    return "peak " + before + " MB, most alive after a collection " + after + " MB, after the last one " + last + " MB";
  }
}
