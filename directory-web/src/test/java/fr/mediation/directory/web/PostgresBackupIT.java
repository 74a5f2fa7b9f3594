package fr.mediation.directory.web;

import static fr.mediation.directory.web.Installed.ids;
import static fr.mediation.directory.web.Installed.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup procedure of docs/deploy.md on PostgreSQL, with the installed jar: {@code pg_dump} of
 * a running directory, {@code pg_restore} into a new database, a directory started on it with an
 * empty index, which its start rebuilds, and the same venues found, again after {@code
 * tools/reindex.sh}; then the database dropped under the running node, whose readiness turns DOWN
 * (liveness stays UP). Run by the PostgreSQL pass (profile scale), which sets {@code
 * it.backup.pg.host}; the index is Lucene, so that no OpenSearch is needed.
 */
class PostgresBackupIT {

  private static final String HOST = System.getProperty("it.backup.pg.host");
  private static final String PORT_PG = System.getProperty("it.backup.pg.port", "5432");
  private static final Path JAR =
      Path.of(System.getProperty("it.dist.jar", "target/directory.jar"));
  private static final int PORT = Integer.getInteger("it.installed.port", 19085);
  private static final Path TOOLS =
      Path.of(System.getProperty("it.tools.dir", "../tools")).toAbsolutePath();
  private static final String ADMIN = "it-backup-admin-key";

  @TempDir Path home;

  @Test
  void aDumpOfARunningDirectoryRestoredAndReindexedServesTheSameVenues() throws Exception {
    assumeTrue(HOST != null, "PostgreSQL pass only (it.backup.pg.host).");
    assumeFalse(Boolean.getBoolean("it.dist.skip"), "The jar is not built (-Ddist.skip=true).");
    assertThat(JAR).as("the installable jar, built at package").isRegularFile();
    Path jar = Files.copy(JAR, home.resolve("directory.jar"));
    String source = "directory_it_backup_" + PORT;
    String restored = "directory_it_restored_" + PORT;
    try {
      backUpRestoreAndDropTheDatabase(jar, source, restored);
    } finally {
      dropDatabase(source);
      dropDatabase(restored);
    }
  }

  private void backUpRestoreAndDropTheDatabase(Path jar, String source, String restored)
      throws Exception {
    String query = "/api/v1/venues?q=" + Api.encode("médiathèque") + "&limit=5";
    Path dump = home.resolve("directory.dump");
    run(TOOLS.resolve("postgresql/recreate-db.sh").toString(), source, HOST, PORT_PG);
    JsonObject found;
    try (Installed directory = Installed.start(jar, PORT, settings(source, "index-1", true))) {
      assertThat(directory.awaitReady(Duration.ofSeconds(300))).as(directory.console()).isTrue();
      found = json(directory.get(query));
      assertThat(found.getInt("total")).isPositive();
      // The backup is taken while the directory runs.
      run(
          "pg_dump",
          "-Fc",
          "-h",
          HOST,
          "-p",
          PORT_PG,
          "-U",
          "postgres",
          "-f",
          dump.toString(),
          source);
    }

    run(TOOLS.resolve("postgresql/recreate-db.sh").toString(), restored, HOST, PORT_PG);
    run("pg_restore", "-h", HOST, "-p", PORT_PG, "-U", "postgres", "-d", restored, dump.toString());
    try (Installed directory = Installed.start(jar, PORT, settings(restored, "index-2", false))) {
      assertThat(directory.awaitReady(Duration.ofSeconds(300))).as(directory.console()).isTrue();
      // A new, empty index: the start rebuilds it from the restored database.
      JsonObject rebuild =
          directory.awaitCheck(
              "search-index-rebuild",
              Duration.ofSeconds(300),
              data -> !data.getString("state").equals("running"));
      assertThat(rebuild).as(directory.console()).isNotNull();
      assertThat(rebuild.getString("state")).isEqualTo("succeeded");
      assertThat(
              directory
                  .awaitCheck("search-index-repair", Duration.ofSeconds(10), data -> true)
                  .getString("state"))
          .as("the rebuild replaces the start's comparison")
          .isEqualTo("skipped");
      JsonObject rebuilt = json(directory.get(query));
      assertThat(rebuilt.getInt("total")).isEqualTo(found.getInt("total"));
      assertThat(ids(rebuilt)).isEqualTo(ids(found));

      // The whole rebuild of the documented procedure gives the same venues, each once.
      ProcessBuilder reindex =
          new ProcessBuilder(TOOLS.resolve("reindex.sh").toString(), directory.base, "1");
      reindex.environment().put("DIRECTORY_ADMIN_KEY", ADMIN);
      assertThat(exit(reindex)).isZero();

      JsonObject again = json(directory.get(query));
      assertThat(again.getInt("total")).isEqualTo(found.getInt("total"));
      assertThat(ids(again)).isEqualTo(ids(found));

      // The database gone, the node is not ready, but alive: a restart would not help.
      dropDatabase(restored);
      HttpResponse<String> ready = directory.await("/health/ready", 503, Duration.ofSeconds(60));
      assertThat(ready).as("readiness once the database is gone").isNotNull();
      JsonObject health = json(ready.body());
      assertThat(health.getString("status")).isEqualTo("DOWN");
      assertThat(
              health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                  .filter(c -> c.getString("name").equals("database"))
                  .map(c -> c.getString("status")))
          .containsExactly("DOWN");
      assertThat(directory.get("/health/live").statusCode()).isEqualTo(200);
    }
  }

  private void dropDatabase(String name) throws Exception {
    run(
        "psql",
        "-X",
        "-q",
        "-h",
        HOST,
        "-p",
        PORT_PG,
        "-U",
        "postgres",
        "-d",
        "postgres",
        "-c",
        "drop database if exists " + name + " with (force)");
  }

  private Map<String, String> settings(String database, String index, boolean sample) {
    Map<String, String> settings = new HashMap<>();
    settings.put("DIRECTORY_DATA_DIR", home.resolve("data").toString());
    settings.put("DIRECTORY_INDEX_DIR", home.resolve(index).toString());
    settings.put("DIRECTORY_DB_URL", "jdbc:postgresql://" + HOST + ":" + PORT_PG + "/" + database);
    settings.put("DIRECTORY_DB_USER", "postgres");
    settings.put("DIRECTORY_DB_DATASOURCE_CLASS", "org.postgresql.xa.PGXADataSource");
    settings.put("DIRECTORY_SAMPLE_ENABLED", Boolean.toString(sample));
    settings.put("DIRECTORY_ADMIN_KEY", ADMIN);
    return settings;
  }

  private void run(String... command) throws Exception {
    assertThat(exit(new ProcessBuilder(command))).as(String.join(" ", command)).isZero();
  }

  private int exit(ProcessBuilder builder) throws IOException, InterruptedException {
    Path log = home.resolve("tool.log");
    Process process =
        builder
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
    if (process.exitValue() != 0) {
      System.err.println(Files.readString(log));
    }
    return process.exitValue();
  }
}
