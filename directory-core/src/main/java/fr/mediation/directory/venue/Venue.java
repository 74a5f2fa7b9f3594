package fr.mediation.directory.venue;

import fr.mediation.directory.federation.Grouping;
import fr.mediation.directory.venue.field.StandardField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.SecondaryRow;

/**
 * A venue as published by one source (a listing): the 32 fields of the national standard as that
 * source gives them, already normalised by the value objects of {@link
 * fr.mediation.directory.venue.field}. Mapped to the database table {@code venue}; its merged venue
 * and pending mark, which federation writes for every listing it composes, to the narrow table
 * {@code venue_federation}, so that federation does not rewrite the wide row to change them.
 */
@Entity
@Table(name = "venue")
@SecondaryTable(name = "venue_federation", pkJoinColumns = @PrimaryKeyJoinColumn(name = "venue_id"))
// Every listing has its row there: an inner join lets the database start from the narrow table's
// indexes (a listing's merged id, the pending mark) instead of scanning every listing.
@SecondaryRow(table = "venue_federation", optional = false)
public class Venue extends VenueFields {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "source_key", nullable = false)
  private String sourceKey;

  @Column(name = "local_id", nullable = false)
  private String localId;

  /** SHA-256 of {@link #toStandardRow()}, to skip unchanged rows without loading them. */
  private String fingerprint;

  /**
   * The venue citizens see, merged from this listing and its duplicates in other sources. Written,
   * with the pending mark below, only by federation's batched updates ({@code FederationStore}):
   * never by the entity's updates, so that an import holding an older copy of the listing does not
   * put back the merged id federation replaced meanwhile.
   */
  @Column(name = "merged_id", table = "venue_federation", length = 36, updatable = false)
  private String mergedId;

  /** The grid cell of the position ({@link Grouping#cellOf}), to find neighbours by key. */
  @Column(name = "geo_cell", length = 20)
  private String geoCell;

  /** Whether the listing changed since its merged venue was last composed. */
  @Column(name = "federation_pending", table = "venue_federation", nullable = false)
  private boolean federationPending = true;

  @Version private long version;

  protected Venue() {
    // for JPA
  }

  /** A new venue for the row {@code record} of source {@code sourceKey}. */
  public Venue(String sourceKey, VenueRecord record, Instant now) {
    this(sourceKey, record.id().value(), now);
    apply(record, now);
  }

  private Venue(String sourceKey, String localId, Instant now) {
    this.id = idFor(sourceKey, localId);
    this.sourceKey = sourceKey;
    this.localId = localId;
    setCreatedAt(now);
  }

  /**
   * A new venue of source {@code sourceKey} from a staged row: {@code row} as {@link
   * #toStandardRow()} wrote it for a valid record, and the hub's text of hours not read exactly.
   */
  public static Venue fromStagedRow(
      String sourceKey, Map<StandardField, String> row, String horairesSource, Instant now) {
    Venue venue = new Venue(sourceKey, row.get(StandardField.ID), now);
    venue.applyStaged(row, horairesSource, now);
    return venue;
  }

  /**
   * The public id of the venue published by {@code sourceKey} under {@code localId}: a name-based
   * UUID, so that the same listing keeps its id across re-imports and database rebuilds.
   */
  public static String idFor(String sourceKey, String localId) {
    return UUID.nameUUIDFromBytes((sourceKey + '\u0000' + localId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /**
   * Replaces every field of the standard with the values of {@code record}.
   *
   * @return whether anything changed
   */
  public final boolean apply(VenueRecord record, Instant now) {
    return replaceFields(() -> copyFields(record), now);
  }

  /**
   * Replaces every field of the standard with those of a staged row, which were valid when staged
   * ({@link #fromStagedRow}): the publication of an import does not validate its rows again.
   *
   * @return whether anything changed
   */
  public final boolean applyStaged(
      Map<StandardField, String> row, String horairesSource, Instant now) {
    return replaceFields(() -> restoreFields(row, horairesSource), now);
  }

  private boolean replaceFields(Runnable copy, Instant now) {
    Map<StandardField, String> before = isNew() ? null : withHoursSource(toStandardRow());
    copy.run();
    Map<StandardField, String> after = withHoursSource(toStandardRow());
    boolean changed = before == null || !before.equals(after) || getRetiredAt() != null;
    fingerprint = fingerprint(after);
    setRetiredAt(null);
    geoCell = Grouping.cellOf(getLatitude(), getLongitude());
    if (changed) {
      setUpdatedAt(now);
      federationPending = true;
    }
    return changed;
  }

  /** The row with the hub's text of hours not read exactly, so that a change of it counts. */
  private Map<StandardField, String> withHoursSource(Map<StandardField, String> row) {
    if (getHorairesSource() != null) {
      row.merge(StandardField.HORAIRES, "\u001f" + getHorairesSource(), (a, b) -> a + b);
    }
    return row;
  }

  /** The source no longer publishes the venue: it leaves the search, its data stays. */
  public void retire(Instant now) {
    if (getRetiredAt() == null) {
      setRetiredAt(now);
      setUpdatedAt(now);
      federationPending = true;
    }
  }

  /**
   * The fingerprint of a standard row: SHA-256 of its fields in order, so that an unchanged row is
   * recognised without loading its venue.
   */
  public static String fingerprint(Map<StandardField, String> row) {
    StringBuilder text = new StringBuilder();
    for (StandardField field : StandardField.inOrder()) {
      text.append(row.getOrDefault(field, "")).append('\u001f');
    }
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private boolean isNew() {
    return getNom() == null;
  }

  @Override
  protected String standardId() {
    return localId;
  }

  public String getId() {
    return id;
  }

  public String getSourceKey() {
    return sourceKey;
  }

  public String getLocalId() {
    return localId;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public String getMergedId() {
    return mergedId;
  }

  /** The optimistic lock's version, which a bulk write checks as the entity's update would. */
  public long getVersion() {
    return version;
  }

  public boolean isFederationPending() {
    return federationPending;
  }

  /** The listing's merged venue must be composed again (a decision about it was taken). */
  public void markFederationPending() {
    this.federationPending = true;
  }
}
