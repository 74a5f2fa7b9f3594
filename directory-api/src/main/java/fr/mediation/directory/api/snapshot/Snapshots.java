package fr.mediation.directory.api.snapshot;

import fr.mediation.directory.api.venue.WholeExports;
import fr.mediation.directory.database.DatabaseMigrations;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import fr.mediation.directory.venue.search.VenueSearch;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes, every {@code directory.snapshot.every-hours} hours (0: never on its own), a snapshot of
 * the whole national export to files: the standard v1 as CSV and JSON, GeoJSON, and {@code
 * metadata.json} (DCAT terms: schema, licence, producers, generation date, rows by source, each
 * file's SHA-256). The files are written aside, then swapped in, so that {@code latest} always
 * holds one whole snapshot. Files live under {@code directory.snapshot.dir} (by default the data
 * directory's {@code snapshots}).
 */
@ApplicationScoped
public class Snapshots {

  private static final Logger LOG = Logger.getLogger(Snapshots.class.getName());

  static final String CSV = "lieux-mediation-numerique.csv";
  static final String JSON = "lieux-mediation-numerique.json";
  static final String GEOJSON = "lieux-mediation-numerique.geojson";
  static final String METADATA = "metadata.json";

  /** The files a snapshot holds, with their media types. */
  static final List<String[]> FILES =
      List.of(
          new String[] {CSV, "CSV", "text/csv"},
          new String[] {JSON, "JSON", "application/json"},
          new String[] {GEOJSON, "GeoJSON", "application/geo+json"});

  @Inject VenueSearch search;

  @Inject Sources sources;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "directory.snapshot.dir")
  Optional<String> snapshotDir;

  @Inject
  @ConfigProperty(name = "directory.data.dir")
  Optional<String> dataDir;

  @Inject
  @ConfigProperty(name = "directory.snapshot.every-hours", defaultValue = "24")
  int everyHours;

  @Inject
  @ConfigProperty(name = "directory.snapshot.licence", defaultValue = "Licence Ouverte 2.0")
  String licence;

  @Inject
  @ConfigProperty(
      name = "directory.snapshot.licence-url",
      defaultValue = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/")
  String licenceUrl;

  Clock clock = Clock.systemUTC();

  private ScheduledFuture<?> task;

  void onStart(
      @Observes @Priority(DatabaseMigrations.PRIORITY + 400) @Initialized(ApplicationScoped.class) Object event) {
    if (everyHours > 0) {
      // The first one a few minutes after start: the start-up imports come first.
      task =
          scheduler.scheduleAtFixedRate(
              this::generateQuietly, 10, everyHours * 60L, TimeUnit.MINUTES);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  private void generateQuietly() {
    try {
      generate();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Snapshot not written: " + e, e);
    }
  }

  /** The folder of the latest snapshot. */
  Path latest() {
    return root().resolve("latest");
  }

  private Path root() {
    return Path.of(
        snapshotDir
            .filter(d -> !d.isBlank())
            .orElseGet(
                () ->
                    dataDir
                        .filter(d -> !d.isBlank())
                        .map(d -> d + "/snapshots")
                        .orElse(System.getProperty("java.io.tmpdir") + "/directory-snapshots")));
  }

  /** The latest snapshot's metadata (download URLs relative to its folder), if any. */
  Optional<JsonObject> metadata() throws IOException {
    Path file = latest().resolve(METADATA);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        var json = Json.createReader(reader)) {
      return Optional.of(json.readObject());
    }
  }

  /** Writes a new snapshot now and makes it the latest; its metadata. */
  public synchronized JsonObject generate() throws IOException {
    Instant now = clock.instant();
    Path root = root();
    Path next = root.resolve("next");
    delete(next);
    Files.createDirectories(next);
    List<SnapshotMetadata.Distribution> files = new ArrayList<>();
    try (Jsonb jsonb = JsonbBuilder.create()) {
      files.add(write(next, CSV, WholeExports.csv(search), "CSV", "text/csv"));
      files.add(write(next, JSON, WholeExports.json(search), "JSON", "application/json"));
      files.add(
          write(
              next,
              GEOJSON,
              WholeExports.geoJson(search, jsonb),
              "GeoJSON",
              "application/geo+json"));
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    }
    List<SnapshotMetadata.Producer> producers = new ArrayList<>();
    for (Source s : sources.all()) {
      long venues = sources.activeVenues(s.getKey());
      if (venues > 0) {
        producers.add(
            new SnapshotMetadata.Producer(
                s.getKey(), s.getName(), s.getPublisher(), s.getLicence(), venues));
      }
    }
    JsonObject metadata =
        SnapshotMetadata.of(now, licence, licenceUrl, files.get(1).rows(), producers, files, "");
    try (JsonWriter writer =
        Json.createWriter(
            Files.newBufferedWriter(next.resolve(METADATA), StandardCharsets.UTF_8))) {
      writer.writeObject(metadata);
    }
    Path latest = latest();
    Path old = root.resolve("previous");
    delete(old);
    if (Files.exists(latest)) {
      Files.move(latest, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(next, latest, StandardCopyOption.ATOMIC_MOVE);
    delete(old);
    LOG.info("Snapshot written: " + files.get(1).rows() + " venues, " + latest);
    return metadata;
  }

  private static SnapshotMetadata.Distribution write(
      Path dir, String name, StreamingOutput export, String format, String mediaType)
      throws IOException {
    Path file = dir.resolve(name);
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
      export.write(out);
    }
    return new SnapshotMetadata.Distribution(
        name,
        format,
        mediaType,
        Files.size(file),
        rows(file, format),
        HexFormat.of().formatHex(sha.digest()));
  }

  /** Rows of a written file: CSV records, or objects of the JSON array, or GeoJSON features. */
  static long rows(Path file, String format) throws IOException {
    if (format.equals("CSV")) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
          var csv = CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
        return csv.stream().count();
      }
    }
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = Json.createParser(in)) {
      long rows = 0;
      int depth = 0;
      // The JSON export is an array of rows (depth 1); GeoJSON's features are at depth 2.
      int rowDepth = format.equals("JSON") ? 1 : 2;
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
          depth++;
          if (event == JsonParser.Event.START_OBJECT && depth == rowDepth + 1) {
            rows++;
          }
        } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
          depth--;
        }
      }
      return rows;
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
