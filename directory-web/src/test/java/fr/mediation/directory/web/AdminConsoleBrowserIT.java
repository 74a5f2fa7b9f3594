package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.ADMIN;
import static fr.mediation.directory.web.Api.getJson;
import static fr.mediation.directory.web.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator's console in Chromium: signs in, releases a held import from the sources' list,
 * records "lieux distincts" from the review queue (the next import keeps the two venues apart),
 * reads the decisions, the error reports and the journal; axe finds nothing on any page, on a
 * desktop and on a phone. The hubs' venues are in Gourdon (46300), but the one a custom mapping
 * reads ({@link Hubs#mappingInRennes}).
 */
class AdminConsoleBrowserIT {

  @RegisterExtension static final ConsoleBrowser browser = new ConsoleBrowser();

  private static String row(String id, String nom, String adresse, String lat, String date) {
    return Hubs.venueRow(id, nom, "Gourdon", "46300", adresse, lat, "1.3830", "", date);
  }

  private static void push(Hubs hub, String... rows) {
    HttpResponse<String> answer = hub.send(Hubs.venueFile(rows));
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
            Hubs.VENUE_HEADER
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

    ChromeDriver driver = browser.driver();
    browser.signIn(ADMIN, "/console");

    browser.open("/console/admin/sources");
    browser.assertAccessible("the sources");
    browser.screenshot("console-admin-sources");
    driver.findElement(By.linkText("import n° " + run)).click();
    browser.waiting().until(ExpectedConditions.urlContains("/imports/" + run));
    assertThat(browser.text(By.tagName("main")))
        .contains("lieux retirés sur 3 (67 %)", "Espace numérique Cordeliers");
    browser.assertAccessible("a held import");
    browser.screenshot("console-admin-held-import");
    browser.submit(driver.findElement(By.cssSelector("button[value=publier]")));
    browser.awaitText("[role=status]", "est publié");
    assertThat(getJson("/api/v1/sources/" + held.source()).getInt("active_venues")).isEqualTo(1);

    browser.open("/console/admin/federation?departement=46");
    browser.assertAccessible("the review queue");
    browser.screenshot("console-admin-federation");
    browser.screenshotAt("console-admin-federation-phone", 375, 667);
    WebElement pair =
        driver.findElements(By.cssSelector("section.paire")).stream()
            .filter(s -> s.getText().contains(a.source() + " : o1"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the pair is not in the queue"));
    assertThat(pair.getText()).contains("Centre social Les Ormeaux", "Association Les Ormeaux");
    browser.submit(pair.findElement(By.cssSelector("button[value=distincts]")));
    browser.awaitText("[role=status]", "lieux distincts");
    assertThat(driver.getPageSource()).doesNotContain(a.source() + " : o1");
    assertThat(getJson(near).getInt("total")).isEqualTo(2);

    push(a, rowA.replace("2025-05-01", "2025-11-01"));
    assertThat(getJson(near).getInt("total")).as("the next import keeps them apart").isEqualTo(2);

    browser.open("/console/admin/decisions");
    assertThat(browser.text(By.tagName("main")))
        .contains("lieux distincts", "Centre social Les Ormeaux");
    browser.assertAccessible("the decisions");
    browser.open("/console/admin/signalements");
    browser.assertAccessible("the error reports");
    browser.open("/console/admin/journal");
    assertThat(browser.text(By.tagName("main")))
        .contains(
            "publication d'un import suspendu",
            "source " + held.source() + ", import " + run,
            "décision de fusion : lieux distincts");
    browser.assertAccessible("the journal");
  }

  @Test
  void theAdministratorEditsASourcesMappingTriesItOnTheLastFileAndReadsAMergedVenue() {
    // Its mapping reads the venue's name from a column "nom" the hub's file does not have.
    Hubs hub = Hubs.custom("adm-map", Hubs.mappingInRennes("", ""));
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

    ChromeDriver driver = browser.driver();
    browser.signIn(ADMIN, "/console");

    // A new source refused for its missing URL: the summary's link takes the keyboard to the field.
    browser.open("/console/admin/sources");
    driver.findElement(By.linkText("Nouvelle source")).sendKeys(Keys.ENTER);
    browser.waiting().until(ExpectedConditions.urlContains("/admin/sources/nouvelle"));
    browser.assertAccessible("a new source's form");
    driver.findElement(By.id("champ-id")).sendKeys("adm-tiree");
    driver.findElement(By.id("champ-name")).sendKeys("Hub tiré");
    driver.findElement(By.id("champ-delivery-pull")).sendKeys(Keys.SPACE);
    driver.findElement(By.id("champ-pull_every_minutes")).sendKeys("1440");
    driver.findElement(By.cssSelector("button[value=enregistrer]")).sendKeys(Keys.ENTER);
    WebElement summary =
        browser
            .waiting()
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert] a")));
    assertThat(summary.getText()).isEqualTo("Une source tirée (pull) demande une url http(s).");
    browser.assertAccessible("a refused source's form");
    summary.sendKeys(Keys.ENTER);
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("champ-url");

    // The hub's mapping reads a column its file lacks: corrected, tried on the last file, saved.
    browser.open("/console/admin/sources/" + hub.source() + "/modifier");
    browser.assertAccessible("a source's form");
    WebElement field = driver.findElement(By.id("champ-mapping"));
    String corrected = field.getAttribute("value").replace("nom: nom", "nom: intitulé");
    field.clear();
    field.sendKeys(corrected);
    browser.submit(driver.findElement(By.cssSelector("button[value=essayer]")));
    browser.awaitText(".essai", "Essai sans enregistrement");
    assertThat(browser.text(By.cssSelector(".essai"))).contains("1\nacceptées");
    browser.assertAccessible("a mapping tried on the last file");
    browser.screenshot("console-admin-source-trial");
    browser.submit(driver.findElement(By.cssSelector("button[value=enregistrer]")));
    browser.awaitText("[role=status]", "sont enregistrées");
    browser.screenshot("console-admin-source");

    // The venue both hubs publish: each field and its source.
    browser.open("/console/admin/lieux-fusionnes?q=bouriane-sud");
    browser.assertAccessible("the merged venues");
    driver.findElement(By.partialLinkText("Point numérique Bouriane-Sud")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/console/lieux-fusionnes/"));
    assertThat(browser.text(By.tagName("main")))
        .contains("D'où vient chaque champ", "Hub " + a.source(), "Hub " + b.source());
    browser.assertAccessible("a merged venue's provenance");
    browser.screenshot("console-admin-provenance");
    browser.screenshotAt("console-admin-provenance-phone", 375, 667);
  }

  private static void setShare(String source, double share) {
    HttpResponse<String> response =
        ItServer.MAIN.defineSource(source, ItServer.pushSource(source, share));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }
}
