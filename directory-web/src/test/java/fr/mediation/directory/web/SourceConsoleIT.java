package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * The administrator's source pages over HTTP: creating a source (its push key shown once), a
 * refused setting shown beside its field with nothing saved, an invalid mapping refused with the
 * same JSON pointers as the admin API, an edited mapping tried on the source's last file before it
 * is saved; and the refusals: a hub cannot reach them, a form without the session's token changes
 * nothing. In Mauriac (15200).
 */
class SourceConsoleIT {

  /** Reads the hub's {@code nom} column, which its file does not have: every row is refused. */
  private static final String WRONG_MAPPING =
      """
      mapping: 1
      format: csv
      csv: {delimiter: ";"}
      fields:
        id: id
        pivot: {value: "00000000000000"}
        nom: nom
        adresse: adresse
        code_postal: {value: "15200"}
        commune: {value: Mauriac}
        latitude: {value: "45.2186"}
        longitude: {value: "2.3328"}
        date_maj: {value: "2025-09-01"}
      """;

  private static final String RIGHT_MAPPING = WRONG_MAPPING.replace("nom: nom", "nom: intitulé");

  /** Breaks the format's schema at /fields/nom: "colonne" is no rule's key. */
  private static final String BROKEN_MAPPING =
      WRONG_MAPPING.replace("nom: nom", "nom: {colonne: \"intitulé <script>alert(1)</script>\"}");

  private static String file(String tag) {
    return "id;intitulé;adresse\n"
        + "m1;Médiathèque "
        + tag
        + " de l'Hôtel-Dieu;1 place Georges-Pompidou\n"
        + "m2;Espace « numérique » "
        + tag
        + ";12 rue du Collège\n";
  }

  private static ConsoleClient admin() {
    ConsoleClient browser = new ConsoleClient();
    assertThat(browser.signIn(ADMIN).statusCode()).isEqualTo(303);
    return browser;
  }

