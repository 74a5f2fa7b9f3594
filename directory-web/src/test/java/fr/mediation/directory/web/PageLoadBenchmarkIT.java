package fr.mediation.directory.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Benchmark, not a test: page weight and time to the first list of results on a throttled "slow 3G"
 * network (400 ms round trip, 400 kbit/s each way) with the CPU slowed 4x, browser cache off. Run
 * with {@code -Dbenchmark=true} (see docs/benchmarks.md); writes target/page-benchmark.md.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PageLoadBenchmarkIT {

  private static final String BASE = Api.BASE;
  private static final int RUNS = 5;

  private static void throttle(ChromeDriver driver) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    driver.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of(
            "offline",
            false,
            "latency",
            400,
            "downloadThroughput",
            400 * 1000 / 8,
            "uploadThroughput",
            400 * 1000 / 8));
    driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
  }

  /** Compressed bytes of the page and everything it loaded, map tiles excepted. */
  @SuppressWarnings("unchecked")
  private static long bytes(ChromeDriver driver) {
    List<Object> sizes =
        (List<Object>)
            driver.executeScript(
                "var n = performance.getEntriesByType('navigation')[0];"
                    + "var r = performance.getEntriesByType('resource')"
                    + "  .filter(function (e) { return e.name.indexOf('/tiles/') < 0; });"
                    + "return [n.transferSize].concat(r.map(function (e) { return e.transferSize; }));");
    return sizes.stream().mapToLong(o -> ((Number) o).longValue()).sum();
  }

  @SuppressWarnings("unchecked")
  private static List<String> resources(ChromeDriver driver) {
    return (List<String>)
        driver.executeScript(
            "return performance.getEntriesByType('resource').map(function (e) {"
                + " return e.name.replace(location.origin, '') + ' ' + e.transferSize + ' B'; });");
  }

  /** Milliseconds from the navigation's start to its first contentful paint. */
  private static long firstPaint(ChromeDriver driver) {
    Object fcp =
        driver.executeScript(
            "var p = performance.getEntriesByName('first-contentful-paint')[0];"
                + "return p ? Math.round(p.startTime) : -1;");
    return ((Number) fcp).longValue();
  }

  private static String row(String label, long[] values) {
    long[] v = values.clone();
    java.util.Arrays.sort(v);
    return "| "
        + label
        + " | "
        + v[v.length / 2]
        + " ms | "
        + v[0]
        + " ms | "
        + v[v.length - 1]
        + " ms |\n";
  }

  private static String rowPx(String label, long[] values) {
    return row(label, values).replace(" ms", " px");
  }

  @Test
  void measureSearchPageOnSlow3g() throws IOException {
    PageFixtures.get();
    StringBuilder report = new StringBuilder();
    long[] firstList = new long[RUNS];
    long[] searchPage = new long[RUNS];
    long[] searchPaint = new long[RUNS];
    long[] listPaint = new long[RUNS];
    long[] mapDrawn = new long[RUNS];
    long[] firstVenueTop = new long[RUNS];
    long[] firstVenueSeen = new long[RUNS];
    long weightSearch = 0;
    long weightResults = 0;
    List<String> loaded = List.of();
    for (int i = 0; i < RUNS; i++) {
      ChromeDriver driver = Browser.start(375, 667);
      try {
        throttle(driver);
        WebDriverWait wait =
            new WebDriverWait(driver, Duration.ofSeconds(120), Duration.ofMillis(20));
        long t0 = System.nanoTime();
        driver.get(BASE + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ou")));
        searchPage[i] = (System.nanoTime() - t0) / 1_000_000;
        searchPaint[i] = firstPaint(driver);
        weightSearch = bytes(driver);
        driver.findElement(By.id("ou")).sendKeys("Strasbourg");
        long t1 = System.nanoTime();
        driver.findElement(By.cssSelector("#recherche button.principal")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lieux .lieu")));
        firstList[i] = (System.nanoTime() - t1) / 1_000_000;
        // On the first screen of the phone, or how far below it without scrolling.
        firstVenueTop[i] =
            ((Number)
                    driver.executeScript(
                        "return Math.round(document.querySelector('#lieux .lieu')"
                            + ".getBoundingClientRect().top);"))
                .longValue();
        long screen = ((Number) driver.executeScript("return window.innerHeight;")).longValue();
        firstVenueSeen[i] = firstVenueTop[i] < screen ? firstList[i] : -1;
        listPaint[i] = firstPaint(driver);
        wait.until(d -> d.findElements(By.cssSelector("#carte .leaflet-marker-icon")).size() > 0);
        mapDrawn[i] = (System.nanoTime() - t1) / 1_000_000;
        weightResults = bytes(driver);
        loaded = resources(driver);
      } finally {
        driver.quit();
      }
    }
    report
        .append(row("Search page: first paint (form visible)", searchPaint))
        .append(row("Search page: loaded (Selenium's get returns)", searchPage))
        .append(row("Results: first paint of the list after submit (\"Strasbourg\")", listPaint))
        .append(row("Results: page loaded after submit (Selenium's click returns)", firstList))
        .append(row("Results: map drawn after submit (Leaflet, markers; tiles fail)", mapDrawn))
        .append(
            row(
                "Results: first venue on the phone's first screen after submit (-1: below it)",
                firstVenueSeen))
        .append(rowPx("Results: top of the first venue on a 375 x 667 screen", firstVenueTop));
    report.insert(0, "| Measure | Median of " + RUNS + " | Min | Max |\n|---|---|---|---|\n");
    report
        .append("\nSlow 3G (400 ms RTT, 400 kbit/s each way), CPU 4x, cache off, 375 x 667.\n\n")
        .append("Weight (bytes on the wire, compressed, headers included): search page ")
        .append(weightSearch)
        .append(" B; results page with the map library and markers, tiles excepted ")
        .append(weightResults)
        .append(" B.\n\nResources of the results page: ")
        .append(String.join("; ", loaded))
        .append('\n');
    Path out = Path.of("target/page-benchmark.md");
    Files.writeString(out, report);
    System.out.println(report);
  }
}
