import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for the end-to-end import (parse, normalise, store, index) of a generated CSV of
 * the national standard, pushed to a running directory. Run by import-benchmark.sh, which starts
 * the server; usage: java [-Dsources=N] ImportBenchmark.java BASE_URL ADMIN_KEY ROWS SAMPLE_CSV
 * GC_LOG. With -Dsources=N, the ROWS venues come from N hubs, each pushing its own file in turn.
 */
public class ImportBenchmark {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String admin = args[1];
    int rows = Integer.parseInt(args[2]);
    List<String> templates = Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8);
    Path gcLog = Path.of(args[4]);
    String header = templates.get(0);
    List<String[]> bodies = new ArrayList<>();
    for (String line : templates.subList(1, templates.size())) {
      bodies.add(parse(line));
    }

    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    int warmup = Integer.parseInt(System.getProperty("warmup", "0"));
    if (warmup > 0) {
      // Overseas collectivities where the sample has no venue: Saint-Pierre-et-Miquelon,
      // Wallis-et-Futuna, French Polynesia, New Caledonia.
      Communes elsewhere =
          Communes.read(Path.of(System.getProperty("warmupCommunes")))
              .only(c -> c.postcode().startsWith("975") || c.postcode().startsWith("98"));
      warmUp(new Server(http, base, admin, gcLog), header, bodies, warmup, elsewhere);
    }
    int sources = Integer.parseInt(System.getProperty("sources", "1"));
    if (sources > 1) {
      hubs(new Server(http, base, admin, gcLog), header, bodies, rows, sources);
      return;
    }
    byte[] first = generate(header, bodies, rows, i -> false);
    byte[] second = generate(header, bodies, rows, i -> i % 100 == 0); // every 100th row changed
    // Another 1 % changed, the first 1 % left as the second file has it.
    byte[] third = generate(header, bodies, rows, i -> i % 100 == 0 || i % 100 == 50);
    System.out.printf(Locale.ROOT, "Generated %d rows: %.1f MB%n", rows, first.length / 1e6);

    String key = createSource(http, base, admin, "bench");
    run(http, base, "bench", key, first, rows, "first import (all rows new)", gcLog);
    run(http, base, "bench", key, second, rows, "re-import (1% of rows changed)", gcLog);
    // The server's first re-import runs code the first import never ran (rows remembered, their
    // digests), which the JIT compiles meanwhile; a hub's next day finds it compiled.
    run(http, base, "bench", key, third, rows, "next re-import (another 1% changed)", gcLog);
  }

  /**
   * The national case: {@code rows} venues sent by {@code sources} hubs one after the other (each
   * its own file of rows / sources venues, a tenth of them also listed by the hub before, so that
   * federation merges pairs across hubs), then the last hub's file again with 1 % of rows changed.
   */
  static void hubs(Server server, String header, List<String[]> bodies, int rows, int sources)
      throws IOException, InterruptedException {
    HttpClient http = server.http();
    String base = server.base();
    String admin = server.admin();
    Path gcLog = server.gcLog();
    int each = rows / sources;
    String communesFile = System.getProperty("communes", "");
    Communes communes = communesFile.isEmpty() ? null : Communes.read(Path.of(communesFile));
    long start = System.nanoTime();
    String key = null;
    String name = null;
    for (int s = 0; s < sources; s++) {
      name = "bench-" + s;
      key = createSource(http, base, admin, name);
      byte[] file = generateHub(header, bodies, each, s, "hub" + s + "-", 0, communes);
      run(http, base, name, key, file, each, "hub " + (s + 1) + "/" + sources + ", first import", gcLog);
      double total = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "  so far: %d venues in %.1f s = %.0f rows/s%n",
          (s + 1) * each,
          total,
          (s + 1) * each / total);
    }
    run(
        http,
        base,
        name,
        key,
        generateHub(header, bodies, each, sources - 1, "hub" + (sources - 1) + "-", 100, communes),
        each,
        "hub " + sources + "/" + sources + ", re-import (1% of rows changed)",
        gcLog);
  }

  /** The directory under test: its address, the admin key, the client and the server's GC log. */
  record Server(HttpClient http, String base, String admin, Path gcLog) {}

  /** At most this many warm-up rounds. */
  static final int WARMUP_ROUNDS = 8;

  /**
   * A round whose share of the server's processor spent by the JIT compiler is at most this is
   * warm: two rounds' rates within 10 % of each other still let the compiler take 14 s of a measured
   * import's 80 in one run, 4 s in another. Not lower: each round leaves its retired venues in the
   * database (5 % and 10 % both took seven rounds here, and the measured import then ran beside
   * 140,000 retired listings, slower than after four), and the measured import of 100,000 rows
   * still compiles code no round of 20,000 ran.
   */
  static final double WARM_COMPILER_SHARE = 0.10;

  /**
   * Warms the server up until its rate is stable: rounds of a first import of {@code rows} new
   * venues (the round before's are dropped, as a hub drops venues) then a re-import of the same
   * file with 1 % of rows changed, pushed by a source of its own, until two rounds' first imports
   * (to complete) are within 10 % of each other, or, where the server's threads can be read, until
   * a round's JIT compilation is at most {@link #WARM_COMPILER_SHARE} of the server's processor
   * time. The venues are in overseas collectivities where the sample has none: the measured
   * import's départements are grouped as in an empty directory.
   * A server just started runs the import's code interpreted, then compiled with profiling, while
   * its compiler threads take a share of the two cores: a directory in service has compiled that
   * code at its first hub's import.
   */
  static void warmUp(
      Server server, String header, List<String[]> bodies, int rows, Communes communes)
      throws IOException, InterruptedException {
    HttpClient http = server.http();
    String base = server.base();
    String admin = server.admin();
    Path gcLog = server.gcLog();
    // Each round drops the round before's venues: not held for it.
    String key = createSource(http, base, admin, "warmup", ",\"max_retire_share\":1.0");
    long start = System.nanoTime();
    double previous = 0;
    // -DwarmupRounds=N: exactly N rounds, stable or not (a hub renumbering its venues N times).
    int rounds = Integer.getInteger("warmupRounds", 0);
    for (int round = 1; round <= (rounds > 0 ? rounds : WARMUP_ROUNDS); round++) {
      String prefix = "warm" + round + "-";
      Cpu before = Cpu.now();
      byte[] file = generateHub(header, bodies, rows, -1, prefix, 0, communes);
      double rate =
          rows / run(http, base, "warmup", key, file, rows, "warm-up " + round + ", first import", gcLog);
      run(
          http,
          base,
          "warmup",
          key,
          generateHub(header, bodies, rows, -1, prefix, 100, communes),
          rows,
          "warm-up " + round + ", re-import (1% of rows changed)",
          gcLog);
      double compiling = Cpu.now().compilerShareSince(before);
      boolean stable =
          Double.isNaN(compiling)
              ? Math.abs(rate - previous) <= 0.1 * previous
              : compiling <= WARM_COMPILER_SHARE;
      if (rounds == 0 && round > 1 && stable) {
        System.out.printf(
            Locale.ROOT,
            "Warmed up after %d rounds (%.0f s): first imports at %.0f then %.0f rows/s;"
                + " the JIT compiler's share of the server's processor in the last round %.0f %%%n",
            round,
            (System.nanoTime() - start) / 1e9,
            previous,
            rate,
            100 * compiling);
        return;
      }
      previous = rate;
    }
    if (rounds == 0) {
      System.out.printf(
          Locale.ROOT, "Not stable after %d warm-up rounds: measured anyway%n", WARMUP_ROUNDS);
    }
  }

  /** Creates push source {@code name} and returns its push key. */
  static String createSource(HttpClient http, String base, String admin, String name)
      throws IOException, InterruptedException {
    return createSource(http, base, admin, name, "");
  }

  /** Creates push source {@code name}, with these more JSON members, and returns its push key. */
  static String createSource(HttpClient http, String base, String admin, String name, String more)
      throws IOException, InterruptedException {
    HttpResponse<String> created =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/sources/" + name))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Benchmark "
                            + name
                            + "\",\"format\":\"standard-v1-csv\",\"delivery\":\"push\""
                            + more
                            + "}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher key = Pattern.compile("\"push_key\":\"([^\"]+)\"").matcher(created.body());
    if (!key.find()) {
      throw new IllegalStateException("No push key: " + created.statusCode() + " " + created.body());
    }
    return key.group(1);
  }

  /**
   * Pushes {@code file}, then polls its run until it is complete (merged venues composed and
   * indexed in the background), and prints both rates: until the answer (rows published) and until
   * complete (the import with federation).
   */
  private static double run(
      HttpClient http,
      String base,
      String source,
      String key,
      byte[] file,
      int rows,
      String what,
      Path gcLog)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Cpu cpu = Cpu.now();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/sources/" + source + "/feed"))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(30))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(file))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    double seconds = (System.nanoTime() - start) / 1e9;
    String body = response.body();
    System.out.printf(
        Locale.ROOT,
        "%s: HTTP %d in %.1f s = %.0f rows/s; %s; %s; heap so far: %s%n",
        what,
        response.statusCode(),
        seconds,
        rows / seconds,
        counts(body),
        Cpu.now().since(cpu),
        peakHeapMb(gcLog));
    String location = response.headers().firstValue("Location").orElse(null);
    if (location == null) {
      return seconds;
    }
    URI run = URI.create(base).resolve(location);
    while (true) {
      String state =
          http.send(
                  HttpRequest.newBuilder(run).header("Authorization", "Bearer " + key).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      if (state.contains("\"complete\":true")) {
        break;
      }
      // Asked every 100 ms: at every second, a re-import's 7 s to complete read up to 1 s long.
      Thread.sleep(100);
    }
    double complete = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%s: complete (federation and index) in %.1f s = %.0f rows/s; %s; heap so far: %s%n",
        what,
        complete,
        rows / complete,
        Cpu.now().since(cpu),
        peakHeapMb(gcLog));
    return complete;
  }

  private static String counts(String body) {
    StringBuilder out = new StringBuilder();
    for (String name : List.of("status", "accepted", "rejected", "created", "updated", "unchanged")) {
      Matcher m = Pattern.compile("\"" + name + "\":(\"[a-z]+\"|\\d+)").matcher(body);
      if (m.find()) {
        out.append(name).append('=').append(m.group(1).replace("\"", "")).append(' ');
      }
    }
    return out.toString().strip();
  }

  /**
   * From the server's GC log (-Xlog:gc): the largest occupancy before a collection (the peak the
   * heap reached: G1 lets it grow to -Xmx before it collects the old generation), after one (young
   * collections leave the old generation's garbage in place, so this is not what was alive), and
   * after each full collection, the only figure that is the live set; with the full collections'
   * count and every pause's total.
   */
  static String peakHeapMb(Path gcLog) throws IOException {
    if (!Files.exists(gcLog)) {
      return "?";
    }
    long before = 0;
    long after = 0;
    long liveAfterFull = 0;
    int full = 0;
    double pausesMs = 0;
    Matcher m =
        Pattern.compile("(Pause [A-Za-z]+).*? (\\d+)M->(\\d+)M\\((\\d+)M\\) ([0-9.]+)ms")
            .matcher(Files.readString(gcLog));
    while (m.find()) {
      before = Math.max(before, Long.parseLong(m.group(2)));
      after = Math.max(after, Long.parseLong(m.group(3)));
      pausesMs += Double.parseDouble(m.group(5));
      if (m.group(1).equals("Pause Full")) {
        full++;
        liveAfterFull = Math.max(liveAfterFull, Long.parseLong(m.group(3)));
      }
    }
    return String.format(
        Locale.ROOT,
        "peak %d MB, most after a collection %d MB, live after a full collection %s"
            + " (%d full), pauses %.1f s",
        before,
        after,
        full == 0 ? "-" : liveAfterFull + " MB",
        full,
        pausesMs / 1000);
  }

  /** {@code rows} venues made from the sample's, each with its own id, name and position. */
  static byte[] generate(
      String header, List<String[]> templates, int rows, IntPredicate changed) {
    Random random = new Random(42);
    StringBuilder out = new StringBuilder(rows * 900).append(header).append('\n');
    for (int i = 0; i < rows; i++) {
      String[] v = templates.get(i % templates.size()).clone();
      v[0] = String.format(Locale.ROOT, "bench-%07d", i);
      v[2] = v[2] + " " + (i / templates.size() + 1);
      if (changed.test(i)) {
        v[2] = v[2] + " (modifié)";
      }
      double lat = Double.parseDouble(v[8]) + (random.nextDouble() - 0.5) * 0.02;
      double lon = Double.parseDouble(v[9]) + (random.nextDouble() - 0.5) * 0.02;
      v[8] = String.format(Locale.ROOT, "%.5f", lat);
      v[9] = String.format(Locale.ROOT, "%.5f", lon);
      appendRow(out, v);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Hub {@code hub}'s file of {@code rows} venues made from the sample's: each its own id, name,
   * position and phone number (copies of one sample venue are distinct venues), its registry number
   * unknown; every tenth row is the venue the hub before lists at the same row (same name, address,
   * phone and position; its own id), so that federation merges it with that one. With {@code
   * communes}, each venue is in a commune drawn by population, scattered around its centre;
   * without, around the sample venue it copies.
   */
  static byte[] generateHub(
      String header,
      List<String[]> templates,
      int rows,
      int hub,
      String prefix,
      int changeEvery,
      Communes communes) {
    StringBuilder out = new StringBuilder(rows * 900).append(header).append('\n');
    for (int i = 0; i < rows; i++) {
      int owner = hub > 0 && i % 10 == 0 ? hub - 1 : hub;
      Random random = new Random(owner * 1_000_003L + i);
      String[] v = templates.get(i % templates.size()).clone();
      v[0] = String.format(Locale.ROOT, "%s%07d", prefix, i);
      v[1] = "00000000000000";
      v[2] = v[2] + " " + owner + "-" + (i / templates.size() + 1);
      if (changeEvery > 0 && i % changeEvery == 0) {
        v[2] = v[2] + " (modifié)";
      }
      v[11] = String.format(Locale.ROOT, "+331%08d", Math.floorMod(owner, 100) * 1_000_000 + i);
      double lat = Double.parseDouble(v[8]) + (random.nextDouble() - 0.5) * 0.02;
      double lon = Double.parseDouble(v[9]) + (random.nextDouble() - 0.5) * 0.02;
      if (communes != null) {
        Commune c = communes.draw(random);
        // Scattered within ~1.5 km of the centre, more in large communes.
        double spread = 0.004 + Math.min(0.03, Math.sqrt(c.population()) / 40_000);
        v[3] = c.name();
        v[4] = c.postcode();
        v[5] = c.insee();
        lat = c.latitude() + random.nextGaussian() * spread;
        lon = c.longitude() + random.nextGaussian() * spread * 1.4;
      }
      v[8] = String.format(Locale.ROOT, "%.5f", lat);
      v[9] = String.format(Locale.ROOT, "%.5f", lon);
      appendRow(out, v);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  record Commune(
      String insee, String name, String postcode, double latitude, double longitude, long population) {}

  /**
   * The communes of the directory's reference (communes.csv, built in directory-core), drawn in
   * proportion to their population: most venues are in cities, as people are.
   */
  record Communes(List<Commune> all, long[] cumulative) {

    static Communes read(Path csv) throws IOException {
      List<Commune> all = new ArrayList<>();
      for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
        if (line.startsWith("#") || line.startsWith("insee;")) {
          continue;
        }
        String[] f = line.split(";", -1);
        boolean current = f[1].equals("COMMUNE") || f[1].equals("ARRONDISSEMENT_MUNICIPAL");
        // Paris, Lyon and Marseille are drawn by arrondissement.
        boolean city = List.of("75056", "69123", "13055").contains(f[0]);
        if (current && !city && !f[7].isEmpty() && !f[10].isEmpty()) {
          all.add(
              new Commune(
                  f[0],
                  f[3],
                  f[10].split(" ")[0],
                  Double.parseDouble(f[7]),
                  Double.parseDouble(f[8]),
                  f[6].isEmpty() ? 0 : Long.parseLong(f[6])));
        }
      }
      return of(all);
    }

    /** {@code all}, drawn in proportion to their population. */
    static Communes of(List<Commune> all) {
      long[] cumulative = new long[all.size()];
      long sum = 0;
      for (int i = 0; i < all.size(); i++) {
        sum += Math.max(1, all.get(i).population());
        cumulative[i] = sum;
      }
      return new Communes(all, cumulative);
    }

    /** The communes that pass {@code filter}, drawn by population among themselves. */
    Communes only(java.util.function.Predicate<Commune> filter) {
      return of(all.stream().filter(filter).toList());
    }

    Commune draw(Random random) {
      long pick = (long) (random.nextDouble() * cumulative[cumulative.length - 1]);
      int index = java.util.Arrays.binarySearch(cumulative, pick);
      return all.get(index >= 0 ? index : -index - 1);
    }
  }

  /** Appends {@code cells} as a line of the CSV, every cell quoted. */
  static void appendRow(StringBuilder out, String[] cells) {
    for (int j = 0; j < cells.length; j++) {
      if (j > 0) {
        out.append(',');
      }
      out.append('"').append(cells[j].replace("\"", "\"\"")).append('"');
    }
    out.append('\n');
  }

  /** A line of the sample (every cell quoted, no line breaks in cells). */
  static String[] parse(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells.toArray(String[]::new);
  }
}
