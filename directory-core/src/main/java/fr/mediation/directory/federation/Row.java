package fr.mediation.directory.federation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * What grouping needs of a listing, read without loading the entity ({@link #SELECT}, mapped by
 * {@link #of}).
 */
public record Row(
    String id,
    Matchable match,
    String mergedId,
    Instant createdAt,
    boolean retired,
    boolean pending) {

  /** The query's start: its select list and {@code from Venue v}, to which a condition is added. */
  static final String SELECT =
      "select v.id, v.sourceKey, v.localId, v.nom, v.adresse, v.codePostal, v.codeInsee,"
          + " v.latitude, v.longitude, v.pivot, v.telephone, v.courriels, v.siteWeb, v.mergedId,"
          + " v.createdAt, v.retiredAt, v.federationPending from Venue v ";

  /**
   * The same columns in SQL, for {@link ValuesReads}: the wide table joined to the narrow one of
   * merged ids, to which a condition is added.
   */
  static final String SQL_SELECT =
      "select v.id, v.source_key, v.local_id, v.nom, v.adresse, v.code_postal, v.code_insee,"
          + " v.latitude, v.longitude, v.pivot, v.telephone, v.courriels, v.site_web, f.merged_id,"
          + " v.created_at, v.retired_at, f.federation_pending"
          + " from venue v join venue_federation f on f.venue_id = v.id ";

  /** A row of {@link #SQL_SELECT}. */
  static Row of(ResultSet r) throws SQLException {
    return of(
        new Object[] {
          r.getString(1),
          r.getString(2),
          r.getString(3),
          r.getString(4),
          r.getString(5),
          r.getString(6),
          r.getString(7),
          r.getObject(8, Double.class),
          r.getObject(9, Double.class),
          r.getString(10),
          r.getString(11),
          r.getString(12),
          r.getString(13),
          r.getString(14),
          r.getObject(15, OffsetDateTime.class).toInstant(),
          r.getObject(16, OffsetDateTime.class),
          r.getBoolean(17)
        });
  }

  /** A row of {@link #SELECT}. */
  static Row of(Object[] r) {
    return new Row(
        (String) r[0],
        new Matchable(
            (String) r[1],
            (String) r[2],
            (String) r[3],
            (String) r[4],
            (String) r[5],
            (String) r[6],
            (Double) r[7],
            (Double) r[8],
            (String) r[9],
            (String) r[10],
            (String) r[11],
            (String) r[12]),
        (String) r[13],
        (Instant) r[14],
        r[15] != null,
        (Boolean) r[16]);
  }
}
