package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The console's framework over HTTP: sign-in with a source's key or the administrator's, the
 * session cookie's attributes, a new session id at sign-in, sign-out, CSRF on every POST, the
 * access rule (another source's space answers 404 like an unknown one), sign-in attempts limited.
 */
class ConsoleIT {

  @Test
  void aHubSignsInWithItsKeyIntoItsOwnSpaceAndOutAgain() {
    Hubs hub = Hubs.create("console");
    ConsoleClient browser = new ConsoleClient();

    HttpResponse<String> unsigned = browser.get("/console/sources/" + hub.source());
    assertThat(unsigned.statusCode()).isEqualTo(303);
    assertThat(unsigned.headers().firstValue("Location").orElseThrow())
        .endsWith("/console/connexion");

    HttpResponse<String> form = browser.get("/console/connexion");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("lang=\"fr\"", "Connexion à la console", "name=\"_csrf\"");
    String cookie = form.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .contains("HttpOnly", "SameSite=Strict", "Path=/console")
        .doesNotContain("Secure");
    String before = browser.cookie();

    HttpResponse<String> signedIn =
        browser.post("/console/connexion", "_csrf", browser.token(), "cle", hub.key());
    assertThat(signedIn.statusCode()).isEqualTo(303);
    assertThat(browser.cookie()).as("a new session id at sign-in").isNotEqualTo(before);
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain(hub.key());

    HttpResponse<String> home = browser.get("/console");
    assertThat(home.statusCode()).isEqualTo(303);
    assertThat(home.headers().firstValue("Location").orElseThrow())
        .endsWith("/console/sources/" + hub.source());
    HttpResponse<String> space = browser.get("/console/sources/" + hub.source());
    assertThat(space.statusCode()).isEqualTo(200);
    assertThat(space.body()).contains("Hub " + hub.source(), "Se déconnecter");
    assertThat(space.headers().firstValue("Cache-Control")).contains("no-store");

    HttpResponse<String> out = browser.post("/console/deconnexion", "_csrf", browser.token());
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(browser.cookie()).isNull();
    assertThat(new ConsoleClient().get("/console/sources/" + hub.source()).statusCode())
        .isEqualTo(303);
  }

  @Test
  void theOldSessionIsOverAfterSigningOut() {
    Hubs hub = Hubs.create("console");
    ConsoleClient browser = new ConsoleClient();
    browser.signIn(hub.key());
    String session = browser.cookie();
    browser.get("/console/sources/" + hub.source());
    browser.post("/console/deconnexion", "_csrf", browser.token());

    ConsoleClient replay = new ConsoleClient();
    HttpResponse<String> replayed =
        replay.get("/console/sources/" + hub.source(), "Cookie", "console=" + session);
    assertThat(replayed.statusCode()).isEqualTo(303);
  }

  @Test
  void theCookieIsSecureBehindAProxyServingHttps() {
    HttpResponse<String> form =
        new ConsoleClient().get("/console/connexion", "X-Forwarded-Proto", "https");

    assertThat(form.headers().firstValue("Set-Cookie").orElseThrow()).contains("; Secure");
  }

  @Test
  void aWrongKeyIsRefusedInFrenchWithoutEchoingIt() {
    ConsoleClient browser = new ConsoleClient();
    HttpResponse<String> refused = browser.signIn("not-a-key-of-anyone-123");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Clé inconnue").doesNotContain("not-a-key-of-anyone-123");
    assertThat(browser.get("/console").statusCode()).isEqualTo(303);
  }

  @Test
  void anotherSourcesSpaceAnswersNotFoundLikeAnUnknownOne() {
    Hubs mine = Hubs.create("console");
    Hubs theirs = Hubs.create("console-autre");
    ConsoleClient browser = new ConsoleClient();
    browser.signIn(mine.key());

    HttpResponse<String> other = browser.get("/console/sources/" + theirs.source());
    HttpResponse<String> unknown = browser.get("/console/sources/no-such-source-xyz");

    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(other.body()).doesNotContain(theirs.source()).contains("Page introuvable");
    assertThat(other.body().replace(theirs.source(), "X"))
        .isEqualTo(unknown.body().replace("no-such-source-xyz", "X"));
  }

  @Test
  void aPostWithoutTheFormsTokenIsRefusedAndChangesNothing() {
    Hubs hub = Hubs.create("console");
    ConsoleClient browser = new ConsoleClient();
    browser.signIn(hub.key());

    HttpResponse<String> noToken = browser.post("/console/deconnexion");
    HttpResponse<String> wrongToken = browser.post("/console/deconnexion", "_csrf", "forged");

    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(wrongToken.statusCode()).isEqualTo(403);
    assertThat(noToken.body()).contains("Action refusée", "Rechargez la page");
    assertThat(browser.get("/console/sources/" + hub.source()).statusCode())
        .as("still signed in")
        .isEqualTo(200);
    // A sign-in without the form's token is refused too.
    assertThat(new ConsoleClient().post("/console/connexion", "cle", hub.key()).statusCode())
        .isEqualTo(403);
  }

  @Test
  void theAdministratorSignsInAndSeesEverySource() {
    Hubs hub = Hubs.create("console");
    ConsoleClient browser = new ConsoleClient();
    assertThat(browser.signIn(ADMIN).statusCode()).isEqualTo(303);

    HttpResponse<String> home = browser.get("/console");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Administration", hub.source());
    assertThat(browser.get("/console/sources/" + hub.source()).statusCode()).isEqualTo(200);
  }

  @Test
  void signInAttemptsAreLimitedPerClient() {
    ConsoleClient guesser =
        new ConsoleClient().from("203.0.113." + (10 + (int) (Math.random() * 200)));
    for (int i = 0; i < 10; i++) {
      assertThat(guesser.signIn("guess-" + i).statusCode()).isEqualTo(400);
    }

    HttpResponse<String> limited = guesser.signIn("guess-10");

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    assertThat(limited.body()).contains("Trop de demandes");
    assertThat(new ConsoleClient().from("198.51.100.7").signIn("guess").statusCode())
        .as("another client")
        .isEqualTo(400);
  }

  @Test
  void aHubPublishesAndChecksThroughTheConsoleAndReachesOnlyItsOwnRuns() {
    Hubs hub = Hubs.create("console");
    Hubs other = Hubs.create("console-autre");
    String word = "upl" + UUID.randomUUID().toString().substring(0, 6);
    JsonObject theirs = Api.completed(other.send(FeedCheckIT.file(word + "x")));
    long theirRun = theirs.getJsonObject("run").getJsonNumber("id").longValue();
    ConsoleClient browser = new ConsoleClient();
    browser.signIn(hub.key());
    browser.get("/console/sources/" + hub.source());
    byte[] file = FeedCheckIT.file(word).getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> checked =
        browser.upload("/console/sources/" + hub.source() + "/fichier", "verifier", "f.csv", file);
    assertThat(checked.statusCode()).isEqualTo(303);
    assertThat(checked.headers().firstValue("Location").orElseThrow()).endsWith("/verification");
    assertThat(browser.get("/console/sources/" + hub.source() + "/verification").body())
        .contains("Vérification sans publication", "1510");
    assertThat(Api.getJson("/api/v1/sources/" + hub.source()).getInt("active_venues")).isZero();

    browser.get("/console/sources/" + hub.source());
    HttpResponse<String> published =
        browser.upload("/console/sources/" + hub.source() + "/fichier", "publier", "f.csv", file);
    assertThat(published.statusCode()).isEqualTo(303);
    String run = published.headers().firstValue("Location").orElseThrow();
    assertThat(run).matches(".*/console/sources/" + hub.source() + "/imports/\\d+");
    String path = URI.create(run).getPath();
    HttpResponse<String> report = browser.get(path);
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.body()).contains("Lignes refusées", "code_postal", "1510");
    HttpResponse<String> csv = browser.get(path + "/refus.csv");
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.body()).startsWith("ligne,identifiant,champs,motifs").contains("v4");
    assertThat(Api.getJson("/api/v1/sources/" + hub.source()).getInt("active_venues")).isEqualTo(3);

    assertThat(
            browser.get("/console/sources/" + other.source() + "/imports/" + theirRun).statusCode())
        .isEqualTo(404);
    assertThat(
            browser.get("/console/sources/" + hub.source() + "/imports/" + theirRun).statusCode())
        .as("another source's run under one's own address")
        .isEqualTo(404);
    assertThat(
            browser
                .post(
                    "/console/sources/" + other.source() + "/signalements/1",
                    "_csrf",
                    browser.token(),
                    "etat",
                    "corrige")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aHubSaysItsListingMergedWithAnotherSourcesIsNotTheSameVenue() {
    Hubs mine = Hubs.create("console-fus");
    Hubs theirs = Hubs.create("console-fus");
    String name = "France Services Mauriac " + UUID.randomUUID().toString().substring(0, 4);
    String[] header = Hubs.columns("services");
    mine.push(
        header,
        new String[] {
          "m1",
          "00000000000000",
          name,
          "Mauriac",
          "15200",
          "2 place Georges Pompidou",
          "45.2186",
          "2.3322",
          "2025-01-01",
          "Aide aux démarches administratives"
        });
    theirs.push(
        header,
        new String[] {
          "t1",
          "00000000000000",
          name,
          "Mauriac",
          "15200",
          "2 place Georges-Pompidou",
          "45.2187",
          "2.3323",
          "2025-02-01",
          "Aide aux démarches administratives"
        });
    assertThat(mergedId(mine.source() + ":m1")).isEqualTo(mergedId(theirs.source() + ":t1"));
    ConsoleClient browser = new ConsoleClient();
    browser.signIn(mine.key());

    HttpResponse<String> venues = browser.get("/console/sources/" + mine.source() + "/lieux");
    assertThat(venues.body()).contains("Hub " + theirs.source(), "Ce n'est pas le même lieu");
    Matcher form =
        Pattern.compile("action=\"([^\"]*/distinct)\"[\\s\\S]*?name=\"autre\" value=\"([^\"]*)\"")
            .matcher(venues.body());
    assertThat(form.find()).isTrue();
    HttpResponse<String> decided =
        browser.post(form.group(1), "_csrf", browser.token(), "autre", form.group(2));

    assertThat(decided.statusCode()).isEqualTo(303);
    assertThat(mergedId(mine.source() + ":m1")).isNotEqualTo(mergedId(theirs.source() + ":t1"));
    assertThat(browser.get("/console/sources/" + mine.source() + "/lieux").body())
        .contains("sont désormais des lieux distincts")
        .doesNotContain("Ce n'est pas le même lieu");
  }

  /** The merged venue a listing ({@code source:localId}) is served as. */
  private static String mergedId(String listing) {
    HttpResponse<String> found = Api.get("/api/v1/venues/" + listing);
    assertThat(found.statusCode()).as(found.body()).isEqualTo(302);
    String location = found.headers().firstValue("Location").orElseThrow();
    return location.substring(location.lastIndexOf('/') + 1);
  }
}
