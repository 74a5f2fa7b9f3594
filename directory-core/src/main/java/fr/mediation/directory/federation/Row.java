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

  /**
   * The query's start in SQL: its select list, from the wide table joined to the narrow one of
   * merged ids, to which a condition is added.
   */
  static final String SELECT =
      "select v.id, v.source_key, v.local_id, v.nom, v.adresse, v.code_postal, v.code_insee,"
          + " v.latitude, v.longitude, v.pivot, v.telephone, v.courriels, v.site_web, f.merged_id,"
          + " v.created_at, v.retired_at, f.federation_pending"
          + " from venue v join venue_federation f on f.venue_id = v.id ";

  /** The current row of a result of {@link #SELECT}. */
  static Row of(ResultSet r) throws SQLException {
    return new Row(
        r.getString(1),
        new Matchable(
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
            r.getString(13)),
        r.getString(14),
        r.getObject(15, OffsetDateTime.class).toInstant(),
        r.getObject(16, OffsetDateTime.class) != null,
        r.getBoolean(17));
  }
}
