package fr.mediation.directory.source;

/**
 * Fired by the transaction that concludes run {@code runId} for good (published, failed): once it
 * has committed, the run's staged rows are deleted in the background ({@link StagedRowPurge}).
 */
public record StagedRowsReleased(long runId) {}
