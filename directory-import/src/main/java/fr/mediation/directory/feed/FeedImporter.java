package fr.mediation.directory.feed;

import fr.mediation.directory.feed.mapping.MappingException;
import fr.mediation.directory.source.ImportRun.Status;
import fr.mediation.directory.source.ImportRun.Trigger;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Imports one file of a source, however it arrived (pushed, pulled, bundled): the same content as
 * the last import is recorded as unchanged; a file that cannot be read is recorded as failed and
 * changes nothing; otherwise its rows go to the {@link ImportSink}.
 */
@ApplicationScoped
public class FeedImporter {

  @Inject Sources sources;

  @Inject ImportSink sink;

  /**
   * Imports {@code content} as the current file of source {@code sourceKey}.
   *
   * @throws IllegalArgumentException when there is no such source
   */
  public ImportReport importFile(String sourceKey, byte[] content, Trigger trigger) {
    Source source =
        sources
            .find(sourceKey)
            .orElseThrow(() -> new IllegalArgumentException("No source " + sourceKey));
    String sha = Sources.sha256(content);
    Optional<String> last = sources.lastImportedSha(sourceKey);
    if (last.isPresent() && last.get().equals(sha)) {
      return sink.record(
          sourceKey,
          sha,
          trigger,
          Status.UNCHANGED,
          "Same file as the last import: nothing to do.",
          "Fichier identique au dernier importé : rien à faire.");
    }
    // The sink reads the whole file once (its ids) before it writes anything: a file that turns
    // out unreadable halfway changes nothing either.
    try {
      return sink.store(
          source,
          sha,
          FeedFormats.rows(source.getFormat(), source.getMappingYaml(), content),
          trigger);
    } catch (FeedFormatException | MappingException e) {
      return sink.record(
          sourceKey,
          sha,
          trigger,
          Status.FAILED,
          "The file could not be read; nothing was changed. " + e.getMessage(),
          "Le fichier n'a pas pu être lu ; rien n'a été modifié. " + e.getMessage());
    }
  }
}
