package fr.mediation.directory.web;

import static fr.mediation.directory.web.Installed.ids;
import static fr.mediation.directory.web.Installed.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installable artifact, run outside the source tree as docs/deploy.md says: the runnable jar
 * copied into an empty folder, its data in a folder of its own, serves the sample; then a backup
 * with tools/backup.sh, the data wiped, tools/restore.sh, and the restarted directory serves the
 * same venues (the sample dataset switched off, so that they can only come from the backup).
 */
class InstalledArtifactIT {

  private static final Path JAR =
      Path.of(System.getProperty("it.dist.jar", "target/directory.jar"));
  private static final int PORT = Integer.getInteger("it.installed.port", 19085);
  private static final Path TOOLS =
      Path.of(System.getProperty("it.tools.dir", "../tools")).toAbsolutePath();
  private static final Duration START = Duration.ofSeconds(300);

  @TempDir Path home;

  @Test
  void theRunnableJarServesTheSampleAndARestoredBackupServesTheSameVenues() throws Exception {
    assumeFalse(Boolean.getBoolean("it.dist.skip"), "The jar is not built (-Ddist.skip=true).");
    assertThat(JAR).as("the installable jar, built at package").isRegularFile();
    Path jar = Files.copy(JAR, home.resolve("directory.jar"));
    Path data = home.resolve("data");
    String query = "/api/v1/venues?q=" + Api.encode("médiathèque") + "&limit=5";

    JsonObject found;
    String id;
    try (Installed directory =
        Installed.start(jar, PORT, Map.of("DIRECTORY_DATA_DIR", data.toString()))) {
      assertThat(directory.awaitReady(START)).as(directory.console()).isTrue();
      found = json(directory.get(query));
      assertThat(found.getInt("total")).isPositive();
      id = found.getJsonArray("items").getJsonObject(0).getString("id");
      assertThat(directory.get("/").statusCode()).isEqualTo(200);
      assertThat(directory.get("/metrics").statusCode()).isEqualTo(200);
    }
    // Its data is where it was told, nothing in the source tree.
    assertThat(data.resolve("db")).isDirectory();
    assertThat(data.resolve("index")).isDirectory();

    Path archive = home.resolve("backup.tar.gz");
    run(TOOLS.resolve("backup.sh").toString(), data.toString(), archive.toString());
    wipe(data);
    run(TOOLS.resolve("restore.sh").toString(), archive.toString(), data.toString());

    try (Installed restored =
        Installed.start(
            jar,
            PORT,
            Map.of("DIRECTORY_DATA_DIR", data.toString(), "DIRECTORY_SAMPLE_ENABLED", "false"))) {
      assertThat(restored.awaitReady(START)).as(restored.console()).isTrue();
      JsonObject again = json(restored.get(query));
      assertThat(again.getInt("total")).isEqualTo(found.getInt("total"));
      assertThat(ids(again)).isEqualTo(ids(found));
      assertThat(restored.get("/api/v1/venues/" + id).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void backupRefusesARunningDirectoryAndRestoreAnOccupiedFolder() throws Exception {
    Path data = home.resolve("data");
    Files.createDirectories(data.resolve("db"));
    Files.writeString(data.resolve("db/directory.mv.db"), "not a real database");
    Files.writeString(data.resolve("db/directory.lock.db"), "locked");

    assertThat(exit(TOOLS.resolve("backup.sh").toString(), data.toString(), "x.tar.gz"))
        .isEqualTo(3);
    assertThat(home.resolve("x.tar.gz")).doesNotExist();

    Files.delete(data.resolve("db/directory.lock.db"));
    Path archive = home.resolve("b.tar.gz");
    run(TOOLS.resolve("backup.sh").toString(), data.toString(), archive.toString());
    assertThat(exit(TOOLS.resolve("restore.sh").toString(), archive.toString(), data.toString()))
        .isEqualTo(3);
  }

  private void run(String... command) throws Exception {
    int exit = exit(command);
    assertThat(exit).as(String.join(" ", command)).isZero();
  }

  private int exit(String... command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command)
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("tool.log").toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return process.exitValue();
  }

  private static void wipe(Path data) throws IOException {
    try (Stream<Path> files = Files.walk(data)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
    assertThat(data).doesNotExist();
  }
}
