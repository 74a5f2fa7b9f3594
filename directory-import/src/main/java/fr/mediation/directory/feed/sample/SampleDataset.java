package fr.mediation.directory.feed.sample;

import fr.mediation.directory.database.DatabaseMigrations;
import fr.mediation.directory.feed.ImportReport;
import fr.mediation.directory.feed.ImportSink;
import fr.mediation.directory.feed.standard.StandardCsvReader;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The project's own sample dataset (fictitious venues over metropolitan France and overseas),
 * loaded at start-up unless disabled with {@code directory.sample.enabled=false}. Loading the same
 * file again is skipped; a changed file updates the venues in place.
 */
@ApplicationScoped
public class SampleDataset {

  /** The source key of the sample venues. */
  public static final String SOURCE_KEY = "exemple";

  static final String RESOURCE = "sample/lieux-mediation-numerique-exemple.csv";

  private static final Logger LOG = Logger.getLogger(SampleDataset.class.getName());

  @Inject ImportSink sink;

  @Inject
  @ConfigProperty(name = "directory.sample.enabled", defaultValue = "true")
  boolean enabled;

  void loadOnStart(
      @Observes @Priority(DatabaseMigrations.PRIORITY + 100) @Initialized(ApplicationScoped.class) Object event) {
    if (!enabled) {
      LOG.info("Sample dataset disabled (directory.sample.enabled=false).");
      return;
    }
    ImportReport report = load();
    if (report.skipped()) {
      LOG.info("Sample dataset already loaded: nothing to do.");
    } else {
      LOG.info(
          () ->
              "Sample dataset loaded: "
                  + report.read()
                  + " rows read, "
                  + report.created()
                  + " created, "
                  + report.updated()
                  + " updated, "
                  + report.unchanged()
                  + " unchanged, "
                  + report.rejected().size()
                  + " rejected.");
      report
          .rejected()
          .forEach(r -> LOG.warning("Sample row " + r.number() + " rejected: " + r.errors()));
    }
  }

  /** Imports the sample file unless this exact content was imported already. */
  public ImportReport load() {
    byte[] content = read();
    String sha = sha256(content);
    if (sink.alreadyImported(SOURCE_KEY, sha)) {
      return new ImportReport(SOURCE_KEY, true, 0, 0, 0, 0, List.of());
    }
    var rows =
        StandardCsvReader.read(new StringReader(new String(content, StandardCharsets.UTF_8)));
    return sink.store(SOURCE_KEY, sha, rows);
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

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
