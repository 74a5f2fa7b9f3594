import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What writing the directory's listings costs H2 alone, outside the server: ROWS rows of about 1 KB
 * with the listings' keys (a name-based UUID, as {@code Venue.idFor} makes them), the five blocking
 * indexes, the unique (source, local id) and the narrow {@code venue_federation} row with its two
 * indexes, written with the server's URL options ({@code CACHE_SIZE=131072;WRITE_DELAY=0}), in JDBC
 * batches of 100, either in one transaction (the publication) or committed every CHUNK rows
 * (staging, federation), in file order or sorted by id. Prints the time of the writes, of the
 * commits, and the size of the database file after (H2 appends pages it rewrites, so the size
 * before compaction tells how much it wrote).
 *
 * <p>Usage: java -cp h2.jar H2Writes.java ROWS CHUNK(0: one transaction) random|sorted
 */
public class H2Writes {

  public static void main(String[] args) throws Exception {
    int rows = Integer.parseInt(args[0]);
    int chunk = Integer.parseInt(args[1]);
    boolean sorted = args[2].equals("sorted");
    Path dir = Files.createTempDirectory("h2writes");
    String url = "jdbc:h2:file:" + dir + "/d;CACHE_SIZE=131072;WRITE_DELAY=0";
    List<String> ids = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      ids.add(UUID.nameUUIDFromBytes(("bench:" + i).getBytes()).toString());
    }
    List<Integer> order = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      order.add(i);
    }
    if (sorted) {
      order.sort(Comparator.comparing(ids::get));
    }
    String body = "x".repeat(900);
    try (Connection c = DriverManager.getConnection(url)) {
      try (Statement s = c.createStatement()) {
        s.execute(
            "create table venue (id varchar(36) primary key, source_key varchar(100),"
                + " local_id varchar(100), code_postal varchar(5), code_insee varchar(5),"
                + " pivot varchar(20), telephone varchar(20), geo_cell varchar(20),"
                + " body varchar(2000), unique (source_key, local_id))");
        for (String column : List.of("code_postal", "code_insee", "pivot", "telephone", "geo_cell")) {
          s.execute("create index venue_" + column + " on venue (" + column + ")");
        }
        s.execute(
            "create table venue_federation (venue_id varchar(36) primary key,"
                + " merged_id varchar(36), federation_pending boolean not null)");
        s.execute("create index venue_federation_merged on venue_federation (merged_id)");
        s.execute("create index venue_federation_pending on venue_federation (federation_pending)");
      }
      c.setAutoCommit(false);
      long start = System.nanoTime();
      long commits = 0;
      int written = 0;
      try (PreparedStatement venue =
              c.prepareStatement("insert into venue values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement federation =
              c.prepareStatement("insert into venue_federation values (?, null, true)")) {
        for (int i : order) {
          venue.setString(1, ids.get(i));
          venue.setString(2, "bench");
          venue.setString(3, "row-" + i);
          venue.setString(4, String.format(Locale.ROOT, "%05d", Math.floorMod(i * 7919, 95000)));
          venue.setString(5, String.format(Locale.ROOT, "%05d", Math.floorMod(i * 104729, 95000)));
          venue.setString(6, "P" + Math.floorMod(i * 31, 100000));
          venue.setString(7, "+331" + (10000000 + Math.floorMod(i * 17, 89999999)));
          venue.setString(8, "C" + Math.floorMod(i * 13, 50000));
          venue.setString(9, body + i);
          venue.addBatch();
          federation.setString(1, ids.get(i));
          federation.addBatch();
          if (++written % 100 == 0) {
            venue.executeBatch();
            federation.executeBatch();
          }
          if (chunk > 0 && written % chunk == 0) {
            long before = System.nanoTime();
            c.commit();
            commits += System.nanoTime() - before;
          }
        }
        venue.executeBatch();
        federation.executeBatch();
      }
      long writes = System.nanoTime();
      c.commit();
      long end = System.nanoTime();
      System.out.printf(
          Locale.ROOT,
          "%d rows, %s, %s: %.1f s in all (writes %.1f s, of which commits of chunks %.1f s;"
              + " last commit %.1f s); database file %d MB%n",
          rows,
          chunk == 0 ? "one transaction" : "committed every " + chunk + " rows",
          sorted ? "sorted by id" : "in file order",
          (end - start) / 1e9,
          (writes - start) / 1e9,
          commits / 1e9,
          (end - writes) / 1e9,
          Files.size(dir.resolve("d.mv.db")) / 1_000_000);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