  /** The page's text as a reader sees it (the template's escapes undone). */
  private static String text(HttpResponse<String> page) {
    return page.body()
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&#61;", "=")
        .replace("&#96;", "`")
        .replace("&#10;", "\n")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  /**
   * Posts the new source form as the administrator fills it: {@code id}, {@code name}, {@code
   * delivery}, the other {@code fields} (names and values), and the standard's CSV as format.
   */
  private static HttpResponse<String> newSource(
      ConsoleClient browser, String id, String name, String delivery, String... fields) {
    List<String> form =
        new ArrayList<>(
            List.of(
                "_csrf",
                browser.token(),
                "action",
                "enregistrer",
                "id",
                id,
                "name",
                name,
                "delivery",
                delivery));
    form.addAll(List.of(fields));
    form.addAll(List.of("format", "standard-v1-csv"));
    return browser.post("/console/admin/sources/nouvelle", form.toArray(String[]::new));
  }

  private static HttpResponse<String> saveForm(
      ConsoleClient browser, String path, String action, String name, String mapping) {
    browser.get(path);
    return browser.post(
        path,
        "_csrf",
        browser.token(),
        "action",
        action,
        "name",
        name,
        "publisher",
        "Hub de test",
        "licence",
        "Licence Ouverte 2.0",
        "delivery",
        "push",
        "max_retire_share",
        "1",
        "format",
        "custom",
        "mapping",
        mapping.replace("\n", "\r\n"));
  }

  @Test
  void theAdministratorCreatesAPushSourceAndReadsItsKeyOnce() {
    String id = "console-new-" + UUID.randomUUID().toString().substring(0, 6);
    ConsoleClient browser = admin();
    HttpResponse<String> form = browser.get("/console/admin/sources/nouvelle");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("Nouvelle source", "name=\"_csrf\"", "for=\"champ-name\"");

    HttpResponse<String> created =
        newSource(
            browser,
            id,
            "Réseau de l'Île-d'Yeu « numérique » <b>",
            "push",
            "max_retire_share",
            "0,5");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    assertThat(created.headers().firstValue("Location").orElseThrow())
        .endsWith("/console/admin/sources/" + id + "/modifier");

    HttpResponse<String> edit = browser.get("/console/admin/sources/" + id + "/modifier");
    assertThat(edit.body()).doesNotContain("<b>").contains("&lt;b&gt;");
    Matcher key =
        Pattern.compile("<code class=\"cle\">([A-Za-z0-9_-]{20,})</code>").matcher(edit.body());
    assertThat(key.find()).as("the push key is shown").isTrue();
    assertThat(browser.get("/console/admin/sources/" + id + "/modifier").body())
        .as("shown once")
        .doesNotContain(key.group(1));
    JsonObject source = Api.getJson("/api/v1/sources/" + id);
    assertThat(source.getString("name")).isEqualTo("Réseau de l'Île-d'Yeu « numérique » <b>");
    assertThat(source.getJsonNumber("max_retire_share").doubleValue()).isEqualTo(0.5);
    HttpResponse<String> pushed =
        new Hubs(id, key.group(1))
            .send(
                "id,pivot,nom,commune,code_postal,adresse,latitude,longitude,telephone,date_maj,services\n");
    assertThat(pushed.statusCode()).as("the key pushes: " + pushed.body()).isIn(200, 202);
    assertThat(text(browser.get("/console/admin/journal")))
        .contains("création d'une source", "source " + id);
  }

  @Test
  void aRefusedSettingIsShownBesideItsFieldAndNothingIsSaved() {
    String id = "console-bad-" + UUID.randomUUID().toString().substring(0, 6);
    ConsoleClient browser = admin();
    browser.get("/console/admin/sources/nouvelle");

    HttpResponse<String> refused =
        newSource(browser, id, "Hub tiré sans adresse", "pull", "pull_every_minutes", "1440");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(text(refused))
        .contains(
            "Rien n'a été enregistré",
            "<a href=\"#champ-url\">Une source tirée (pull) demande une url http(s).</a>",
            "id=\"erreur-url\"",
            "aria-invalid=\"true\"",
            "value=\"Hub tiré sans adresse\"");
    assertThat(Api.get("/api/v1/sources/" + id).statusCode()).isEqualTo(404);

    HttpResponse<String> notANumber =
        newSource(browser, id, "Hub", "push", "expected_period_days", "un mois");
    assertThat(notANumber.statusCode()).isEqualTo(422);
    assertThat(text(notANumber)).contains("id=\"erreur-expected_period_days\"", "« un mois »");
    assertThat(Api.get("/api/v1/sources/" + id).statusCode()).isEqualTo(404);
  }

  @Test
  void anInvalidMappingIsRefusedWithTheApisPointersAndTheStoredOneIsKept() {
    Hubs hub = Hubs.custom("console-map", RIGHT_MAPPING);
    HttpResponse<String> api =
        Api.send(
            "PUT",
            "/api/v1/admin/sources/" + hub.source(),
            jakarta.json.Json.createObjectBuilder()
                .add("name", "x")
                .add("format", "custom")
                .add("delivery", "push")
                .add("mapping", BROKEN_MAPPING)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8),
            "Authorization",
            "Bearer " + ADMIN,
            "Content-Type",
            "application/json");
    assertThat(api.statusCode()).isEqualTo(422);
    assertThat(api.body()).contains("\"pointer\":\"/fields/nom\"");
    ConsoleClient browser = admin();
    String path = "/console/admin/sources/" + hub.source() + "/modifier";

    HttpResponse<String> refused =
        saveForm(browser, path, "enregistrer", "Hub " + hub.source(), BROKEN_MAPPING);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(text(refused))
        .contains("id=\"erreur-mapping\"", "<code>/fields/nom</code>")
        .contains("nom: {colonne: \"intitulé <script>alert(1)</script>\"}");
    assertThat(refused.body()).doesNotContain("<script>alert(1)");
    assertThat(text(browser.get(path)))
        .as("the stored mapping is unchanged")
        .contains("nom: intitulé")
        .doesNotContain("{colonne:");
    assertThat(saveForm(browser, path, "essayer", "Hub", BROKEN_MAPPING).statusCode())
        .as("nor tried")
        .isEqualTo(422);
  }

