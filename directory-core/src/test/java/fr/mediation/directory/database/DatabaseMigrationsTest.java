package fr.mediation.directory.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseMigrationsTest {

  @Test
  void upgradesADatabaseMigratedBeforeV5AndV6WereWritten(@TempDir Path older) throws Exception {
    // The migrations a directory had when error reports (V7) shipped, before federation (V5, V6).
    for (String name :
        new String[] {
          "V1__venues.sql",
          "V2__sources_runs_retirement.sql",
          "V3__position_precision.sql",
          "V4__drop_unused_venue_indexes.sql",
          "V7__error_reports.sql"
        }) {
      try (var in = getClass().getResourceAsStream("/db/migration/" + name)) {
        Files.copy(in, older.resolve(name));
      }
    }
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:upgrade;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(db).locations("filesystem:" + older).load().migrate();

    DatabaseMigrations.migrate(db);

    assertThat(
            rows(
                db,
                "select count(*) from information_schema.tables where lower(table_name) in"
                    + " ('merged_venue', 'error_report', 'search_index_state')"))
        .containsExactly("3");
  }

  @Test
  void aMergedVenueKeepsTheProvenanceOfAGroupOfManyListings() throws Exception {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:provenance;DB_CLOSE_DELAY=-1");
    DatabaseMigrations.migrate(db);
    String provenance = "{\"nom\":[" + "{\"source\":\"hub\",\"id\":\"x\"},".repeat(5_000) + "{}]}";

    try (Connection c = db.getConnection();
        var insert = c.prepareStatement("update merged_venue set provenance = ? where 1 = 0")) {
      // The column must take a provenance far past its former 20,000 characters.
      var meta =
          c.createStatement()
              .executeQuery(
                  "select character_maximum_length from information_schema.columns where"
                      + " lower(table_name) = 'merged_venue' and lower(column_name) = 'provenance'");
      meta.next();
      assertThat(meta.getLong(1)).isGreaterThanOrEqualTo(provenance.length());
      insert.setString(1, provenance);
      insert.executeUpdate();
    }
  }

  @Test
  void listsTheMigrationsADatabaseLacksUntilItIsMigrated(@TempDir Path older) throws Exception {
    // A database of the release before the index state (V8): V8 and every later migration are
    // pending until migrated.
    for (int v = 1; v <= 7; v++) {
      String prefix = "V" + v + "__";
      try (var names = Files.list(Path.of(getClass().getResource("/db/migration").toURI()))) {
        for (Path file :
            names.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
          Files.copy(file, older.resolve(file.getFileName()));
        }
      }
    }
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:pending;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(db).locations("filesystem:" + older).load().migrate();

    List<String> later;
    try (var names = Files.list(Path.of(getClass().getResource("/db/migration").toURI()))) {
      later =
          java.util.stream.Stream.concat(
                  names
                      .map(f -> f.getFileName().toString())
                      .filter(n -> n.matches("V\\d+__.*\\.sql"))
                      .map(n -> n.substring(1, n.indexOf("__"))),
                  DatabaseMigrations.JAVA_MIGRATIONS.stream().map(m -> m.getVersion().getVersion()))
              .filter(v -> Integer.parseInt(v) > 7)
              .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
              .toList();
    }
    assertThat(later).startsWith("8");
    assertThat(DatabaseMigrations.current(db)).isEqualTo("7");
    assertThat(DatabaseMigrations.pending(db)).containsExactlyElementsOf(later);

    DatabaseMigrations.migrate(db);

    assertThat(DatabaseMigrations.pending(db)).isEmpty();
    assertThat(DatabaseMigrations.current(db)).isEqualTo(later.getLast());
  }

  @Test
  void movesEachListingsMergedIdAndPendingMarkToTheirNarrowTable(@TempDir Path older)
      throws Exception {
    // A directory at V34, with a listing composed into a merged venue and one still pending.
    try (var names = Files.list(Path.of(getClass().getResource("/db/migration").toURI()))) {
      for (Path file : names.toList()) {
        String name = file.getFileName().toString();
        if (name.matches("V\\d+__.*\\.sql")
            && Integer.parseInt(name.substring(1, name.indexOf("__"))) <= 34) {
          Files.copy(file, older.resolve(name));
        }
      }
    }
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:narrow;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(db).locations("filesystem:" + older).load().migrate();
    try (Connection c = db.getConnection()) {
      listing(c, "hub:composed", "m-1", false);
      listing(c, "hub:pending", null, true);
    }

    DatabaseMigrations.migrate(db);

    assertThat(
            rows(
                db,
                "select v.id, f.merged_id, f.federation_pending from venue v"
                    + " join venue_federation f on f.venue_id = v.id order by v.id"))
        .containsExactly("hub:composed m-1 false", "hub:pending null true");
    assertThat(
            rows(
                db,
                "select count(*) from information_schema.columns where lower(table_name) ="
                    + " 'venue' and lower(column_name) in ('merged_id', 'federation_pending')"))
        .as("the columns left the wide venue table")
        .containsExactly("0");
  }

  @Test
  void theTablesWrittenForEveryRowOfAFileCheckNoKeyAgainstAnotherTable() throws Exception {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:row-checks;DB_CLOSE_DELAY=-1");
    // A database migrated before V39: each insert of these tables checked its key.
    DatabaseMigrations.configuration(db).target("38").load().migrate();
    try (Connection c = db.getConnection()) {
      for (String table : V39__WritesWithoutRowChecks.TABLES) {
        assertThat(V39__WritesWithoutRowChecks.foreignKeys(c, table)).as(table).isNotEmpty();
      }
    }

    DatabaseMigrations.migrate(db);

    try (Connection c = db.getConnection()) {
      for (String table : V39__WritesWithoutRowChecks.TABLES) {
        assertThat(V39__WritesWithoutRowChecks.foreignKeys(c, table)).as(table).isEmpty();
      }
    }
    assertThat(DatabaseMigrations.current(db)).isEqualTo("39");
  }

  /** The rows of query {@code sql}, each as its values separated by spaces. */
  private static List<String> rows(DataSource db, String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.getConnection();
        ResultSet r = c.createStatement().executeQuery(sql)) {
      while (r.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          values.add(String.valueOf(r.getObject(i)));
        }
        rows.add(String.join(" ", values));
      }
    }
    return rows;
  }

  /**
   * Inserts a listing at V34: its required columns get a value of their type, whatever they are.
   */
  private static void listing(Connection c, String id, String mergedId, boolean pending)
      throws Exception {
    List<String> names = new ArrayList<>(List.of("id", "merged_id", "federation_pending"));
    List<Object> values = new ArrayList<>(Arrays.asList(id, mergedId, pending));
    try (ResultSet required =
        c.createStatement()
            .executeQuery(
                "select lower(column_name), data_type from information_schema.columns where"
                    + " lower(table_name) = 'venue' and is_nullable = 'NO' and column_default is null")) {
      while (required.next()) {
        String name = required.getString(1);
        if (names.contains(name)) {
          continue;
        }
        String type = required.getString(2).toLowerCase(Locale.ROOT);
        names.add(name);
        values.add(
            type.contains("char")
                ? id.substring(id.length() - 5)
                : type.contains("timestamp")
                    ? Timestamp.from(Instant.EPOCH)
                    : type.contains("date")
                        ? Date.valueOf("2026-01-01")
                        : type.contains("bool") ? Boolean.FALSE : (Object) 0);
      }
    }
    try (var insert =
        c.prepareStatement(
            "insert into venue ("
                + String.join(", ", names)
                + ") values ("
                + String.join(", ", Collections.nCopies(names.size(), "?"))
                + ")")) {
      for (int i = 0; i < values.size(); i++) {
        insert.setObject(i + 1, values.get(i));
      }
      insert.executeUpdate();
    }
  }
}
