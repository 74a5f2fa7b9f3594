package fr.mediation.directory.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (both installed by {@code
 * tools/browser/ensure-chromium.sh} during the build), with axe-core for accessibility checks.
 */
final class Browser {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private Browser() {}

  /** A fresh browser: its own profile, no network beyond the test servers. */
  static ChromeDriver start(int width, int height) {
    return start(width, height, List.of(), false);
  }

  /**
   * A fresh browser that can resolve no host of the internet: each of {@code hosts} (a name, such
   * as a CDN's) goes to the local {@code host:port} given for it, localhost and 127.0.0.1 to
   * themselves, every other name fails as unknown. It accepts the local servers' self-signed
   * certificates, and keeps the page's console messages ({@link #console}).
   */
  static ChromeDriver startOffline(int width, int height, Map<String, String> hosts) {
    StringBuilder rules = new StringBuilder();
    hosts.forEach(
        (host, local) -> rules.append("MAP ").append(host).append(' ').append(local).append(", "));
    rules.append("MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
    return start(width, height, List.of("--host-resolver-rules=" + rules), true);
  }

  private static ChromeDriver start(
      int width, int height, List<String> arguments, boolean offline) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "The browser tests need /usr/bin/chromium and /usr/bin/chromedriver: the build installs"
              + " them with tools/browser/ensure-chromium.sh (Debian packages chromium and"
              + " chromium-driver).");
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("chromium-it");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--lang=fr-FR",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    options.addArguments(arguments);
    if (offline) {
      options.setAcceptInsecureCerts(true);
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
    }
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /** The page's console messages and failed loads since the last call, one a line. */
  static String console(ChromeDriver driver) {
    StringBuilder lines = new StringBuilder();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      lines.append(entry.getLevel()).append(' ').append(entry.getMessage()).append('\n');
    }
    return lines.toString();
  }

  /**
   * Clicks {@code button}, whose form posts and answers with another page, and waits until the page
   * it was on has gone: a wait that looks up an element while the old page is being replaced can
   * find it there, and the browser then refuses the node as no longer in the document.
   */
  static void submit(ChromeDriver driver, WebElement button) {
    WebElement page = driver.findElement(By.tagName("html"));
    button.click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> gone(page));
  }

  /**
   * Whether {@code element}'s page was replaced. While the next page loads, Chromium may answer a
   * question about the old one with "Node with given id does not belong to the document" rather
   * than with a stale reference: both say it is gone.
   */
  static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /** The axe-core violations of the current page (its Shadow DOMs included), as text. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> axeViolations(ChromeDriver driver) {
    Path axe = Path.of(System.getProperty("browser.test.dir", "target/browser-test"), "axe.min.js");
    try {
      driver.executeScript(Files.readString(axe));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "axe-core is copied by the build (tools/browser/vendor.mjs)", e);
    }
    Object result =
        driver.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document).then(function (r) {"
                + "  done(r.violations.map(function (v) {"
                + "    return {id: v.id, impact: v.impact, help: v.help,"
                + "      nodes: v.nodes.map(function (n) { return n.target.join(' ') + ' '"
                + "        + n.failureSummary; })};"
                + "  }));"
                + "}).catch(function (e) { done([{id: 'axe-error', help: String(e)}]); });");
    return (List<Map<String, Object>>) result;
  }

  /** How many CSS pixels the page is wider than its window: above 0, it scrolls sideways. */
  static long horizontalOverflow(ChromeDriver driver) {
    return (Long)
        driver.executeScript(
            "return document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth;");
  }

  /** Saves a PNG of the viewport under the screenshots folder (docs/screenshots when updating). */
  static void screenshot(ChromeDriver driver, String name) {
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    try {
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
