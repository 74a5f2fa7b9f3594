package fr.mediation.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages and the widget in Chromium: search by commune, filter, open a venue, print it, build an
 * orientation sheet, the widget on a partner site of another origin; axe-core finds no violation on
 * any of them, and a venue named with markup shows as text and runs nothing. Saves the screenshots
 * of docs/screenshots (run with {@code -Dscreenshots.dir=$PWD/docs/screenshots}).
 */
class BrowserIT {

  private static final String BASE = Api.BASE;
  private static ChromeDriver driver;
  private static PartnerSite partner;

  @BeforeAll
  static void start() {
    PageFixtures.get();
    driver = Browser.start(1280, 900);
    partner =
        new PartnerSite(Integer.parseInt(System.getProperty("it.partner.port", "19090")), BASE);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (partner != null) {
      partner.close();
    }
  }

  @BeforeEach
  void desktop() {
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  private static void assertAccessible(String where) {
    List<Map<String, Object>> violations = Browser.axeViolations(driver);
    assertThat(violations).as("axe-core violations on " + where).isEmpty();
  }

  private static void assertNoAlert() {
    try {
      String text = driver.switchTo().alert().getText();
      driver.switchTo().alert().dismiss();
      throw new AssertionError("A dialog opened: " + text);
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
  }

  private static void searchFor(String place) {
    driver.get(BASE + "/");
    WebElement box = driver.findElement(By.id("ou"));
    box.clear();
    box.sendKeys(place);
    driver.findElement(By.cssSelector("#recherche button[type=submit].principal")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("resultats-titre")));
  }

  @Test
  void searchingACommuneListsVenuesAndDrawsTheMapWithoutTiles() {
    searchFor("Strasbourg");

    assertThat(driver.findElement(By.id("resultats-titre")).getText())
        .contains("près de Strasbourg (67000)");
    List<WebElement> venues = driver.findElements(By.cssSelector("#lieux .lieu"));
    assertThat(venues).hasSizeGreaterThanOrEqualTo(3);
    assertThat(venues.getFirst().getText()).containsPattern("(Ouvert|Fermé|Horaires non)");
    // The map comes after the list; tiles cannot load here (no internet): the list stays.
    waiting().until(d -> d.findElements(By.cssSelector("#carte .leaflet-marker-icon")).size() > 0);
    assertThat(driver.findElement(By.id("carte")).isDisplayed()).isTrue();
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("carte-etat"), "la liste contient tous les lieux"));
    assertAccessible("the search results");
    Browser.screenshot(driver, "search-desktop");
  }

  @Test
  void typingBesanconAndPickingTheSuggestionListsVenues() {
    driver.get(BASE + "/");
    WebElement box = driver.findElement(By.id("ou"));
    box.sendKeys("Besanç");
    // The browser's own suggestion list cannot be clicked by a driver: pick its first entry as a
    // person would, by writing it in the box.
    String suggestion =
        waiting()
            .until(
                d -> {
                  List<WebElement> options =
                      d.findElements(By.cssSelector("#ou-suggestions option"));
                  return options.isEmpty() ? null : options.getFirst().getAttribute("value");
                });
    assertThat(suggestion).isEqualTo("Besançon (25000)");
    box.clear();
    box.sendKeys(suggestion, Keys.ENTER);

    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("resultats-titre")));
    assertThat(driver.findElement(By.id("resultats-titre")).getText())
        .contains("près de Besançon (25000)");
    assertThat(driver.findElements(By.cssSelector("#lieux .lieu"))).isNotEmpty();
    assertThat(driver.getPageSource()).doesNotContain("BesanÃ§on");
  }

  @Test
  void onAPhoneTheResultsComeFirstAndTakeTheFocus() {
    driver.manage().window().setSize(new Dimension(375, 667));
    searchFor("Strasbourg");

    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("resultats-titre");
    Long firstVenueTop =
        (Long)
            driver.executeScript(
                "return Math.round(document.querySelector('#lieux .lieu').getBoundingClientRect()"
                    + ".top + window.scrollY);");
    Long screen = (Long) driver.executeScript("return window.innerHeight;");
    assertThat(firstVenueTop).as("the first venue is on the first screen").isLessThan(screen);
  }

  @Test
  void buttonsThatNeedJavaScriptAreHiddenWithoutIt() {
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    try {
      driver.get(BASE + "/");
      assertThat(driver.findElement(By.id("autour")).isDisplayed()).isFalse();
      driver.get(BASE + "/lieux/" + PageFixtures.get().xssVenueId());
      assertThat(driver.findElement(By.cssSelector("button.imprimer")).isDisplayed()).isFalse();
    } finally {
      driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
  }

  @Test
  void aPrintedSheetSaysNothingOfNowButItsDateAndTheDirectorysAddress() {
    driver.get(
        BASE + "/orientation?besoin=aide-aux-demarches-administratives&ou=Strasbourg&quand=");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("fiche-titre")));
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      String printed = driver.findElement(By.tagName("main")).getText();
      assertThat(printed)
          .doesNotContainPattern("Ouvert ·|Fermé ·|aujourd'hui|Horaires non communiqués")
          .containsPattern("Document imprimé le \\d{1,2} \\S+ \\d{4}")
          .contains(BASE + "/");
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void aVenuePageWrapsAt200PercentTextOnAPhone() {
    driver.manage().window().setSize(new Dimension(375, 667));
    driver.get(BASE + "/lieux/" + PageFixtures.get().xssVenueId());
    driver.executeScript("document.documentElement.style.fontSize = '200%';");

    assertThat(Browser.horizontalOverflow(driver))
        .as("horizontal scrolling at 200 % text")
        .isLessThanOrEqualTo(0L);
  }

  @Test
  void theSearchPageIsAccessibleBeforeAnySearch() {
    driver.get(BASE + "/");

    assertThat(driver.getTitle()).contains("médiation numérique");
    assertAccessible("the search page");
  }

  @Test
  void aKeyboardAloneCanSearch() {
    driver.get(BASE + "/");
    for (int i = 0;
        i < 10 && !"ou".equals(driver.switchTo().activeElement().getAttribute("id"));
        i++) {
      driver.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    WebElement focused = driver.switchTo().activeElement();
    assertThat(focused.getAttribute("id")).isEqualTo("ou");

    focused.sendKeys("67000", Keys.ENTER);

    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lieux .lieu")));
  }

  @Test
  void aroundMeSearchesNearThePhonesPosition() {
    driver.executeCdpCommand(
        "Browser.grantPermissions", Map.of("origin", BASE, "permissions", List.of("geolocation")));
    driver.executeCdpCommand(
        "Emulation.setGeolocationOverride",
        Map.of("latitude", 48.5734, "longitude", 7.7521, "accuracy", 50));
    try {
      driver.get(BASE + "/");
      driver.findElement(By.id("autour")).click();

      waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("resultats-titre")));
      assertThat(driver.findElement(By.id("resultats-titre")).getText())
          .contains("près de votre position");
      assertThat(driver.findElements(By.cssSelector("#lieux .lieu .distance")))
          .first()
          .satisfies(d -> assertThat(d.getText()).matches("à \\d+ m|à \\d+,\\d km"));
    } finally {
      driver.executeCdpCommand("Emulation.clearGeolocationOverride", Map.of());
    }
  }

  @Test
  void theFreeFilterKeepsFreeVenues() {
    searchFor("Strasbourg");
    driver.findElement(By.cssSelector("details.filtres summary")).click();
    driver.findElement(By.id("f-gratuit")).click();
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("f-service")))
        .selectByValue("aide-aux-demarches-administratives");
    driver.findElement(By.cssSelector("details.filtres button[type=submit]")).click();

    waiting().until(ExpectedConditions.urlContains("frais_a_charge=gratuit"));
    List<WebElement> venues = driver.findElements(By.cssSelector("#lieux .lieu"));
    assertThat(venues).isNotEmpty();
    for (WebElement venue : venues) {
      assertThat(venue.findElement(By.cssSelector(".frais")).getText()).contains("Gratuit");
      assertThat(venue.findElement(By.cssSelector(".services")).getText())
          .contains("Aide aux démarches administratives");
    }
    assertAccessible("the filtered results");
  }

  @Test
  void theSearchPageFitsAPhoneScreen() {
    driver.manage().window().setSize(new Dimension(360, 800));
    searchFor("Strasbourg");

    assertThat(Browser.horizontalOverflow(driver))
        .as("horizontal scrolling at 360 px")
        .isLessThanOrEqualTo(0L);
    driver.executeScript("document.getElementById('resultats-titre').scrollIntoView();");
    Browser.screenshot(driver, "search-mobile");
    driver.manage().window().setSize(new Dimension(320, 800));
    assertThat(Browser.horizontalOverflow(driver))
        .as("horizontal scrolling at 320 px")
        .isLessThanOrEqualTo(0L);
  }

  @Test
  void theResultsReflowAt200PercentZoom() {
    searchFor("Strasbourg");
    // A 1280 x 900 screen at 200 %: 640 x 450 CSS pixels, two device pixels each.
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 640, "height", 450, "deviceScaleFactor", 2, "mobile", false));
    try {
      driver.navigate().refresh();
      assertThat(Browser.horizontalOverflow(driver))
          .as("horizontal scrolling at 200 %")
          .isLessThanOrEqualTo(0L);
      assertThat(driver.findElements(By.cssSelector("#lieux .lieu"))).isNotEmpty();
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  @Test
  void aVenueOpensFromTheListAndPrintsOnOneA4Page() {
    searchFor("Strasbourg");
    driver.findElement(By.cssSelector("#lieux .lieu .nom-lieu a")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("horaires-titre")));

    assertThat(driver.findElement(By.cssSelector("table.horaires")).getText()).contains("Lundi");
    assertThat(driver.findElement(By.cssSelector(".etat-grand")).getText())
        .containsPattern("^(Ouvert|Fermé)");
    assertThat(driver.findElement(By.cssSelector("button.imprimer")).isDisplayed()).isTrue();
    assertAccessible("a venue page");
    Browser.screenshot(driver, "venue");

    PrintOptions a4 = new PrintOptions();
    a4.setPageSize(new PageSize(29.7, 21.0));
    byte[] pdf = Base64.getDecoder().decode(driver.print(a4).getContent());
    assertThat(pages(pdf)).as("pages printed").isEqualTo(1);
  }

  @Test
  void theOrientationModeBuildsAPrintableShareableSheet() {
    driver.get(BASE + "/orientation");
    assertAccessible("the orientation form");
    driver.findElement(By.id("b-aide-aux-demarches-administratives")).click();
    driver.findElement(By.id("o-ou")).sendKeys("Strasbourg");
    driver.findElement(By.id("q-peu-importe")).click();
    driver.findElement(By.cssSelector("form.orientation button[type=submit]")).click();

    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("fiche-titre")));
    List<WebElement> sheet = driver.findElements(By.cssSelector(".lieu-fiche"));
    assertThat(sheet).hasSizeBetween(1, 3);
    assertThat(driver.findElement(By.id("lien-partage")).getAttribute("value"))
        .contains("/orientation?besoin=aide-aux-demarches-administratives");
    assertAccessible("the orientation sheet");
    PrintOptions a4 = new PrintOptions();
    a4.setPageSize(new PageSize(29.7, 21.0));
    byte[] pdf = Base64.getDecoder().decode(driver.print(a4).getContent());
    assertThat(pages(pdf)).as("pages of the sheet").isBetween(1, 2);
  }

  @Test
  void theWidgetOnAPartnerSiteOfAnotherOriginListsVenues() {
    driver.get(
        partner.page(
            "commune=\"67482\" services=\"aide-aux-demarches-administratives\" couleur=\"#6a1b9a\""));

    List<WebElement> items = widgetItems();
    assertThat(items).isNotEmpty();
    assertThat(items.getFirst().findElement(By.cssSelector("a")).getAttribute("href"))
        .startsWith(BASE + "/lieux/");
    assertThat(widget().findElement(By.cssSelector("[role=status]")).getText())
        .contains("Strasbourg");
    assertThat(items.getFirst().getText()).contains("Coût :");
    // "Voir tous les lieux" opens the directory's search with the widget's filters.
    String all = widget().findElement(By.cssSelector("a.tous")).getAttribute("href");
    assertThat(all)
        .startsWith(BASE + "/?")
        .contains("insee=67482")
        .contains("services=aide-aux-demarches-administratives");
    assertAccessible("the partner page with the widget");
    Browser.screenshot(driver, "widget-partner");
  }

  @Test
  void aVenueNamedWithMarkupShowsAsTextAndRunsNothing() {
    driver.get(partner.page("commune=\"15187\""));
    List<WebElement> items = widgetItems();
    assertThat(items.stream().map(i -> i.findElement(By.cssSelector("h3")).getText()))
        .contains(PageFixtures.XSS_NAME);
    assertThat(widget().findElements(By.cssSelector("img"))).isEmpty();
    assertNoAlert();

    searchFor("Saint-Flour");
    assertThat(
            driver.findElements(By.cssSelector("#lieux .lieu .nom-lieu")).stream()
                .map(WebElement::getText))
        .contains(PageFixtures.XSS_NAME);
    assertThat(driver.findElements(By.cssSelector("#lieux img"))).isEmpty();
    assertNoAlert();

    driver.get(BASE + "/lieux/" + PageFixtures.get().xssVenueId());
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(PageFixtures.XSS_NAME);
    assertThat(driver.findElement(By.cssSelector(".presentation")).getText())
        .contains("<script>alert(2)</script>");
    assertNoAlert();
  }

  private static SearchContext widget() {
    WebElement host =
        waiting()
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.tagName("mediation-numerique-recherche")));
    return waiting().until(d -> host.getShadowRoot());
  }

  private static List<WebElement> widgetItems() {
    SearchContext root = widget();
    return waiting()
        .until(
            d -> {
              List<WebElement> items = root.findElements(By.cssSelector("ol li"));
              return items.isEmpty() ? null : items;
            });
  }

  /** The number of pages of a PDF (its /Type /Page objects). */
  static int pages(byte[] pdf) {
    Matcher m =
        Pattern.compile("/Type\\s*/Page[^s]")
            .matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
