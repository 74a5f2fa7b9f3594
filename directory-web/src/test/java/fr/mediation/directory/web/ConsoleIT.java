package fr.mediation.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The console's framework over HTTP: sign-in with a source's key or the administrator's, the
 * session cookie's attributes, a new session id at sign-in, sign-out, CSRF on every POST, the
 * access rule (another source's space answers 404 like an unknown one), sign-in attempts limited.
 */
class ConsoleIT {

  private static final String ADMIN = PageFixtures.ADMIN;

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
}
