package fr.mediation.directory.index;

import fr.mediation.directory.database.DatabaseMigrations;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * At start-up, rebuilds the search index of an existing directory whose index was built by an older
 * mapping (fields added or analysed differently), in the background: the directory serves meanwhile
 * (on Lucene with fewer results until the rebuild ends, see docs/deploy.md). On several nodes, one
 * of them rebuilds.
 */
@ApplicationScoped
public class IndexUpgrade {

  /**
   * The version of the index mapping and analysis. Raise it with every change that documents
   * already indexed do not follow; the next start of an existing directory rebuilds its index.
   *
   * <ol>
   *   <li>The first mapping of the search.
   *   <li>The fields of a search result stored in the index, so that searches read no database.
   *   <li>The hub's text of hours not read exactly ({@code horaires_source}), such hours not
   *       indexed as a schedule; the venue's words unstemmed, so that typos in a word's ending are
   *       forgiven.
   *   <li>Temporary closures and exceptional hours ({@code closed}, {@code temporary}, {@code
   *       closures}).
   *   <li>One document per venue: opening hours, closures and exceptional hours as range fields
   *       ({@code open_week}, {@code open_holiday}, {@code closed_days}, {@code
   *       exceptional_minutes}) instead of nested documents.
   * </ol>
   */
  public static final int MAPPING_VERSION = 5;

  /** After federation's start-up, before the sample dataset and the scheduled pulls. */
  public static final int PRIORITY = DatabaseMigrations.PRIORITY + 70;

  /** Loading threads of the rebuild: leaves a core to the requests on a small machine. */
  private static final int THREADS = 1;

  private static final Logger LOG = Logger.getLogger(IndexUpgrade.class.getName());

  @Inject IndexState state;

  @Inject Reindexing reindexing;

  void onStart(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object event) {
    if (state.mappingVersion() >= MAPPING_VERSION) {
      return;
    }
    if (state.noVenue()) {
      state.completed(MAPPING_VERSION);
      return;
    }
    if (!state.claim(MAPPING_VERSION, Instant.now())) {
      LOG.info("The search index is being rebuilt for a new mapping by another node.");
      return;
    }
    LOG.info(
        () ->
            "The search index was built by mapping version "
                + state.mappingVersion()
                + "; rebuilding it for version "
                + MAPPING_VERSION
                + " in the background.");
    reindexing.start(
        THREADS,
        succeeded -> {
          if (succeeded) {
            state.completed(MAPPING_VERSION);
            LOG.info(() -> "Search index rebuilt for mapping version " + MAPPING_VERSION + ".");
          } else {
            state.released();
          }
        });
  }
}
