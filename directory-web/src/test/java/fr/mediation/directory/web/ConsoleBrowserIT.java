package fr.mediation.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A hub's console in Chromium: sign in with the key (keyboard only), upload a file with a bad row
 * (progress shown), read the report, download the rejected rows, check a file without publishing
 * it, mark a citizen's report "corrigé", see its venues, sign out; another source's space answers
 * 404 and shows nothing; a form posted without its token is refused. axe-core finds no violation on
 * any console page; no horizontal scrolling at 320 px. Saves docs/screenshots/console-*.png (run
 * with {@code -Dscreenshots.dir=$PWD/docs/screenshots}).
 */
class ConsoleBrowserIT {

  private static final String BASE = Api.BASE;
  private static ChromeDriver driver;
  private static Hubs hub;
  private static Hubs other;
  private static String word;

  @BeforeAll
  static void start() {
    hub = Hubs.create("console-nav");
    other = Hubs.create("console-autre");
    word = "consol" + UUID.randomUUID().toString().substring(0, 6);
    driver = Browser.start(1280, 900);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(60));
  }

  /** Waits until the address matches {@code regex}; says where the browser is when it does not. */
  private static void awaitAddress(String regex) {
    try {
      waiting().until(d -> d.getCurrentUrl().matches(regex));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "Still at "
              + driver.getCurrentUrl()
              + ": "
              + driver.findElement(By.tagName("main")).getText(),
          e);
    }
  }

  private static void assertAccessible(String where) {
    List<Map<String, Object>> violations = Browser.axeViolations(driver);
    assertThat(violations).as("axe-core violations on " + where).isEmpty();
  }

  private static void assertNoHorizontalScrollAt320(String where) {
    driver.manage().window().setSize(new Dimension(320, 800));
    Long overflow =
        (Long)
            driver.executeScript(
                "return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth;");
    assertThat(overflow).as("horizontal scrolling at 320 px on " + where).isLessThanOrEqualTo(0);
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  private static void signIn(String key) {
    driver.get(BASE + "/console");
    WebElement box = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cle")));
    box.sendKeys(key);
    box.sendKeys(Keys.ENTER);
    waiting().until(d -> d.getCurrentUrl().contains("/console/sources/"));
  }

  private static Path file(String content) {
    try {
      Path f = Files.createTempFile("console-", ".csv");
      Files.writeString(f, content, StandardCharsets.UTF_8);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aHubPublishesReadsItsReportAnswersAReportAndSignsOut() {
    signIn(hub.key());
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Hub " + hub.source());
    assertAccessible("the hub's space");
    assertNoHorizontalScrollAt320("the hub's space");

    // "Vérifier sans publier": the report, nothing published.
    driver
        .findElement(By.id("fichier"))
        .sendKeys(file(FeedCheckIT.file(word)).toAbsolutePath().toString());
    driver.findElement(By.cssSelector("button[value=verifier]")).click();
    awaitAddress(".*/verification$");
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Vérification sans publication");
    assertThat(driver.findElement(By.cssSelector(".chiffres")).getText())
        .contains("3\nacceptées", "1\nrefusées", "3\nlieux nouveaux");
    assertAccessible("a dry run's report");
    assertThat(Api.getJson("/api/v1/sources/" + hub.source()).getInt("active_venues")).isZero();

    // Publish: the progress shows, then the run's report.
    driver.get(BASE + "/console/sources/" + hub.source());
    driver
        .findElement(By.id("fichier"))
        .sendKeys(file(FeedCheckIT.file(word)).toAbsolutePath().toString());
    driver.findElement(By.cssSelector("button[value=publier]")).click();
    awaitAddress(".*/imports/\\d+$");
    assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Rapport de l'import");
    String rejected =
        driver.findElement(By.id("refus-titre")).findElement(By.xpath("..")).getText();
    assertThat(rejected).contains("code_postal", "1510");
    Browser.screenshot(driver, "console-desktop");
    assertAccessible("a run's report");
    new Select(driver.findElement(By.id("motif"))).selectByIndex(1);
    driver.findElement(By.cssSelector("form.en-ligne button")).click();
    waiting().until(d -> d.getCurrentUrl().contains("motif="));
    assertAccessible("a run's report filtered by reason");

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

    driver.manage().window().setSize(new Dimension(360, 800));
    Browser.screenshot(driver, "console-mobile");
    assertNoHorizontalScrollAt320("a run's report");

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
        waiting()
            .until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".signalement select")));
    assertAccessible("the error reports");
    new Select(state).selectByVisibleText("Corrigé");
    Browser.submit(driver, driver.findElement(By.cssSelector(".signalement button")));
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".signalement .etat-signalement"), "Corrigé"));
    assertThat(driver.findElement(By.cssSelector("p.succes")).getText()).contains("Corrigé");

    // Its venues, with their flags and their public pages.
    driver.findElement(By.linkText("Mes lieux")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".lieu")));
    assertThat(driver.findElements(By.cssSelector(".lieu"))).hasSize(3);
    assertAccessible("the hub's venues");

    driver.findElement(By.cssSelector(".qui button")).click();
    waiting().until(d -> d.getCurrentUrl().contains("/console/connexion"));
    driver.get(BASE + "/console/sources/" + hub.source());
    assertThat(driver.getCurrentUrl()).contains("/console/connexion");
    assertAccessible("the sign-in page");
  }

  @Test
  void anotherSourcesSpaceAnswersNotFoundAndAFormWithoutItsTokenIsRefused() {
    signIn(hub.key());

    driver.get(BASE + "/console/sources/" + other.source() + "/signalements");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page introuvable");
    assertThat(driver.getPageSource()).doesNotContain(other.source());
    assertAccessible("the console's 404");

    driver.get(BASE + "/console/sources/" + hub.source());
    driver.executeScript(
        "var f = document.querySelector('form[data-envoi]');"
            + "f.querySelector('[name=_csrf]').remove();"
            + "f.removeAttribute('data-envoi');"
            + "f.querySelector('#fichier').removeAttribute('required');"
            + "f.submit();");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals("Action refusée"));
    assertAccessible("the console's 403");
    driver.findElement(By.cssSelector(".qui button")).click();
  }
}
