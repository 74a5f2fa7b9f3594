package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.ADMIN;
import static fr.mediation.directory.web.Api.getJson;
import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.index.IndexUpgrade;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Stopped and started again, the server keeps its data and does not import the sample twice. Runs
 * after the other HTTP tests: it restarts their server.
 */
@Order(Integer.MAX_VALUE)
class RestartIT {

  private static final Path SERVER_DIR =
      Path.of(System.getProperty("it.server.dir", "target/liberty/wlp/usr/servers/directory-it"));

  @Test
  void keepsItsDataAcrossARestartWithoutImportingTwice() throws Exception {
    // A hub's last file, kept for the console's mapping trials.
    Hubs hub = Hubs.create("restart-file");
    String file =
        "id,pivot,nom,commune,code_postal,adresse,latitude,longitude,telephone,date_maj,services\n"
            + "k1,00000000000000,Médiathèque de l'Horloge,Murat,15300,1 place de l'Hôtel-de-Ville,"
            + "45.1100,2.8680,,2025-09-01,Aide aux démarches administratives\n";
    Api.completed(hub.send(file));
    String sha =
        java.util.HexFormat.of()
            .formatHex(
                java.security.MessageDigest.getInstance("SHA-256")
                    .digest(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    // Listings earlier tests published and federation has not composed yet would change the total.
    ItServer.MAIN.awaitFederated();
    JsonObject before = getJson("/api/v1/venues?q=" + Api.encode("Françoise Sagan"));
    long totalBefore = indexedVenues();
    JsonObject venueBefore =
        getJson("/api/v1/venues/" + before.getJsonArray("items").getJsonObject(0).getString("id"));

    ItServer.MAIN.stop(true);
    Files.deleteIfExists(SERVER_DIR.resolve("logs/messages.log"));
    ItServer.MAIN.start(Duration.ofSeconds(120));

    assertThat(indexedVenues()).isEqualTo(totalBefore);
    JsonObject venueAfter = getJson("/api/v1/venues/" + venueBefore.getString("id"));
    assertThat(venueAfter).isEqualTo(venueBefore);
    assertThat(Files.readString(SERVER_DIR.resolve("logs/messages.log")))
        .contains("Sample dataset already loaded")
        .doesNotContain("Sample dataset loaded:");
    ConsoleClient admin = new ConsoleClient();
    admin.signIn(ADMIN);
    String form = "/console/admin/sources/" + hub.source() + "/modifier";
    assertThat(admin.get(form).body()).contains("empreinte " + sha.substring(0, 12));
    var tried =
        admin.post(
            form,
            "_csrf",
            admin.token(),
            "action",
            "essayer",
            "name",
            "Hub " + hub.source(),
            "delivery",
            "push",
            "max_retire_share",
            "1",
            "format",
            "standard-v1-csv");
    assertThat(tried.body())
        .as("the last file survived the restart")
        .contains("Essai sans enregistrement", "<strong>1</strong> acceptées");
  }

  @Test
  void rebuildsAtStartAnIndexBuiltByAnOlderMapping() throws Exception {
    ItServer.MAIN.awaitFederated();
    long totalBefore = indexedVenues();
    String name =
        getJson("/api/v1/venues?limit=1&sort=name")
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("nom");

    ItServer.MAIN.stop(true);
    // As an index of an older version would be: marked so, and (on Lucene) without a document.
    setMappingVersion(1);
    String luceneIndex = System.getProperty("it.lucene.index.dir", "");
    if (!luceneIndex.isBlank()) {
      deleteTree(Path.of(luceneIndex));
    }
    Files.deleteIfExists(SERVER_DIR.resolve("logs/messages.log"));
    ItServer.MAIN.start(Duration.ofSeconds(120));

    int version = IndexUpgrade.MAPPING_VERSION;
    String log =
        Awaitility.await("the index rebuilt for mapping version " + version)
            .atMost(Duration.ofSeconds(120))
            .pollInterval(Duration.ofMillis(250))
            .until(
                () -> Files.readString(SERVER_DIR.resolve("logs/messages.log")),
                text -> text.contains("Search index rebuilt for mapping version " + version));
    assertThat(log)
        .contains("rebuilding it for version " + version)
        .contains("Search index rebuilt for mapping version " + version);
    assertThat(indexedVenues()).isEqualTo(totalBefore);
    assertThat(
            getJson("/api/v1/venues?limit=1&sort=name")
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("nom"))
        .as("a hit's fields come from the rebuilt index")
        .isEqualTo(name);
  }

  /**
   * The venues in the search index, as the readiness check counts them: exact, where the API's
   * {@code total} is a lower bound beyond 1,000 that depends on the index's segments.
   */
  private static long indexedVenues() {
    return ItServer.MAIN.readiness("search-index").getJsonNumber("documents").longValue();
  }

  private static void setMappingVersion(int version) throws SQLException {
    try (Connection db =
            DriverManager.getConnection(
                System.getProperty("it.jdbc.url"), System.getProperty("it.jdbc.user"), "");
        var update =
            db.prepareStatement("update search_index_state set mapping_version = ? where id = 1")) {
      update.setInt(1, version);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
