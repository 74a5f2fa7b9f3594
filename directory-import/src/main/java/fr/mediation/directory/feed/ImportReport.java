package fr.mediation.directory.feed;

import java.util.List;

/**
 * What an import did: rows read, accepted (of which created, updated, unchanged) and rejected with
 * their reasons. {@code skipped} is true when the same content had already been imported.
 */
public record ImportReport(
    String sourceKey,
    boolean skipped,
    int read,
    int created,
    int updated,
    int unchanged,
    List<RejectedRow> rejected) {

  public ImportReport {
    rejected = List.copyOf(rejected);
  }

  /** Rows stored or confirmed unchanged. */
  public int accepted() {
    return created + updated + unchanged;
  }
}
