package fr.mediation.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default H2 URL of the server (directory-common.xml) keeps a committed transaction when the
 * process dies at once after the commit, as with {@code kill -9}: a child JVM commits a row and
 * halts without closing anything; the row is there when the database is opened again. With H2's
 * default {@code WRITE_DELAY} (500 ms) the commit is only in memory when the process dies, and is
 * lost.
 */
class H2DurabilityTest {

  private static final Pattern DEFAULT_URL =
      Pattern.compile("name=\"directory\\.db\\.url\"\\s+defaultValue=\"([^\"]+)\"");

  /** The child: commits one row, then dies as with kill -9 (no shutdown hook, no close). */
  public static final class CommitThenDie {
    public static void main(String[] args) throws Exception {
      Connection connection = DriverManager.getConnection(args[0], "directory", "");
      connection.createStatement().execute("create table run (id int)");
      connection.setAutoCommit(false);
      connection.createStatement().execute("insert into run values (1)");
      connection.commit();
      Runtime.getRuntime().halt(9);
    }
  }

  @Test
  void aCommitSurvivesTheProcessDyingRightAfterIt(@TempDir Path data) throws Exception {
    String config = Files.readString(Path.of("src/main/liberty/config/directory-common.xml"));
    Matcher url = DEFAULT_URL.matcher(config);
    assertThat(url.find()).as("directory.db.url in directory-common.xml").isTrue();
    String jdbc = url.group(1).replace("${directory.data.dir}", data.toString());
    assertThat(jdbc).startsWith("jdbc:h2:file:");

    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CommitThenDie.class.getName(),
                jdbc)
            .inheritIO()
            .start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(9);

    try (Connection connection = DriverManager.getConnection(jdbc, "directory", "");
        ResultSet rows = connection.createStatement().executeQuery("select count(*) from run")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1);
    }
  }
}
