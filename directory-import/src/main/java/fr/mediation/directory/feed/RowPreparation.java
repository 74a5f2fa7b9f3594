package fr.mediation.directory.feed;

import fr.mediation.directory.feed.ImportWriter.Accepted;
import fr.mediation.directory.feed.ImportWriter.Known;
import fr.mediation.directory.feed.RowValidator.Validation;
import fr.mediation.directory.feed.mapping.FieldWarning;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.LocalId;
import fr.mediation.directory.venue.field.StandardField;
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
 *
 * <p>A row whose {@linkplain RowDigest digest} is the one {@linkplain RowMemo remembered} for its
 * id, and whose venue still has the fingerprint it gave then, is unchanged without being prepared
 * again: most rows of a hub's daily file are those of the day before, and validating, placing and
 * fingerprinting them again made most of a re-import's time. A row placed by a geocoder whose
 * answers may change is not remembered: it is placed again each time.
 */
final class RowPreparation {

  private final PlaceNormaliser places;
  private final String sourceKey;
  private final Map<String, Known> known;
  private final Map<String, RowMemo> memos;
  private final boolean dry;
  private final Instant now;

  /**
   * @param known the source's stored venues by local id, only read
   * @param memos what the source's rows prepared into before, by local id, only read
   * @param dry whether nothing will be staged (no standard row is made then)
   */
  RowPreparation(
      PlaceNormaliser places,
      String sourceKey,
      Map<String, Known> known,
      Map<String, RowMemo> memos,
      boolean dry,
      Instant now) {
    this.places = places;
    this.sourceKey = sourceKey;
    this.known = known;
    this.memos = memos;
    this.dry = dry;
    this.now = now;
  }

  /**
   * A row as prepared: a skipped row only carries itself; a rejected one its errors; an accepted
   * one its warnings (validation and placing), its local id, whether its venue is unchanged, the
   * row to stage when it is not (none for a dry run), and what to remember of it when that differs
   * from what was (none otherwise, and none for a dry run, which writes nothing).
   */
  record Prepared(
      MappedRow row,
      List<InvalidFieldException> errors,
      List<FieldWarning> warnings,
      String localId,
      boolean unchanged,
      Accepted accepted,
      RowMemo remember) {}

  /** Prepares one row. */
  Prepared prepare(MappedRow row) {
    if (row.skipped() != null) {
      return new Prepared(row, List.of(), List.of(), null, false, null, null);
    }
    String id = idOf(row);
    RowMemo memo = id == null || !row.errors().isEmpty() ? null : memos.get(id);
    String digest = memo == null ? null : RowDigest.of(sourceKey, row);
    if (memo != null
        && memo.digest().equals(digest)
        && isStored(memo.localId(), memo.fingerprint())) {
      return new Prepared(row, List.of(), memo.warnings(), memo.localId(), true, null, null);
    }
    Validation validation = RowValidator.validate(row);
    if (!validation.accepted()) {
      return new Prepared(row, validation.errors(), List.of(), null, false, null, null);
    }
    List<FieldWarning> warnings = new ArrayList<>(validation.warnings());
    PlaceNormaliser.Placed placed = places.place(validation.record(), warnings);
    String localId = placed.record().id().value();
    Venue candidate = new Venue(sourceKey, placed.record(), now);
    boolean unchanged = isStored(localId, candidate.getFingerprint());
    Accepted accepted =
        unchanged || dry
            ? null
            : new Accepted(
                row.row().number(),
                placed.record(),
                candidate.toStandardRow(),
                placed.positionPrecision());
    RowMemo remember = null;
    if (!dry && placed.repeatable() && row.errors().isEmpty()) {
      remember =
          new RowMemo(
              localId,
              digest == null ? RowDigest.of(sourceKey, row) : digest,
              candidate.getFingerprint(),
              warnings);
      remember = remember.equals(memo) ? null : remember;
    }
    return new Prepared(row, List.of(), warnings, localId, unchanged, accepted, remember);
  }

  /** Whether the source's venue {@code localId} is published with this fingerprint. */
  private boolean isStored(String localId, String fingerprint) {
    Known k = known.get(localId);
    return k != null && !k.retired() && fingerprint.equals(k.fingerprint());
  }

  /** The row's local id as validated, null when it has none. */
  private static String idOf(MappedRow row) {
    return LocalId.valueOf(row.row().values().get(StandardField.ID));
  }
}
