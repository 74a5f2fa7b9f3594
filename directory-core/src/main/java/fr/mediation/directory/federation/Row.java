package fr.mediation.directory.federation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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

  /**
   * {@link #inPlay()} in SQL, on {@link #SELECT}'s tables: a condition its reads add, so that a
   * retired listing federated long ago is not read again each time its département is grouped.
   */
  static final String IN_PLAY = "(v.retired_at is null or f.federation_pending)";

  /**
   * Whether the listing plays a part in grouping: published, or retired and its retirement not yet
   * federated (its merged venue is composed again without it, or retired). Once that is done, a
   * retired listing is history: it names the merged venue it left, which may have been redirected
   * since, and read again it would have that venue retired instead of redirecting.
   */
  boolean inPlay() {
    return !retired || pending;
  }

  /**
   * The listings in play whose postcode starts with {@code prefix} (a département: two or three
   * digits), read by a range of the postcode index rather than a scan.
   */
  static List<Row> ofDepartement(Connection connection, String prefix) throws SQLException {
    char last = prefix.charAt(prefix.length() - 1);
    String next = prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    try (PreparedStatement statement =
        connection.prepareStatement(
            SELECT + "where v.code_postal >= ? and v.code_postal < ? and " + IN_PLAY)) {
      statement.setString(1, prefix);
      statement.setString(2, next);
      List<Row> rows = new ArrayList<>();
      try (ResultSet r = statement.executeQuery()) {
        while (r.next()) {
          rows.add(of(r));
        }
      }
      return rows;
    }
  }

  /** The listings with these ids: those in play, or the published ones only. */
  static List<Row> byIds(Connection connection, Collection<String> ids, boolean publishedOnly)
      throws SQLException {
    return ValuesReads.read(
        connection,
        SELECT + "where v.id = any(?) and " + (publishedOnly ? "v.retired_at is null" : IN_PLAY),
        ids,
        Row::of);
  }

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
