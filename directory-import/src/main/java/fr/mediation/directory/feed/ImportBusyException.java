package fr.mediation.directory.feed;

import fr.mediation.directory.source.Sources;
import java.time.Instant;

/** The source already has an import running (on this server or another): one at a time. */
public class ImportBusyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String sourceKey;
  private final Long runningRunId;
  private final Instant runningSince;

  public ImportBusyException(String sourceKey, Long runningRunId, Instant runningSince) {
    super(
        "Source "
            + sourceKey
            + " is already importing a file"
            + (runningRunId == null ? "" : " (run " + runningRunId + ")")
            + "; one import per source at a time.");
    this.sourceKey = sourceKey;
    this.runningRunId = runningRunId;
    this.runningSince = runningSince;
  }

  /**
   * What to throw when a write that claims source {@code sourceKey} for a run failed with {@code
   * failure}: the source busy when one of its runs is running (the write lost the race to it), else
   * the failure itself.
   */
  static RuntimeException orFailure(Sources sources, String sourceKey, RuntimeException failure) {
    return sources
        .runningRun(sourceKey)
        .<RuntimeException>map(
            running -> new ImportBusyException(sourceKey, running.getId(), running.getStartedAt()))
        .orElse(failure);
  }

  public String sourceKey() {
    return sourceKey;
  }

  /** The running run, when it could be read. */
  public Long runningRunId() {
    return runningRunId;
  }

  public Instant runningSince() {
    return runningSince;
  }
}
