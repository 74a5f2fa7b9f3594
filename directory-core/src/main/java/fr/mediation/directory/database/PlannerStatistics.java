package fr.mediation.directory.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.hibernate.Session;

/**
 * Keeps PostgreSQL's planner statistics of the tables federation reads in step with their contents,
 * by autovacuum's own rule (a table is analysed once more than {@value #BASE} rows and a tenth of
 * it changed since its last analysis), applied when federation starts rather than at autovacuum's
 * next round (a minute later at best, never where it is turned off).
 *
 * <p>Planned without statistics, or with those of a table a tenth of its size, PostgreSQL read 500
 * listings by id along the wrong index, the whole of it each time (0.3 s a read at 600,000
 * listings, 20 ms with statistics), and a merged venue's listings by a scan of the whole table. H2
 * analyses its tables itself as they change ({@code ANALYZE_AUTO}): nothing is done there.
 */
@ApplicationScoped
public class PlannerStatistics {

  private static final Logger LOG = Logger.getLogger(PlannerStatistics.class.getName());

  /** Autovacuum's default analyze threshold: rows changed, whatever the table's size. */
  static final long BASE = 50;

  /** Autovacuum's default analyze scale factor: the share of the table changed. */
  static final double SHARE = 0.1;

  /** The tables this may analyse: a fixed list, their names written into the statement. */
  static final Set<String> TABLES = Set.of("venue", "venue_federation");

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  /**
   * Whether a table of {@code rows} rows as last analysed ({@code -1}: never), {@code changed} rows
   * inserted, updated or deleted since, is due for an analysis.
   */
  static boolean due(double rows, long changed) {
    return changed > BASE + SHARE * Math.max(rows, 0);
  }

  /**
   * Analyses those of {@link #TABLES} that are {@linkplain #due due}, on PostgreSQL.
   *
   * @param changed rows the caller knows were written to each table since it last asked (the
   *     listings an import wrote): the database's own count lags up to a second behind the commits
   *     of other connections
   * @return the tables analysed
   */
  @Transactional
  public List<String> refresh(long changed) {
    if (entityManager == null) {
      return List.of();
    }
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(connection -> refresh(connection, changed));
  }

  private static List<String> refresh(Connection connection, long changed) throws SQLException {
    if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
      return List.of();
    }
    List<String> due = new ArrayList<>();
    try (PreparedStatement read =
        connection.prepareStatement(
            "select s.relname, c.reltuples, s.n_mod_since_analyze from pg_stat_user_tables s"
                + " join pg_class c on c.oid = s.relid"
                + " where s.schemaname = current_schema() and s.relname = any (?)")) {
      read.setArray(1, connection.createArrayOf("varchar", TABLES.toArray()));
      try (ResultSet r = read.executeQuery()) {
        while (r.next()) {
          if (due(r.getDouble(2), Math.max(changed, r.getLong(3)))) {
            due.add(r.getString(1));
          }
        }
      }
    }
    due.sort(null);
    try (Statement analyze = connection.createStatement()) {
      for (String table : due) {
        long start = System.nanoTime();
        analyze.execute("analyze " + table);
        LOG.info(
            () ->
                "Planner statistics of "
                    + table
                    + " refreshed in "
                    + (System.nanoTime() - start) / 1_000_000
                    + " ms.");
      }
    }
    return due;
  }
}
