package fr.mediation.directory.feed;

import fr.mediation.directory.source.ImportRun.Status;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did: rows read, accepted (of which created, updated, unchanged), venues retired,
 * rejected rows with their reasons, accepted rows with warnings, rows the mapping's {@code skip}
 * left out (how many per reason, in French); and how the run ended, explained in English and
 * French.
 */
public record ImportReport(
    Long runId,
    String sourceKey,
    Status status,
    String message,
    String messageFr,
    int read,
    int created,
    int updated,
    int unchanged,
    int retired,
    List<RejectedRow> rejected,
    List<WarnedRow> warned,
    Map<String, Integer> skipped) {

  public ImportReport {
    rejected = List.copyOf(rejected);
    warned = List.copyOf(warned);
    skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
  }

  /** Rows stored or confirmed unchanged. */
  public int accepted() {
    return created + updated + unchanged;
  }
}
