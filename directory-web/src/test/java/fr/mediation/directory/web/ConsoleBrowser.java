package fr.mediation.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Chromium on the console, shared by the tests of one class: a test class declares it with
 * {@code @RegisterExtension static final ConsoleBrowser browser = new ConsoleBrowser();}, and the
 * browser starts before its first test and quits after its last. It signs in with a key as a
 * keyboard user does, waits for pages, checks them with axe-core on a desktop and on a phone, and
 * saves screenshots.
 */
final class ConsoleBrowser implements BeforeAllCallback, AfterAllCallback {

  /** The size of a desktop's window, at which every test starts and looks. */
  private static final Dimension DESKTOP = new Dimension(1280, 900);

  /** The narrowest phone the pages are made for (WCAG's reflow at 320 CSS pixels). */
  private static final Dimension NARROWEST = new Dimension(320, 640);

  private ChromeDriver driver;

  @Override
  public void beforeAll(ExtensionContext context) {
    driver = Browser.start(DESKTOP.width, DESKTOP.height);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
    }
  }

  ChromeDriver driver() {
    return driver;
  }

  /** A wait long enough for a page behind an import on a loaded machine. */
  WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(60));
  }

  /** Opens {@code path} of the server under test. */
  void open(String path) {
    driver.get(Api.BASE + path);
  }

  /**
   * Signs in with {@code key} from a fresh session (whatever an earlier test left): types it in the
   * sign-in form, presses Enter, and waits until the console shows {@code landing} (a path such as
   * {@code /console}).
   */
  void signIn(String key, String landing) {
    open("/console/connexion");
    driver.manage().deleteAllCookies();
    open("/console/connexion");
    waiting()
        .until(ExpectedConditions.presenceOfElementLocated(By.id("cle")))
        .sendKeys(key, Keys.ENTER);
    awaitAddress(".*" + Pattern.quote(landing) + "/?$");
  }

  /** Waits until the address matches {@code regex}; says where the browser is when it does not. */
  void awaitAddress(String regex) {
    try {
      waiting().until(d -> d.getCurrentUrl().matches(regex));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "Still at " + driver.getCurrentUrl() + ": " + text(By.tagName("main")), e);
    }
  }

  /** Posts the form of {@code button} and waits for the next page ({@link Browser#submit}). */
  void submit(WebElement button) {
    Browser.submit(driver, button);
  }

  /** Waits until the element {@code css} selects shows {@code text}. */
  void awaitText(String css, String text) {
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  /** The text of the first element {@code by} finds. */
  String text(By by) {
    return driver.findElement(by).getText();
  }

  /** axe-core finds no violation on the page, on a desktop nor at 320 px. */
  void assertAccessible(String where) {
    assertThat(Browser.axeViolations(driver)).as("axe violations on " + where).isEmpty();
    driver.manage().window().setSize(NARROWEST);
    try {
      assertThat(Browser.axeViolations(driver))
          .as("axe violations on " + where + " at 320 px")
          .isEmpty();
    } finally {
      driver.manage().window().setSize(DESKTOP);
    }
  }

  /** The page does not scroll sideways at 320 px (its content reflows). */
  void assertNoHorizontalScrollAt320(String where) {
    driver.manage().window().setSize(NARROWEST);
    try {
      assertThat(Browser.horizontalOverflow(driver))
          .as("horizontal scrolling at 320 px on " + where)
          .isLessThanOrEqualTo(0);
    } finally {
      driver.manage().window().setSize(DESKTOP);
    }
  }

  /** Saves a screenshot of the page as it is ({@link Browser#screenshot}). */
  void screenshot(String name) {
    Browser.screenshot(driver, name);
  }

  /** Saves a screenshot of the page in a window of {@code width} × {@code height}. */
  void screenshotAt(String name, int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    try {
      Browser.screenshot(driver, name);
    } finally {
      driver.manage().window().setSize(DESKTOP);
    }
  }
}
