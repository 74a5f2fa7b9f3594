package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.ADMIN;
import static fr.mediation.directory.web.Api.getJson;
import static fr.mediation.directory.web.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator's console in Chromium: signs in, releases a held import from the sources' list,
 * records "lieux distincts" from the review queue (the next import keeps the two venues apart),
 * reads the decisions, the error reports and the journal; axe finds nothing on any page, on a
 * desktop and on a phone. In Gourdon (46300).
 */
class AdminConsoleBrowserIT {

  private static final String HEADER =
      "id,pivot,nom,commune,code_postal,adresse,latitude,longitude,telephone,date_maj,services\n";

  private static ChromeDriver driver;

  @BeforeAll
  static void start() {
    driver = Browser.start(1280, 900);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  private static void assertAccessible(String where) {
    List<Map<String, Object>> violations = Browser.axeViolations(driver);
    assertThat(violations).as("axe violations on " + where).isEmpty();
    driver.manage().window().setSize(new Dimension(320, 640));
    List<Map<String, Object>> phone = Browser.axeViolations(driver);
    driver.manage().window().setSize(new Dimension(1280, 900));
    assertThat(phone).as("axe violations on " + where + " at 320 px").isEmpty();
  }

  private static String row(String id, String nom, String adresse, String lat, String date) {
    return id
        + ",00000000000000,"
        + nom
        + ",Gourdon,46300,"
        + adresse
        + ","
        + lat
        + ",1.3830,,"
        + date
        + ",Aide aux démarches administratives";
  }

  private static void push(Hubs hub, String... rows) {
    HttpResponse<String> answer = hub.send(HEADER + String.join("\n", rows) + "\n");
    Api.completed(answer);
  }

  @Test
  void theAdministratorReleasesAHeldImportAndKeepsTwoVenuesApartFromTheReviewQueue() {
    // A hub whose new file would retire two of its three venues: held.
    Hubs held = Hubs.create("adm-held");
    setShare(held.source(), 0.3);
    push(
        held,
        row("g1", "Médiathèque de Gourdon", "1 rue du Majou", "44.7370", "2025-05-01"),
        row("g2", "Espace numérique Cordeliers", "2 rue des Cordeliers", "44.7390", "2025-05-01"),
        row("g3", "Tiers-lieu du Mont Saint-Jean", "3 rue Zig-Zag", "44.7410", "2025-05-01"));
    HttpResponse<String> shrunk =
        held.send(
            HEADER
                + row("g1", "Médiathèque Gourdon", "1 rue du Majou", "44.7370", "2025-06-01")
                + "\n");
    assertThat(shrunk.statusCode()).isEqualTo(409);
    long run = json(shrunk).getJsonObject("run").getJsonNumber("id").longValue();
    // Two hubs listing what the detector takes for one venue, just above its threshold.
    Hubs a = Hubs.create("adm-a");
    Hubs b = Hubs.create("adm-b");
    String rowA =
        row("o1", "Centre social Les Ormeaux", "2 allée des Ormeaux", "44.7300", "2025-05-01");
    push(a, rowA);
    push(b, row("o2", "Association Les Ormeaux", "2 allée des Ormeaux", "44.7302", "2025-05-02"));
    String near = "/api/v1/venues?lat=44.7301&lon=1.3830&radius_km=0.5&q=ormeaux";
    assertThat(getJson(near).getInt("total")).isEqualTo(1);

    driver.get(Api.BASE + "/console/connexion");
    driver.findElement(By.name("cle")).sendKeys(ADMIN);
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    waiting().until(ExpectedConditions.urlMatches(".*/console/?$"));

    driver.get(Api.BASE + "/console/admin/sources");
    assertAccessible("the sources");
    Browser.screenshot(driver, "console-admin-sources");
    driver.findElement(By.linkText("import n° " + run)).click();
    waiting().until(ExpectedConditions.urlContains("/imports/" + run));
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains("lieux retirés sur 3 (67 %)", "Espace numérique Cordeliers");
    assertAccessible("a held import");
    Browser.screenshot(driver, "console-admin-held-import");
    Browser.submit(driver, driver.findElement(By.cssSelector("button[value=publier]")));
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[role=status]"), "est publié"));
    assertThat(getJson("/api/v1/sources/" + held.source()).getInt("active_venues")).isEqualTo(1);

    driver.get(Api.BASE + "/console/admin/federation?departement=46");
    assertAccessible("the review queue");
    Browser.screenshot(driver, "console-admin-federation");
    driver.manage().window().setSize(new Dimension(375, 667));
    Browser.screenshot(driver, "console-admin-federation-phone");
    driver.manage().window().setSize(new Dimension(1280, 900));
    WebElement pair =
        driver.findElements(By.cssSelector("section.paire")).stream()
            .filter(s -> s.getText().contains(a.source() + " : o1"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the pair is not in the queue"));
    assertThat(pair.getText()).contains("Centre social Les Ormeaux", "Association Les Ormeaux");
    Browser.submit(driver, pair.findElement(By.cssSelector("button[value=distincts]")));
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[role=status]"), "lieux distincts"));
    assertThat(driver.getPageSource()).doesNotContain(a.source() + " : o1");
    assertThat(getJson(near).getInt("total")).isEqualTo(2);

    push(a, rowA.replace("2025-05-01", "2025-11-01"));
    assertThat(getJson(near).getInt("total")).as("the next import keeps them apart").isEqualTo(2);

    driver.get(Api.BASE + "/console/admin/decisions");
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains("lieux distincts", "Centre social Les Ormeaux");
    assertAccessible("the decisions");
    driver.get(Api.BASE + "/console/admin/signalements");
    assertAccessible("the error reports");
    driver.get(Api.BASE + "/console/admin/journal");
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains(
            "publication d'un import suspendu",
            "source " + held.source() + ", import " + run,
            "décision de fusion : lieux distincts");
    assertAccessible("the journal");
  }

  @Test
  void theAdministratorEditsASourcesMappingTriesItOnTheLastFileAndReadsAMergedVenue() {
    String mapping =
        """
        mapping: 1
        format: csv
        csv: {delimiter: ";"}
        fields:
          id: id
          pivot: {value: "00000000000000"}
          nom: nom
          adresse: adresse
          code_postal: {value: "46300"}
          commune: {value: Gourdon}
          latitude: {value: "44.7350"}
          longitude: {value: "1.3830"}
          date_maj: {value: "2025-09-01"}
        """;
    Hubs hub = Hubs.custom("adm-map", mapping);
    Api.completed(
        hub.send(
            "id;intitulé;adresse\nk1;Maison France Services du Bouriane;4 boulevard Cabanès\n"));
    Hubs a = Hubs.create("adm-prov-a");
    Hubs b = Hubs.create("adm-prov-b");
    push(
        a,
        row("f1", "Point numérique Bouriane-Sud", "5 place Noël-Poujade", "44.7330", "2025-05-01"));
    push(
        b,
        row("f2", "Point numérique Bouriane-Sud", "5 place Noël-Poujade", "44.7331", "2025-09-01"));

    driver.manage().deleteAllCookies();
    driver.get(Api.BASE + "/console/connexion");
    driver.findElement(By.name("cle")).sendKeys(ADMIN);
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    waiting().until(ExpectedConditions.urlMatches(".*/console/?$"));

    // A new source refused for its missing URL: the summary's link takes the keyboard to the field.
    driver.get(Api.BASE + "/console/admin/sources");
    driver.findElement(By.linkText("Nouvelle source")).sendKeys(Keys.ENTER);
    waiting().until(ExpectedConditions.urlContains("/admin/sources/nouvelle"));
    assertAccessible("a new source's form");
    driver.findElement(By.id("champ-id")).sendKeys("adm-tiree");
    driver.findElement(By.id("champ-name")).sendKeys("Hub tiré");
    driver.findElement(By.id("champ-delivery-pull")).sendKeys(Keys.SPACE);
    driver.findElement(By.id("champ-pull_every_minutes")).sendKeys("1440");
    driver.findElement(By.cssSelector("button[value=enregistrer]")).sendKeys(Keys.ENTER);
    WebElement summary =
        waiting()
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert] a")));
    assertThat(summary.getText()).isEqualTo("Une source tirée (pull) demande une url http(s).");
    assertAccessible("a refused source's form");
    summary.sendKeys(Keys.ENTER);
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("champ-url");

    // The hub's mapping reads a column its file lacks: corrected, tried on the last file, saved.
    driver.get(Api.BASE + "/console/admin/sources/" + hub.source() + "/modifier");
    assertAccessible("a source's form");
    WebElement field = driver.findElement(By.id("champ-mapping"));
    String corrected = field.getAttribute("value").replace("nom: nom", "nom: intitulé");
    field.clear();
    field.sendKeys(corrected);
    Browser.submit(driver, driver.findElement(By.cssSelector("button[value=essayer]")));
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".essai"), "Essai sans enregistrement"));
    assertThat(driver.findElement(By.cssSelector(".essai")).getText()).contains("1\nacceptées");
    assertAccessible("a mapping tried on the last file");
    Browser.screenshot(driver, "console-admin-source-trial");
    Browser.submit(driver, driver.findElement(By.cssSelector("button[value=enregistrer]")));
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[role=status]"), "sont enregistrées"));
    Browser.screenshot(driver, "console-admin-source");

    // The venue both hubs publish: each field and its source.
    driver.get(Api.BASE + "/console/admin/lieux-fusionnes?q=bouriane-sud");
    assertAccessible("the merged venues");
    driver.findElement(By.partialLinkText("Point numérique Bouriane-Sud")).click();
    waiting().until(ExpectedConditions.urlContains("/console/lieux-fusionnes/"));
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains("D'où vient chaque champ", "Hub " + a.source(), "Hub " + b.source());
    assertAccessible("a merged venue's provenance");
    Browser.screenshot(driver, "console-admin-provenance");
    driver.manage().window().setSize(new Dimension(375, 667));
    Browser.screenshot(driver, "console-admin-provenance-phone");
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  private static void setShare(String source, double share) {
    HttpResponse<String> response =
        ItServer.MAIN.defineSource(source, ItServer.pushSource(source, share));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }
}
