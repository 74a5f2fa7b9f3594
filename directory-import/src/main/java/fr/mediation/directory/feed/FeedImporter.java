package fr.mediation.directory.feed;

import fr.mediation.directory.federation.FederationQueue;
import fr.mediation.directory.feed.mapping.MappingException;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.source.ImportRun.Status;
import fr.mediation.directory.source.ImportRun.Trigger;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.SourceFiles;
import fr.mediation.directory.source.Sources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports one file of a source, however it arrived (pushed, pulled, bundled): one import per source
 * at a time (a second one is refused with {@link ImportBusyException}); the same content as the
 * last import is recorded as unchanged; a file that cannot be read is recorded as failed and
 * changes nothing; otherwise its rows go to the {@link ImportSink}, which publishes them all
 * together. The merged venues follow, in the background ({@link #accept}) or before the answer
 * ({@link #importFile}).
 */
@ApplicationScoped
public class FeedImporter {

  private static final String MESSAGES = "fr.mediation.directory.feed.messages";

  private static final Logger LOG = Logger.getLogger(FeedImporter.class.getName());

  @Inject Sources sources;

  @Inject ImportSink sink;

  @Inject ImportWriter writer;

  @Inject FederationQueue federation;

  @Inject SourceFiles files;

  /**
   * Imports {@code content} as the current file of source {@code sourceKey}, then composes the
   * merged venues before answering (the sample dataset, tests): the report's run is complete.
   *
   * @throws IllegalArgumentException when there is no such source
   * @throws ImportBusyException when the source is already importing a file
   */
  public ImportReport importFile(String sourceKey, byte[] content, Trigger trigger) {
    ImportReport report = run(sourceKey, content, trigger);
    if (report.status() == Status.SUCCEEDED) {
      federation.runNow();
    }
    return report;
  }

  /**
   * Imports {@code content} as the current file of source {@code sourceKey} and answers as soon as
   * its rows are published; the merged venues are composed and indexed in the background, and the
   * run is then recorded as complete.
   *
   * @throws IllegalArgumentException when there is no such source
   * @throws ImportBusyException when the source is already importing a file
   */
  public ImportReport accept(String sourceKey, byte[] content, Trigger trigger) {
    ImportReport report = run(sourceKey, content, trigger);
    if (report.status() == Status.SUCCEEDED) {
      federation.request();
    }
    return report;
  }

  /**
   * "Vérifier sans publier": reads {@code content} as a file of source {@code sourceKey} through
   * the import's own path (format or mapping, row filters, validation, commune and position checks,
   * shrink guard) and returns the report the import would give, changing nothing: no run recorded,
   * no venue written or retired, nothing indexed or federated. It does not wait for a running
   * import of the source, and reads the file even when it is the same as the last one imported. An
   * unreadable file gives a {@code FAILED} report, as the import would.
   *
   * @throws IllegalArgumentException when there is no such source
   */
  public ImportReport check(String sourceKey, byte[] content) {
    return check(
        sources
            .find(sourceKey)
            .orElseThrow(() -> new IllegalArgumentException("No source " + sourceKey)),
        content);
  }

  /**
   * {@link #check(String, byte[])} with {@code source} as given, possibly changed and not saved (an
   * edited format or mapping tried before it is saved): its key names the stored venues the file is
   * compared with, its format and mapping read the file, its share bounds the retirements.
   */
  public ImportReport check(Source source, byte[] content) {
    String sourceKey = source.getKey();
    try {
      return sink.check(
          source, FeedFormats.rows(source.getFormat(), source.getMappingYaml(), content));
    } catch (FeedFormatException e) {
      return unreadable(sourceKey, new Message(e.getMessage(), e.frenchMessage()));
    } catch (MappingException e) {
      return unreadable(sourceKey, e.message());
    }
  }

  /** Concludes run {@code runId} as failed: its file could not be read, for {@code why}. */
  private ImportReport failedToRead(long runId, Message why) {
    Message failed = Message.around(MESSAGES, "run.unreadable", why);
    return sink.conclude(runId, Status.FAILED, failed);
  }

  private static ImportReport unreadable(String sourceKey, Message why) {
    Message outcome = ImportMessages.dryRunUnreadable(why);
    return new ImportReport(
        null,
        sourceKey,
        Status.FAILED,
        outcome.en(),
        outcome.fr(),
        0,
        0,
        0,
        0,
        0,
        java.util.List.of(),
        java.util.List.of(),
        java.util.Map.of());
  }

  /**
   * Records a run of source {@code sourceKey} that had no file to import (the hub's server answered
   * 304, or could not be reached): it changed nothing.
   *
   * @throws ImportBusyException when the source is already importing a file
   */
  public ImportReport record(
      String sourceKey, String sha, Trigger trigger, Status status, Message outcome) {
    return sink.conclude(start(sourceKey, sha, trigger), status, outcome);
  }

  private ImportReport run(String sourceKey, byte[] content, Trigger trigger) {
    Source source =
        sources
            .find(sourceKey)
            .orElseThrow(() -> new IllegalArgumentException("No source " + sourceKey));
    String sha = Sources.sha256(content);
    Optional<String> last = sources.lastImportedSha(sourceKey);
    long runId = start(sourceKey, sha, trigger);
    try {
      keepFile(sourceKey, runId, content, sha);
      if (last.isPresent()
          && last.get().equals(sha)
          && !sources.readingChangedSinceLastImport(source)) {
        Message unchanged = Message.of(MESSAGES, "run.unchanged");
        return sink.conclude(runId, Status.UNCHANGED, unchanged);
      }
      // A file that turns out unreadable halfway publishes nothing: its run is concluded as
      // failed, which deletes what it staged.
      try {
        return sink.store(
            source, runId, FeedFormats.rows(source.getFormat(), source.getMappingYaml(), content));
      } catch (FeedFormatException e) {
        return failedToRead(runId, new Message(e.getMessage(), e.frenchMessage()));
      } catch (MappingException e) {
        return failedToRead(runId, e.message());
      }
    } catch (RuntimeException e) {
      writer.abandon(runId, Instant.now());
      throw e;
    }
  }

  /**
   * Keeps the file as the source's last one, whatever its run becomes (an unreadable file most of
   * all): an edited mapping is tried on it. Called once the run holds the source, so that a file
   * refused as busy replaces nothing; a failure to keep it is logged and does not fail the import.
   */
  private void keepFile(String sourceKey, long runId, byte[] content, String sha) {
    try {
      files.keep(sourceKey, runId, content, sha, Instant.now());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not keep the last file of source " + sourceKey, e);
    }
  }

  /** Starts a run of the source, unless one is running. */
  private long start(String sourceKey, String sha, Trigger trigger) {
    try {
      return writer.start(sourceKey, sha, trigger, Instant.now());
    } catch (RuntimeException e) {
      throw ImportBusyException.orFailure(sources, sourceKey, e);
    }
  }
}