  @Test
  void anEditedMappingIsTriedOnTheLastFileBeforeItIsSaved() {
    String tag = "Mauriac" + UUID.randomUUID().toString().substring(0, 6);
    Hubs hub = Hubs.custom("console-try", WRONG_MAPPING);
    Api.completed(hub.send(file(tag)));
    assertThat(Api.getJson("/api/v1/sources/" + hub.source()).getInt("active_venues")).isZero();
    ConsoleClient browser = admin();
    String path = "/console/admin/sources/" + hub.source() + "/modifier";
    assertThat(text(browser.get(path)))
        .contains(
            "Dernier fichier reçu", file(tag).getBytes(StandardCharsets.UTF_8).length + " octets")
        .doesNotContain("aucun pour le moment");

    HttpResponse<String> tried =
        saveForm(browser, path, "essayer", "Hub " + hub.source(), RIGHT_MAPPING);

    assertThat(tried.statusCode()).isEqualTo(200);
    assertThat(text(tried))
        .contains("Essai sur le dernier fichier", "Essai sans enregistrement")
        .contains("<strong>2</strong> acceptées", "<strong>0</strong> refusées")
        .contains("nom: intitulé");
    assertThat(text(browser.get(path)))
        .as("nothing saved")
        .contains("nom: nom")
        .doesNotContain("nom: intitulé");
    assertThat(Api.getJson("/api/v1/sources/" + hub.source()).getInt("active_venues")).isZero();

    HttpResponse<String> saved =
        saveForm(browser, path, "enregistrer", "Hub " + hub.source(), RIGHT_MAPPING);
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(text(browser.get(path))).contains("sont enregistrées", "nom: intitulé");
    assertThat(text(browser.get("/console/admin/journal")))
        .contains("modification d'une source", "correspondance modifiés");
    JsonObject again = Api.completed(hub.send(file(tag)));
    assertThat(again.getJsonObject("run").getInt("accepted")).as(again.toString()).isEqualTo(2);
  }

  @Test
  void aHubCannotReachTheSourcePagesAndATokenlessFormChangesNothing() {
    Hubs hub = Hubs.create("console-deny");
    ConsoleClient browser = new ConsoleClient();
    browser.signIn(hub.key());
    String path = "/console/admin/sources/" + hub.source() + "/modifier";
    browser.get("/console/sources/" + hub.source());

    HttpResponse<String> read = browser.get(path);
    HttpResponse<String> written =
        browser.post(
            path,
            "_csrf",
            browser.token(),
            "name",
            "Détourné",
            "delivery",
            "push",
            "format",
            "standard-v1-csv");
    HttpResponse<String> creation = browser.get("/console/admin/sources/nouvelle");

    assertThat(read.statusCode()).isEqualTo(404);
    assertThat(read.body()).contains("Page introuvable").doesNotContain("Hub " + hub.source());
    assertThat(written.statusCode()).isEqualTo(404);
    assertThat(creation.statusCode()).isEqualTo(404);
    assertThat(Api.getJson("/api/v1/sources/" + hub.source()).getString("name"))
        .isEqualTo("Hub " + hub.source());

    ConsoleClient admin = admin();
    admin.get(path);
    HttpResponse<String> forged =
        admin.post(
            path,
            "action",
            "enregistrer",
            "name",
            "Sans jeton",
            "delivery",
            "push",
            "format",
            "standard-v1-csv");
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("Action refusée");
    assertThat(Api.getJson("/api/v1/sources/" + hub.source()).getString("name"))
        .isEqualTo("Hub " + hub.source());
  }

