package fr.mediation.directory.source;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The runs whose publication this node is running. A publication holds its run's row locked (taken
 * by {@link Sources#claimForPublication}) until it commits, which already keeps other nodes from
 * concluding the run as interrupted; the heartbeat leaves these runs alone, instead of waiting for
 * that lock at each beat and failing on a long publication.
 */
@ApplicationScoped
public class RunsInPublication {

  private final Set<Long> ids = ConcurrentHashMap.newKeySet();

  /** Runs {@code work}, the publication of run {@code runId}, outside of its transaction. */
  public <T> T publishing(long runId, Supplier<T> work) {
    ids.add(runId);
    try {
      return work.get();
    } finally {
      ids.remove(runId);
    }
  }

  /** The runs being published now. */
  public Set<Long> ids() {
    return Set.copyOf(ids);
  }
}
