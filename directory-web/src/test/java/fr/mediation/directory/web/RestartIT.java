package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.ADMIN;
import static fr.mediation.directory.web.Api.getJson;
import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.index.IndexUpgrade;
import fr.mediation.directory.source.Sources;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Stopped and started again, the server keeps its data, does not import the sample twice, and
 * brings its index back to the database (changed behind its back while it was stopped, as a crash
 * or a restored backup leaves it); started with an index of an older mapping, it rebuilds it. Runs
 * after the other HTTP tests: it restarts their server.
 */
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestartIT {

  private static final Path SERVER_DIR =
      Path.of(System.getProperty("it.server.dir", "target/liberty/wlp/usr/servers/directory-it"));

  /** A hub's last file, kept for the console's mapping trials. */
  private static final String FILE =
      "id,pivot,nom,commune,code_postal,adresse,latitude,longitude,telephone,date_maj,services\n"
          + "k1,00000000000000,Médiathèque de l'Horloge,Murat,15300,1 place de l'Hôtel-de-Ville,"
          + "45.1100,2.8680,,2025-09-01,Aide aux démarches administratives\n";

  private static Hubs fileHub;
  private static String tag;
  private static long totalBefore;
  private static JsonObject venueBefore;
  private static String copied;
  private static String copy;
  private static String renamed;
  private static String deleted;
  private static String logAfter;

  /** One restart for the first tests: what the server held before, then changed while stopped. */
  @BeforeAll
  static void restartAfterChangingTheDatabaseBehindTheIndex() throws Exception {
    fileHub = Hubs.create("restart-file");
    Api.completed(fileHub.send(FILE));
    Hubs hub = Hubs.create("restart-lost");
    tag = hub.source().substring(hub.source().length() - 6);
    hub.push(
        Hubs.columns(),
        row("l1", "Espace Lumière " + tag, "Murat", "15300", "45.1100", "2.8680"),
        row("l2", "Espace Horizon " + tag, "Saint-Flour", "15100", "45.0340", "3.0930"),
        row("l3", "Espace Colline " + tag, "Aurillac", "15000", "44.9260", "2.4440"));
    // Listings earlier tests published and federation has not composed yet would change the total.
    ItServer.MAIN.awaitSettled();
    JsonObject found = getJson("/api/v1/venues?q=" + Api.encode("Françoise Sagan"));
    totalBefore = indexedVenues();
    venueBefore =
        getJson("/api/v1/venues/" + found.getJsonArray("items").getJsonObject(0).getString("id"));
    copied = onlyHit("Lumière " + tag).getString("id");
    renamed = onlyHit("Horizon " + tag).getString("id");
    deleted = onlyHit("Colline " + tag).getString("id");

    ItServer.MAIN.stop(true);
    // What a node killed before its index committed, or a database restored from an older backup,
    // leaves: venues the index lacks, holds in an older state, or holds though they are gone.
    copy = java.util.UUID.randomUUID().toString();
    try (Connection db = ItServer.database()) {
      copyVenue(db, copied, copy, "Espace Lumière bis " + tag);
      try (var update =
          db.prepareStatement("update merged_venue set nom = ?, updated_at = ? where id = ?")) {
        update.setString(1, "Espace Horizon renommé " + tag);
        update.setObject(2, OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1));
        update.setString(3, renamed);
        assertThat(update.executeUpdate()).isEqualTo(1);
      }
      try (var delete = db.prepareStatement("delete from merged_venue where id = ?")) {
        delete.setString(1, deleted);
        assertThat(delete.executeUpdate()).isEqualTo(1);
      }
    }
    Files.deleteIfExists(SERVER_DIR.resolve("logs/messages.log"));
    ItServer.MAIN.start(Duration.ofSeconds(120));
    ItServer.MAIN.awaitSettled();
    logAfter = Files.readString(SERVER_DIR.resolve("logs/messages.log"));
  }

  @Test
  @Order(1)
  void keepsItsDataAcrossARestartWithoutImportingTwice() throws Exception {
    assertThat(indexedVenues()).as("one venue copied, one deleted").isEqualTo(totalBefore);
    JsonObject venueAfter = getJson("/api/v1/venues/" + venueBefore.getString("id"));
    assertThat(venueAfter).isEqualTo(venueBefore);
    assertThat(logAfter)
        .contains("Sample dataset already loaded")
        .doesNotContain("Sample dataset loaded:");
    String sha = Sources.sha256(FILE);
    ConsoleClient admin = new ConsoleClient();
    admin.signIn(ADMIN);
    String form = "/console/admin/sources/" + fileHub.source() + "/modifier";
    assertThat(admin.get(form).body()).contains("empreinte " + sha.substring(0, 12));
    var tried =
        admin.post(
            form,
            "_csrf",
            admin.token(),
            "action",
            "essayer",
            "name",
            "Hub " + fileHub.source(),
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
  @Order(2)
  void findsAtStartEveryVenueAsTheDatabaseHasItThoughItsIndexMissedWrites() {
    JsonObject repair = ItServer.MAIN.readiness("search-index-repair");
    assertThat(repair.getString("state")).isEqualTo("succeeded");
    assertThat(repair.getJsonNumber("missing").longValue()).isPositive();
    assertThat(repair.getJsonNumber("stale").longValue()).isPositive();
    assertThat(repair.getJsonNumber("removed").longValue()).isPositive();
    assertThat(logAfter).contains("Search index checked against the database");
    assertThat(onlyHit("Lumière bis " + tag).getString("id")).isEqualTo(copy);
    JsonObject hit = onlyHit("renommé " + tag);
    assertThat(hit.getString("id")).isEqualTo(renamed);
    assertThat(hit.getString("nom")).isEqualTo("Espace Horizon renommé " + tag);
    assertThat(ids("Colline " + tag)).doesNotContain(deleted);
  }

  @Test
  @Order(3)
  void rebuildsAtStartAnIndexBuiltByAnOlderMapping() throws Exception {
    ItServer.MAIN.awaitSettled();
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
    assertThat(ItServer.MAIN.readiness("search-index-repair").getString("state"))
        .as("the rebuild replaces the start's repair")
        .isEqualTo("skipped");
    assertThat(indexedVenues()).isEqualTo(totalBefore);
    assertThat(
            getJson("/api/v1/venues?limit=1&sort=name")
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("nom"))
        .as("a hit's fields come from the rebuilt index")
        .isEqualTo(name);
  }

  private static String[] row(
      String id, String nom, String commune, String postcode, String lat, String lon) {
    return new String[] {
      id, "00000000000000", nom, commune, postcode, "1 place de la Mairie", lat, lon, "2025-09-01"
    };
  }

  /** The one venue a search for {@code words} finds. */
  private static JsonObject onlyHit(String words) {
    var items = getJson("/api/v1/venues?q=" + Api.encode(words)).getJsonArray("items");
    assertThat(items).as(words).hasSize(1);
    return items.getJsonObject(0);
  }

  private static List<String> ids(String words) {
    return Installed.ids(getJson("/api/v1/venues?q=" + Api.encode(words)));
  }

  /** Inserts a copy of venue {@code id} under {@code copy}, named {@code nom}. */
  private static void copyVenue(Connection db, String id, String copy, String nom)
      throws SQLException {
    List<String> columns = new ArrayList<>();
    try (var statement = db.createStatement();
        var none = statement.executeQuery("select * from merged_venue where 1 = 0")) {
      for (int i = 1; i <= none.getMetaData().getColumnCount(); i++) {
        columns.add(none.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
      }
    }
    String values =
        columns.stream()
            .map(c -> c.equals("id") ? "?" : c.equals("nom") ? "?" : c)
            .collect(Collectors.joining(", "));
    try (var insert =
        db.prepareStatement(
            "insert into merged_venue ("
                + String.join(", ", columns)
                + ") select "
                + values
                + " from merged_venue where id = ?")) {
      int parameter = 1;
      for (String column : columns) {
        if (column.equals("id")) {
          insert.setString(parameter++, copy);
        } else if (column.equals("nom")) {
          insert.setString(parameter++, nom);
        }
      }
      insert.setString(parameter, id);
      assertThat(insert.executeUpdate()).isEqualTo(1);
    }
  }

  /**
   * The venues in the search index, as the readiness check counts them: exact, where the API's
   * {@code total} is a lower bound beyond 1,000 that depends on the index's segments.
   */
  private static long indexedVenues() {
    return ItServer.MAIN.readiness("search-index").getJsonNumber("documents").longValue();
  }

  private static void setMappingVersion(int version) throws SQLException {
    try (Connection db = ItServer.database();
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
