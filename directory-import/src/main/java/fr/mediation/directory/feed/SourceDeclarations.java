package fr.mediation.directory.feed;

import fr.mediation.directory.database.DatabaseMigrations;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Sources declared in files: every {@code *.yaml} of the folder {@code directory.sources.dir}
 * (environment variable {@code DIRECTORY_SOURCES_DIR}) is read at start-up and its source created
 * or updated. A file that cannot be used is reported in the log, naming the file and the setting,
 * and the others are still read.
 */
@ApplicationScoped
public class SourceDeclarations {

  private static final Logger LOG = Logger.getLogger(SourceDeclarations.class.getName());

  private static final Set<String> KEYS =
      Set.of(
          "source",
          "id",
          "expected_period_days",
          "name",
          "publisher",
          "licence",
          "format",
          "mapping",
          "delivery",
          "url",
          "pull_every_minutes",
          "max_retire_share",
          "push_key_sha256");

  @Inject Sources sources;

  @Inject
  @ConfigProperty(name = "directory.sources.dir")
  Optional<String> directory;

  void declareOnStart(
      @Observes @Priority(DatabaseMigrations.PRIORITY + 50) @Initialized(ApplicationScoped.class) Object event) {
    directory.filter(d -> !d.isBlank()).map(Path::of).ifPresent(this::declareAll);
  }

  /** Creates or updates the sources declared in {@code folder}; returns those declared. */
  public List<String> declareAll(Path folder) {
    List<String> declared = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      LOG.warning("No folder of source declarations at " + folder.toAbsolutePath());
      return declared;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        try {
          SourceSettings settings = read(file);
          Source source =
              sources.find(settings.id()).orElseGet(() -> new Source(settings.id(), Instant.now()));
          sources.save(settings.applyTo(source, Instant.now()));
          declared.add(settings.id());
        } catch (IllegalArgumentException e) {
          LOG.severe("Source declaration " + file + " ignored: " + e.getMessage());
        }
      }
    } catch (IOException e) {
      LOG.severe("Cannot read the source declarations in " + folder + ": " + e);
    }
    LOG.info(() -> "Sources declared from " + folder + ": " + declared);
    return declared;
  }

  /**
   * Reads one declaration file.
   *
   * @throws IllegalArgumentException naming the file and the setting that cannot be used
   */
  public static SourceSettings read(Path file) throws IOException {
    Object document;
    try (Reader reader = Files.newBufferedReader(file)) {
      document =
          new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromReader(reader);
    } catch (YamlEngineException e) {
      throw new IllegalArgumentException("Invalid YAML: " + e.getMessage(), e);
    }
    if (!(document instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(file + " must be a map of settings.");
    }
    for (Object key : map.keySet()) {
      if (!KEYS.contains(String.valueOf(key))) {
        throw new IllegalArgumentException(
            file
                + ": unknown setting '"
                + key
                + "' (expected one of "
                + new java.util.TreeSet<>(KEYS)
                + ")");
      }
    }
    if (!Integer.valueOf(1).equals(map.get("source"))) {
      throw new IllegalArgumentException(
          file + ": 'source' must be 1 (the declaration format's version).");
    }
    SourceSettings settings =
        new SourceSettings(
            text(map.get("id")),
            text(map.get("name")),
            text(map.get("publisher")),
            text(map.get("licence")),
            text(map.get("format")),
            text(map.get("mapping")),
            text(map.get("delivery")),
            text(map.get("url")),
            map.get("pull_every_minutes") instanceof Number n ? n.intValue() : null,
            map.get("max_retire_share") instanceof Number n ? n.doubleValue() : null,
            text(map.get("push_key_sha256")),
            map.get("expected_period_days") instanceof Number n ? n.intValue() : null);
    try {
      settings.validate();
    } catch (SourceSettings.InvalidSettingException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
    return settings;
  }

  private static String text(Object value) {
    return value == null ? null : String.valueOf(value);
  }
}
