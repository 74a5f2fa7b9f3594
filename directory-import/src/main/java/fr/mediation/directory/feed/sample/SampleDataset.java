package fr.mediation.directory.feed.sample;

import fr.mediation.directory.database.DatabaseMigrations;
import fr.mediation.directory.feed.FeedFormats;
import fr.mediation.directory.feed.FeedImporter;
import fr.mediation.directory.feed.ImportReport;
import fr.mediation.directory.source.ImportRun.Trigger;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The project's own sample dataset (fictitious venues over metropolitan France and overseas): a
 * bundled source, loaded at start-up unless disabled with {@code directory.sample.enabled=false}.
 * The same file is not imported twice; a changed file updates the venues in place.
 */
@ApplicationScoped
public class SampleDataset {

  /** The source key of the sample venues. */
  public static final String SOURCE_KEY = "exemple";

  static final String RESOURCE = "sample/lieux-mediation-numerique-exemple.csv";

  private static final Logger LOG = Logger.getLogger(SampleDataset.class.getName());

  @Inject Sources sources;

  @Inject FeedImporter importer;

  @Inject
  @ConfigProperty(name = "directory.sample.enabled", defaultValue = "true")
  boolean enabled;

  void loadOnStart(
      @Observes @Priority(DatabaseMigrations.PRIORITY + 100) @Initialized(ApplicationScoped.class) Object event) {
    if (!enabled) {
      LOG.info("Sample dataset disabled (directory.sample.enabled=false).");
      return;
    }
    Optional<ImportReport> report = load();
    if (report.isEmpty()) {
      LOG.info("Sample dataset already loaded: nothing to do.");
    } else {
      LOG.info(() -> "Sample dataset loaded: " + report.get().message());
      report
          .get()
          .rejected()
          .forEach(r -> LOG.warning("Sample row " + r.number() + " rejected: " + r.errors()));
    }
  }

  /** Imports the sample file unless this exact content is the last one imported. */
  public Optional<ImportReport> load() {
    byte[] content = read();
    if (sources.find(SOURCE_KEY).isEmpty()) {
      Source source = new Source(SOURCE_KEY, Instant.now());
      source.describe(
          "Jeu d'exemple",
          "Projet annuaire des lieux de médiation numérique",
          "Licence Ouverte 2.0",
          FeedFormats.STANDARD_V1_CSV,
          null,
          Source.Delivery.BUNDLED,
          null,
          null,
          Source.DEFAULT_MAX_RETIRE_SHARE,
          Instant.now());
      sources.save(source);
    }
    if (sources.lastImportedSha(SOURCE_KEY).filter(Sources.sha256(content)::equals).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(importer.importFile(SOURCE_KEY, content, Trigger.STARTUP));
  }

  private static byte[] read() {
    try (InputStream in = SampleDataset.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The sample dataset " + RESOURCE + " is not packaged.");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
