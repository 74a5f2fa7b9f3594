import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Trims the database of a directory stopped by make-fixture.sh to a small upgrade fixture and
 * writes it as an H2 script. Usage: java -cp h2.jar FixtureTrim.java DB_PATH SCRIPT [DOWN_TO]
 *
 * <p>DOWN_TO removes what migrations after that version added (only V32's column today), for a
 * fixture of an earlier schema made with this release's code: its data formats are the same. Since
 * V35 each listing's merged id is in {@code venue_federation}: a DOWN_TO below 35 is not supported.
 */
public class FixtureTrim {
  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + args[0], "directory", "");
        Statement s = c.createStatement()) {
      // A few venues of the sample, those of the test hub, and every one a decision or a report names.
      s.execute(
          "create table keep as select id from venue where source_key <> 'exemple'"
              + " or local_id in ('exemple-0001','exemple-0002','exemple-0003','exemple-0004',"
              + "'exemple-0005','exemple-0006','exemple-0007','exemple-0008','exemple-0009',"
              + "'exemple-0010')");
      s.execute(
          "insert into keep select f.venue_id from venue_federation f where f.merged_id in"
              + " (select venue_id from error_report) and f.venue_id not in (select id from keep)");
      s.execute("delete from venue where id not in (select id from keep)");
      // Without a foreign key since V39: a listing's federation row goes with it by hand.
      s.execute("delete from venue_federation where venue_id not in (select id from venue)");
      s.execute("drop table keep");
      s.execute(
          "delete from merged_venue where id not in (select merged_id from venue_federation"
              + " where merged_id is not null)");
      s.execute("delete from import_issue");
      s.execute("delete from import_staged_row");
      if (args.length > 2 && Integer.parseInt(args[2]) < 32) {
        s.execute("alter table import_run drop column heartbeat_at");
        s.execute("delete from \"flyway_schema_history\" where \"version\" = '32'");
      }
      // A run a crash left running, by a server that recorded no name (before V20).
      s.execute(
          "insert into import_run (source_key, content_sha256, started_at, rows_read,"
              + " rows_accepted, rows_rejected, status, message, message_fr, trigger_kind,"
              + " active_source) values ('hub-upgrade', 'f00d', timestamp with time zone"
              + " '2026-11-30 10:00:00+00', 0, 0, 0, 'RUNNING', 'Running.', 'En cours.', 'PUSH',"
              + " 'hub-upgrade')");
      // An index of an older mapping: the node rebuilds it at start (the fixture has no index).
      s.execute("update search_index_state set mapping_version = 2");
      s.execute("script nopasswords to '" + args[1] + "'");
    }
  }
}