  @Test
  void aNewPushKeyReplacesTheOldOneAtOnceAndIsShownOnce() {
    Hubs hub = Hubs.create("console-key");
    String action = "/console/admin/sources/" + hub.source() + "/nouvelle-cle";
    ConsoleClient self = new ConsoleClient();
    self.signIn(hub.key());
    self.get("/console/sources/" + hub.source());
    assertThat(self.post(action, "_csrf", self.token()).statusCode())
        .as("a hub cannot change its own key here")
        .isEqualTo(404);
    String empty = HEADER_STANDARD;
    assertThat(hub.send(empty).statusCode()).isIn(200, 202);

    ConsoleClient browser = admin();
    String form = "/console/admin/sources/" + hub.source() + "/modifier";
    assertThat(browser.get(form).body()).contains("Donner une nouvelle clé d'envoi");
    HttpResponse<String> given = browser.post(action, "_csrf", browser.token());

    assertThat(given.statusCode()).isEqualTo(303);
    HttpResponse<String> page = browser.get(form);
    Matcher key =
        Pattern.compile("<code class=\"cle\">([A-Za-z0-9_-]{20,})</code>").matcher(page.body());
    assertThat(key.find()).as("the new key is shown").isTrue();
    assertThat(browser.get(form).body()).as("once").doesNotContain(key.group(1));
    assertThat(hub.send(empty).statusCode()).as("the old key").isEqualTo(401);
    assertThat(new Hubs(hub.source(), key.group(1)).send(empty).statusCode()).isIn(200, 202);
    assertThat(text(browser.get("/console/admin/journal")))
        .contains("nouvelle clé d'envoi", "source " + hub.source())
        .doesNotContain(key.group(1));
  }

  @Test
  void aPullSourceCreatedInTheConsoleIsPulledNowFromItsPage() throws Exception {
    String tag = "Riom" + UUID.randomUUID().toString().substring(0, 6);
    byte[] csv =
        (HEADER_STANDARD
                + "r1,00000000000000,Médiathèque "
                + tag
                + " de Riom-ès-Montagnes,Riom-ès-Montagnes,15400,1 place de l'Église,45.2820,"
                + "2.6600,,2025-09-01,Aide aux démarches administratives\n")
            .getBytes(StandardCharsets.UTF_8);
    MockWebServer server = new MockWebServer();
    // The same file for every pull: the console's, and the scheduler's if it comes first.
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder()
                .setHeader("Content-Type", "text/csv; charset=utf-8")
                .body(new Buffer().write(csv))
                .build();
          }
        });
    server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    try {
      String id = "console-pull-" + UUID.randomUUID().toString().substring(0, 6);
      ConsoleClient browser = admin();
      browser.get("/console/admin/sources/nouvelle");
      HttpResponse<String> created =
          newSource(
              browser,
              id,
              "Hub tiré de Riom-ès-Montagnes",
              "pull",
              "url",
              "http://127.0.0.1:" + server.getPort() + "/lieux.csv",
              "pull_every_minutes",
              "1440");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
      String form = "/console/admin/sources/" + id + "/modifier";
      assertThat(browser.get(form).body())
          .contains("Récupérer le fichier maintenant")
          .doesNotContain("class=\"cle\"");

      // The scheduler may pull the new source at the same moment: then the source is busy.
      HttpResponse<String> pulled =
          org.awaitility.Awaitility.await("a pull from the console")
              .atMost(java.time.Duration.ofSeconds(90))
              .pollInterval(java.time.Duration.ofSeconds(1))
              .until(
                  () -> {
                    browser.get(form);
                    return browser.post(
                        "/console/admin/sources/" + id + "/recuperer", "_csrf", browser.token());
                  },
                  r ->
                      r.headers()
                          .firstValue("Location")
                          .orElse("")
                          .matches(".*/console/sources/" + id + "/imports/\\d+"));

      HttpResponse<String> report =
          browser.get(
              java.net.URI.create(pulled.headers().firstValue("Location").orElseThrow()).getPath());
      assertThat(report.statusCode()).isEqualTo(200);
      assertThat(text(report)).contains("Rapport de l'import", "Administration");
      assertThat(Api.getJson("/api/v1/sources/" + id).getInt("active_venues")).isEqualTo(1);
      assertThat(text(browser.get("/console/admin/journal")))
          .contains("récupération du fichier", "source " + id);
    } finally {
      server.close();
    }
  }

  private static final String HEADER_STANDARD =
      "id,pivot,nom,commune,code_postal,adresse,latitude,longitude,telephone,date_maj,services\n";
}
