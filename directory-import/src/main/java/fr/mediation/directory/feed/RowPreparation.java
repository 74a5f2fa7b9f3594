package fr.mediation.directory.feed;

import fr.mediation.directory.feed.ImportWriter.Accepted;
import fr.mediation.directory.feed.ImportWriter.Known;
import fr.mediation.directory.feed.RowValidator.Validation;
import fr.mediation.directory.feed.mapping.FieldWarning;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.venue.Venue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an import computes of one row on its own, before the rows around it matter: the row
 * validated, placed in its commune, its venue's fingerprint compared with the stored one, and the
 * row of the standard to stage when it changed. It reads nothing but the row and what it was made
 * with, so that the {@link ImportSink} prepares a file's rows on several threads ({@link
 * SideBySide}); repeated ids and the chunks written are decided afterwards, in file order.
 */
final class RowPreparation {

  private final PlaceNormaliser places;
  private final String sourceKey;
  private final Map<String, Known> known;
  private final boolean dry;
  private final Instant now;

  /**
   * @param known the source's stored venues by local id, only read
   * @param dry whether nothing will be staged (no standard row is made then)
   */
  RowPreparation(
      PlaceNormaliser places,
      String sourceKey,
      Map<String, Known> known,
      boolean dry,
      Instant now) {
    this.places = places;
    this.sourceKey = sourceKey;
    this.known = known;
    this.dry = dry;
    this.now = now;
  }

  /**
   * A row as prepared: a skipped row only carries itself; a rejected one its validation; an
   * accepted one its warnings (validation and placing), its local id, whether its venue is
   * unchanged, and the row to stage when it is not (none for a dry run).
   */
  record Prepared(
      MappedRow row,
      Validation validation,
      List<FieldWarning> warnings,
      String localId,
      boolean unchanged,
      Accepted accepted) {}

  /** Prepares one row. */
  Prepared prepare(MappedRow row) {
    if (row.skipped() != null) {
      return new Prepared(row, null, List.of(), null, false, null);
    }
    Validation validation = RowValidator.validate(row);
    if (!validation.accepted()) {
      return new Prepared(row, validation, List.of(), null, false, null);
    }
    List<FieldWarning> warnings = new ArrayList<>(validation.warnings());
    PlaceNormaliser.Placed placed = places.place(validation.record(), warnings);
    String localId = placed.record().id().value();
    Venue candidate = new Venue(sourceKey, placed.record(), now);
    Known k = known.get(localId);
    boolean unchanged =
        k != null && !k.retired() && candidate.getFingerprint().equals(k.fingerprint());
    Accepted accepted =
        unchanged || dry
            ? null
            : new Accepted(
                row.row().number(),
                placed.record(),
                candidate.toStandardRow(),
                placed.positionPrecision());
    return new Prepared(row, validation, warnings, localId, unchanged, accepted);
  }
}
