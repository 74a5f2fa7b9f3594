package fr.mediation.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A hub's console in Chromium: sign in with the key (keyboard only), upload a file with a bad row
 * (progress shown), read the report, download the rejected rows, check a file without publishing
 * it, mark a citizen's report "corrigé", see its venues, sign out; another source's space answers
 * 404 and shows nothing; a form posted without its token is refused. axe-core finds no violation on
 * any console page; no horizontal scrolling at 320 px. Saves docs/screenshots/console-*.png (run
 * with {@code -Dscreenshots.dir=$PWD/docs/screenshots}).
 */
class ConsoleBrowserIT {

  @RegisterExtension static final ConsoleBrowser browser = new ConsoleBrowser();

  private static Hubs hub;
  private static Hubs other;
  private static String word;

  @BeforeAll
  static void hubs() {
    hub = Hubs.create("console-nav");
    other = Hubs.create("console-autre");
    word = "consol" + UUID.randomUUID().toString().substring(0, 6);
  }

  /** Signs in with the hub's key, which opens the hub's space. */
  private static void signIn() {
    browser.signIn(hub.key(), "/console/sources/" + hub.source());
  }

  /**
   * Chooses a file of three venues and a bad row (FeedCheckIT's) in the hub's space and presses the
   * button {@code action} ("verifier" or "publier").
   */
  private static void sendTheFile(String action) {
    Path file;
    try {
      file = Files.createTempFile("console-", ".csv");
      Files.writeString(file, FeedCheckIT.file(word), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    browser.driver().findElement(By.id("fichier")).sendKeys(file.toAbsolutePath().toString());
    browser.driver().findElement(By.cssSelector("button[value=" + action + "]")).click();
  }

  @Test
  void aHubPublishesReadsItsReportAnswersAReportAndSignsOut() {
    ChromeDriver driver = browser.driver();
    signIn();
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Hub " + hub.source());
    browser.assertAccessible("the hub's space");
    browser.assertNoHorizontalScrollAt320("the hub's space");

    // "Vérifier sans publier": the report, nothing published.
    sendTheFile("verifier");
    browser.awaitAddress(".*/verification$");
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Vérification sans publication");
    assertThat(browser.text(By.cssSelector(".chiffres")))
        .contains("3\nacceptées", "1\nrefusées", "3\nlieux nouveaux");
    browser.assertAccessible("a dry run's report");
    assertThat(Api.getJson("/api/v1/sources/" + hub.source()).getInt("active_venues")).isZero();

    // Publish: the progress shows, then the run's report.
    browser.open("/console/sources/" + hub.source());
    sendTheFile("publier");
    browser.awaitAddress(".*/imports/\\d+$");
    assertThat(browser.text(By.tagName("h1"))).startsWith("Rapport de l'import");
    String rejected =
        driver.findElement(By.id("refus-titre")).findElement(By.xpath("..")).getText();
    assertThat(rejected).contains("code_postal", "1510");
    browser.screenshot("console-desktop");
    browser.assertAccessible("a run's report");
    new Select(driver.findElement(By.id("motif"))).selectByIndex(1);
    driver.findElement(By.cssSelector("form.en-ligne button")).click();
    browser.awaitAddress(".*motif=.*");
    browser.assertAccessible("a run's report filtered by reason");

    // The rejected rows, as the download gives them.
    String href =
        driver
            .findElement(By.partialLinkText("Télécharger les lignes refusées"))
            .getAttribute("href");
    String csv =
        (String)
            driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(function (r) { return r.text(); }).then(done);",
                href);
    assertThat(csv).startsWith("ligne,identifiant,champs,motifs").contains("v4", "1510");

    browser.screenshotAt("console-mobile", 360, 800);
    browser.assertNoHorizontalScrollAt320("a run's report");

    // A citizen reports an error about one of the venues; the hub marks it "corrigé".
    String venue =
        Awaitility.await("the published venues searchable")
            .atMost(Duration.ofSeconds(120))
            .until(
                () -> Api.getJson("/api/v1/venues?q=" + word).getJsonArray("items"),
                items -> items.size() == 3)
            .getJsonObject(0)
            .getString("id");
    HttpResponse<String> report =
        Api.send(
            "POST",
            "/api/v1/error-reports",
            ("{\"venue_id\":\"" + venue + "\",\"message\":\"Le lieu a déménagé rue Neuve.\"}")
                .getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/json");
    assertThat(report.statusCode()).as(report.body()).isIn(201, 202);
    driver.findElement(By.linkText("Signalements")).click();
    WebElement state =
        browser
            .waiting()
            .until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".signalement select")));
    browser.assertAccessible("the error reports");
    new Select(state).selectByVisibleText("Corrigé");
    browser.submit(driver.findElement(By.cssSelector(".signalement button")));
    browser.awaitText(".signalement .etat-signalement", "Corrigé");
    assertThat(browser.text(By.cssSelector("p.succes"))).contains("Corrigé");

    // Its venues, with their flags and their public pages.
    driver.findElement(By.linkText("Mes lieux")).click();
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".lieu")));
    assertThat(driver.findElements(By.cssSelector(".lieu"))).hasSize(3);
    browser.assertAccessible("the hub's venues");

    driver.findElement(By.cssSelector(".qui button")).click();
    browser.awaitAddress(".*/console/connexion.*");
    browser.open("/console/sources/" + hub.source());
    assertThat(driver.getCurrentUrl()).contains("/console/connexion");
    browser.assertAccessible("the sign-in page");
  }

  @Test
  void anotherSourcesSpaceAnswersNotFoundAndAFormWithoutItsTokenIsRefused() {
    ChromeDriver driver = browser.driver();
    signIn();

    browser.open("/console/sources/" + other.source() + "/signalements");
    assertThat(browser.text(By.tagName("h1"))).isEqualTo("Page introuvable");
    assertThat(driver.getPageSource()).doesNotContain(other.source());
    browser.assertAccessible("the console's 404");

    browser.open("/console/sources/" + hub.source());
    driver.executeScript(
        "var f = document.querySelector('form[data-envoi]');"
            + "f.querySelector('[name=_csrf]').remove();"
            + "f.removeAttribute('data-envoi');"
            + "f.querySelector('#fichier').removeAttribute('required');"
            + "f.submit();");
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    browser
        .waiting()
        .until(d -> d.findElement(By.tagName("h1")).getText().equals("Action refusée"));
    browser.assertAccessible("the console's 403");
    driver.findElement(By.cssSelector(".qui button")).click();
  }
}
