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
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public-service figures of docs/benchmarks.md, against a directory started by
 * service-benchmark.sh: a 200-row push into a directory of BIG venues (time to its 202, time until
 * its run is complete), the world clusters view (uncached, then cached), and, in step "kill", a
 * push of KILL rows whose server the script kills (-9) while it runs. Launched with the source
 * launcher next to ImportBenchmark.java (its generator). Usage:
 *
 * <pre>
 * java -cp tools/benchmarks tools/benchmarks/ServiceBenchmark.java fill|push|clusters|kill|first-search BASE ADMIN_KEY SAMPLE_CSV [ROWS]
 * </pre>
 */
public class ServiceBenchmark {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public static void main(String[] args) throws Exception {
    String step = args[0];
    String base = args[1];
    String admin = args[2];
    Path sample = Path.of(args[3]);
    int rows = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    switch (step) {
      case "fill" -> fill(base, admin, file(sample, rows, "big"));
      case "push" -> push(base, admin, "bench-small-" + System.nanoTime(), file(sample, rows, "s"), true);
      case "clusters" -> clusters(base);
      case "kill" -> startAndDetach(base, admin, "bench-kill", file(sample, rows, "k"));
      case "first-search" -> firstSearch(base);
      default -> throw new IllegalArgumentException(step);
    }
  }

  /**
   * Fills the directory with {@code file}'s venues, pushed by sources of at most {@link #FILL_CHUNK}
   * rows each: a push's publication is one transaction, which Liberty cuts after two minutes (its
   * default), and 100,000 rows at once exceed that on a loaded machine.
   */
  private static void fill(String base, String admin, byte[] file) throws Exception {
    String[] lines = new String(file, StandardCharsets.UTF_8).split("\n");
    long start = System.nanoTime();
    int part = 0;
    int size = Math.min(FILL_CHUNK, lines.length); // no overflow past the last line
    for (int from = 1; from < lines.length; from += size) {
      StringBuilder chunk = new StringBuilder(lines[0]).append('\n');
      for (int i = from; i < Math.min(lines.length, from + size); i++) {
        chunk.append(lines[i]).append('\n');
      }
      push(base, admin, "bench-big-" + (++part), chunk.toString().getBytes(StandardCharsets.UTF_8), true);
    }
    System.out.printf(
        Locale.ROOT, "filled with %d venues in %.0f s%n", lines.length - 1, (System.nanoTime() - start) / 1e9);
  }

  /** Rows per source of the fill: the whole file as one source unless -Dfill.chunk says. */
  private static final int FILL_CHUNK = Integer.getInteger("fill.chunk", Integer.MAX_VALUE);

  /** {@code rows} venues of the sample's, their ids prefixed so that each source has its own. */
  private static byte[] file(Path sample, int rows, String prefix) throws IOException {
    List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
    List<String[]> bodies = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      bodies.add(ImportBenchmark.parse(line));
    }
    String csv =
        new String(ImportBenchmark.generate(lines.get(0), bodies, rows, 0), StandardCharsets.UTF_8);
    return csv.replace("\"bench-", "\"" + prefix + "-").getBytes(StandardCharsets.UTF_8);
  }

  private static HttpRequest pushRequest(String base, String source, String key, byte[] file) {
    return HttpRequest.newBuilder(URI.create(base + "/api/v1/sources/" + source + "/feed"))
        .header("Authorization", "Bearer " + key)
        .header("Content-Type", "text/csv")
        .timeout(Duration.ofMinutes(60))
        .PUT(HttpRequest.BodyPublishers.ofByteArray(file))
        .build();
  }

  /** Pushes {@code file}; prints the time to the answer, then (if asked) to the run's completion. */
  private static void push(String base, String admin, String source, byte[] file, boolean complete)
      throws Exception {
    String key = ImportBenchmark.createSource(HTTP, base, admin, source);
    long start = System.nanoTime();
    HttpResponse<String> answer =
        HTTP.send(pushRequest(base, source, key, file), HttpResponse.BodyHandlers.ofString());
    double answered = (System.nanoTime() - start) / 1e9;
    String location = answer.headers().firstValue("Location").orElse(null);
    System.out.printf(
        Locale.ROOT,
        "push of %d bytes to %s: HTTP %d in %.2f s%n",
        file.length,
        source,
        answer.statusCode(),
        answered);
    if (!complete || location == null) {
      return;
    }
    String path = URI.create(location).getRawPath();
    while (true) {
      HttpResponse<String> run =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .header("Authorization", "Bearer " + key)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (run.body().contains("\"complete\":true")) {
        System.out.printf(
            Locale.ROOT,
            "  complete after %.2f s: %s%n",
            (System.nanoTime() - start) / 1e9,
            field(run.body(), "status") + " created=" + field(run.body(), "created"));
        return;
      }
      Thread.sleep(100);
    }
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(\"[^\"]*\"|\\d+)").matcher(json);
    return m.find() ? m.group(1).replace("\"", "") : "?";
  }

  /** The world view at zoom 17, twice: computed, then from the cache. */
  private static void clusters(String base) throws Exception {
    String path = "/api/v1/venues/clusters?bbox=-180,-85,180,85.001&zoom=17";
    for (String what : List.of("uncached", "cached")) {
      long start = System.nanoTime();
      HttpResponse<byte[]> answer =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base + path)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      System.out.printf(
          Locale.ROOT,
          "world clusters (%s): HTTP %d, %d bytes, %.3f s%n",
          what,
          answer.statusCode(),
          answer.body().length,
          (System.nanoTime() - start) / 1e9);
    }
  }

  /** Starts a push and returns once its run is seen running, leaving the upload to the server. */
  private static void startAndDetach(String base, String admin, String source, byte[] file)
      throws Exception {
    String key = ImportBenchmark.createSource(HTTP, base, admin, source);
    CompletableFuture<HttpResponse<String>> push =
        HTTP.sendAsync(pushRequest(base, source, key, file), HttpResponse.BodyHandlers.ofString());
    while (!push.isDone()) {
      HttpResponse<String> runs =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/sources/" + source + "/runs"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (runs.body().contains("\"running\"")) {
        System.out.println("import of " + source + " running");
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("the push ended before it was seen running: " + push.get());
  }

  /** Polls a search until it answers with venues; prints nothing (the script times it). */
  private static void firstSearch(String base) throws Exception {
    String path = "/api/v1/venues?lat=48.8566&lon=2.3522&radius_km=50&limit=5";
    while (true) {
      try {
        HttpResponse<String> answer =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200 && !answer.body().contains("\"total\":0")) {
          System.out.println("first search: " + field(answer.body(), "total") + " venues");
          return;
        }
      } catch (IOException notYet) {
        // the server is not listening yet
      }
      Thread.sleep(50);
    }
  }
}
