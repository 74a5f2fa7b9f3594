package fr.mediation.directory.feed;

import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.SourceFile;
import fr.mediation.directory.source.SourceFiles;
import fr.mediation.directory.source.Sources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * What the administrator does to a source's definition, for the admin API and the console alike:
 * create or change it (every setting validated by {@link SourceSettings}, a new push source given
 * its key), and try changed settings (an edited mapping most of all) on the source's last file
 * before saving them.
 */
@ApplicationScoped
public class SourceAdministration {

  @Inject Sources sources;

  @Inject SourceFiles files;

  @Inject FeedImporter importer;

  /**
   * A source just saved.
   *
   * @param created whether it did not exist before
   * @param pushKey the key of a push source just created (shown once, only its hash is kept), or
   *     null
   */
  public record Saved(Source source, boolean created, String pushKey) {}

  /** The report an import of the source's last file would give with the tried settings. */
  public record Trial(SourceFile file, ImportReport report) {}

  /**
   * Creates source {@code settings.id()} or replaces its definition (its push key and pull state
   * kept).
   *
   * @throws SourceSettings.InvalidSettingException naming the first setting that cannot be used
   *     (with the mapping's violations, JSON pointers, when it breaks the format's schema); nothing
   *     is saved then
   */
  @Transactional
  public Saved save(SourceSettings settings) {
    Instant now = Instant.now();
    Optional<Source> existing = sources.find(settings.id());
    Source source =
        sources.save(
            settings.applyTo(existing.orElseGet(() -> new Source(settings.id(), now)), now));
    String pushKey =
        existing.isEmpty() && source.getDelivery() == Source.Delivery.PUSH
            ? sources.newPushKey(source.getKey())
            : null;
    return new Saved(source, existing.isEmpty(), pushKey);
  }

  /**
   * Reads source {@code settings.id()}'s last file with {@code settings} (validated first, never
   * saved) through the import's dry run ({@link FeedImporter#check(Source, byte[])}): nothing
   * changes.
   *
   * @return empty when the source never sent a file, or its last one was too large to keep
   * @throws SourceSettings.InvalidSettingException as {@link #save} does
   */
  public Optional<Trial> tryOnLastFile(SourceSettings settings) {
    Instant now = Instant.now();
    Source tried = settings.applyTo(new Source(settings.id(), now), now);
    Optional<SourceFile> file = files.last(settings.id()).filter(SourceFile::isContentKept);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    Optional<byte[]> content = files.lastContent(settings.id());
    return content.map(c -> new Trial(file.get(), importer.check(tried, c)));
  }
}
