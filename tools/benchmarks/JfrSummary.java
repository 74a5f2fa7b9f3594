import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a server's time went during a JFR recording (api-benchmark.sh's BENCH_JFR): the execution
 * samples by layer (Lucene, Hibernate Search, JSON-B, Liberty/HTTP, our code...), the hottest
 * methods outside Lucene, our methods by the samples spent under them, and the garbage
 * collector's pauses and the CPU load beside them.
 *
 * <p>A sample counts for the layer of its top frame; a top frame of the JDK itself (collections,
 * strings, reflection) counts for the first caller frame outside the JDK, since that caller is
 * what spent the time (a HashMap lookup done by Lucene is Lucene's cost).
 *
 * <p>Usage: java JfrSummary.java RECORDING.jfr [TOP]
 */
public class JfrSummary {

  /** Layers by package prefix, the first that matches wins (so ORM after Hibernate Search). */
  static final Map<String, String> LAYERS = new LinkedHashMap<>();

  static {
    LAYERS.put("org.apache.lucene.", "Lucene");
    LAYERS.put("org.hibernate.search.", "Hibernate Search");
    LAYERS.put("org.hibernate.", "Hibernate ORM");
    LAYERS.put("org.eclipse.yasson.", "JSON-B / JSON-P");
    LAYERS.put("org.eclipse.parsson.", "JSON-B / JSON-P");
    LAYERS.put("org.glassfish.json.", "JSON-B / JSON-P");
    LAYERS.put("jakarta.json.", "JSON-B / JSON-P");
    LAYERS.put("com.google.gson.", "JSON (Gson, Elasticsearch client)");
    LAYERS.put("org.elasticsearch.", "Elasticsearch/OpenSearch client");
    LAYERS.put("org.apache.http.", "Elasticsearch/OpenSearch client");
    LAYERS.put("org.postgresql.", "JDBC / connection pool");
    LAYERS.put("com.ibm.ws.rsadapter.", "JDBC / connection pool");
    LAYERS.put("com.ibm.ws.jdbc.", "JDBC / connection pool");
    LAYERS.put("org.apache.derby.", "JDBC / connection pool");
    LAYERS.put("com.ibm.tx.", "Transactions (Liberty)");
    LAYERS.put("com.ibm.ws.tx.", "Transactions (Liberty)");
    LAYERS.put("com.ibm.ws.transaction.", "Transactions (Liberty)");
    LAYERS.put("org.jboss.weld.", "CDI (Weld)");
    LAYERS.put("org.jboss.resteasy.", "JAX-RS (RESTEasy)");
    LAYERS.put("org.apache.cxf.", "JAX-RS (CXF)");
    LAYERS.put("com.ibm.", "Liberty / HTTP");
    LAYERS.put("io.openliberty.", "Liberty / HTTP");
    LAYERS.put("io.netty.", "Liberty / HTTP");
    LAYERS.put("fr.mediation.", "our code");
  }

  static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    Map<String, Long> layers = new HashMap<>();
    Map<String, Long> methodsOutsideLucene = new HashMap<>();
    Map<String, Long> oursInclusive = new HashMap<>();
    long samples = 0;
    long truncated = 0;
    long gcCount = 0;
    Duration gcPauses = Duration.ZERO;
    double cpuJvm = 0;
    double cpuMachine = 0;
    long cpuReadings = 0;
    Instant first = null;
    Instant last = null;
    for (RecordedEvent event : readable(file)) {
      first = first == null || event.getStartTime().isBefore(first) ? event.getStartTime() : first;
      last = last == null || event.getEndTime().isAfter(last) ? event.getEndTime() : last;
      switch (event.getEventType().getName()) {
        case "jdk.ExecutionSample" -> {
          RecordedStackTrace stack = event.getStackTrace();
          if (stack == null || stack.getFrames().isEmpty()) continue;
          samples++;
          if (stack.isTruncated()) truncated++;
          RecordedFrame charged = charged(stack.getFrames());
          String type = charged.getMethod().getType().getName();
          String layer = layer(type);
          layers.merge(layer, 1L, Long::sum);
          if (!layer.equals("Lucene")) {
            methodsOutsideLucene.merge(layer + ": " + name(charged), 1L, Long::sum);
          }
          Set<String> seen = new HashSet<>();
          for (RecordedFrame frame : stack.getFrames()) {
            if (frame.getMethod().getType().getName().startsWith("fr.mediation.") && seen.add(name(frame))) {
              oursInclusive.merge(name(frame), 1L, Long::sum);
            }
          }
        }
        case "jdk.GarbageCollection" -> {
          gcCount++;
          gcPauses = gcPauses.plus(event.getDuration("sumOfPauses"));
        }
        case "jdk.CPULoad" -> {
          cpuJvm += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
          cpuMachine += event.getFloat("machineTotal");
          cpuReadings++;
        }
        default -> {}
      }
    }
    Duration span = first == null ? Duration.ZERO : Duration.between(first, last);
    System.out.printf(Locale.ROOT, "%s: %.0f s, %d execution samples (%d with a stack cut short)%n", file,
        span.toMillis() / 1e3, samples, truncated);
    if (cpuReadings > 0) {
      System.out.printf(Locale.ROOT, "CPU: the server's JVM %.0f %%, the whole machine %.0f %% (of all cores, mean)%n",
          100 * cpuJvm / cpuReadings, 100 * cpuMachine / cpuReadings);
    }
    System.out.printf(Locale.ROOT, "GC: %d collections, pauses %.0f ms in all (%.1f %% of the time)%n", gcCount,
        gcPauses.toNanos() / 1e6, span.isZero() ? 0 : 100.0 * gcPauses.toNanos() / span.toNanos());
    System.out.println("\nSamples by layer (the JDK's own frames charged to their caller):");
    print(layers, samples, top);
    System.out.println("\nHottest methods outside Lucene (same charging):");
    print(methodsOutsideLucene, samples, top);
    System.out.println("\nOur methods by the samples under them (inclusive):");
    print(oursInclusive, samples, top);
  }

  /** The top frame, or the first caller outside the JDK when the top frame is the JDK's. */
  static RecordedFrame charged(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      if (JDK.stream().noneMatch(type::startsWith)) return frame;
    }
    return frames.get(0);
  }

  static String layer(String type) {
    for (Map.Entry<String, String> layer : LAYERS.entrySet()) {
      if (type.startsWith(layer.getKey())) return layer.getValue();
    }
    return JDK.stream().anyMatch(type::startsWith) ? "JDK (no caller outside it)" : "other (" + type.replaceAll("\\.[^.]+$", "") + ")";
  }

  static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  static void print(Map<String, Long> counts, long total, int top) {
    counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
        .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
  }

  /**
   * The events of the recording up to its first unreadable one: a recording dumped while its JVM
   * was being stopped may end with a cut event, which would otherwise lose the whole file.
   */
  static List<RecordedEvent> readable(Path file) throws java.io.IOException {
    List<RecordedEvent> events = new java.util.ArrayList<>();
    try (RecordingFile recording = new RecordingFile(file)) {
      while (recording.hasMoreEvents()) {
        events.add(recording.readEvent());
      }
    } catch (java.io.IOException e) {
      System.err.println("Recording cut after " + events.size() + " events: " + e.getMessage());
    }
    return events;
  }
}
