package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The national cartography's web component, the real one that partner sites embed (npm {@code
 * @gouvfr-anct/cartographie-nationale}, pinned by {@code tools/cartographie/package-lock.json} and
 * installed by the build), on a partner's page, pointed at the directory's v0 export: it shows every
 * venue of the export. Nothing reaches the internet: the component's files come from a local copy
 * of the CDN that partners load it from ({@link ComponentCdn}); the map's tiles, fonts and sprite
 * (openmaptiles.geo.data.gouv.fr, openmaptiles.github.io) are refused, which leaves the list and
 * the counter in place.
 */
class NationalCartographyIT {

  static final String PACKAGE = "@gouvfr-anct/cartographie-nationale";

  private static final Path INSTALLED =
      Path.of(System.getProperty("cartographie.dir", "target/cartographie-npm"))
          .resolve("node_modules")
          .resolve(PACKAGE);

  /**
   * The component's own counter of the venues it shows ("Aucun résultat", "1 résultat", "N ...").
   */
  private static final Pattern COUNTER = Pattern.compile("(Aucun|\\d+) résultats?");

  @Test
  void theNationalCartographyShowsEveryVenueOfTheV0Export() {
    pushVenuesWithHostileText();
    HttpResponse<String> export = Api.get("/api/v1/venues/export?format=v0");
    assertThat(export.statusCode()).isEqualTo(200);
    JsonArray exported;
    try (JsonReader reader = Json.createReader(new StringReader(export.body()))) {
      exported = reader.readArray();
    }
    // The component shows the venues that have a position (it has no place for the others).
    int venues =
        (int)
            exported.stream()
                .map(JsonValue::asJsonObject)
                .filter(NationalCartographyIT::placed)
                .count();
    // The sample dataset alone has 505 venues: a count this size shows a whole file read.
    assertThat(venues).isGreaterThanOrEqualTo(500);
    String expected = venues + " résultats";

    try (ComponentCdn cdn = new ComponentCdn(PACKAGE, INSTALLED);
        PartnerSite partner =
            new PartnerSite(
                Integer.parseInt(System.getProperty("it.partner.port", "19090")), Api.BASE)) {
      String page = partner.embedNationalCartography(version());
      // A phone's screen: the component shows its list of results by region first, and its
      // counter of results over the map (a desktop's screen shows no counter).
      ChromeDriver driver =
          Browser.startOffline(412, 915, Map.of(ComponentCdn.HOST, cdn.address()));
      try {
        driver.get(page);
        // The component redraws its list as its streams settle: an element may go stale.
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));
        wait.ignoring(StaleElementReferenceException.class);
        // The list by region shows once the file is read (never when the component refuses it).
        int listed;
        try {
          listed =
              wait.until(
                  d -> {
                    int sum = byRegion(d);
                    return sum > 0 ? sum : null;
                  });
        } catch (TimeoutException e) {
          listed = 0;
        }
        assertThat(listed)
            .as(
                "the venues the component lists by region; files missing from the package: %s;"
                    + " the page's console:%n%s",
                cdn.missing(), Browser.console(driver))
            // A venue in a département outside the component's table (none in the sample) is
            // counted but listed under no region.
            .isBetween(1, venues);

        wait.until(
                ExpectedConditions.elementToBeClickable(
                    By.xpath("//button[contains(., 'Afficher la carte')]")))
            .click();
        String counted;
        try {
          counted = wait.until(d -> counter(d).filter(expected::equals).orElse(null));
        } catch (TimeoutException e) {
          counted = counter(driver).orElse("no counter");
        }
        assertThat(counted)
            .as(
                "the component's counter over its map; the page's console:%n%s",
                Browser.console(driver))
            .isEqualTo(expected);
      } finally {
        driver.quit();
      }
    }
  }

  /**
   * Venues a hub may well publish, pushed as a hub would: apostrophes, accents, guillemets, an en
   * dash and markup, and an e-mail address behind an invisible byte-order mark (U+FEFF) that the
   * directory accepts and the component refuses (one refused value made it throw the whole file
   * away). In Saint-Jean-d'Angély, away from the other tests' venues.
   */
  private static void pushVenuesWithHostileText() {
    String source = "cartographie-" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> created =
        Api.send(
            "PUT",
            "/api/v1/admin/sources/" + source,
            ("{\"name\":\"Hub de la cartographie\",\"publisher\":\"Hub de test\","
                    + "\"licence\":\"Licence Ouverte 2.0\",\"format\":\"standard-v1-csv\","
                    + "\"delivery\":\"push\",\"max_retire_share\":1}")
                .getBytes(StandardCharsets.UTF_8),
            "Authorization",
            "Bearer " + ADMIN,
            "Content-Type",
            "application/json");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String key = Api.json(created).getString("push_key");
    String csv =
        "id,pivot,nom,commune,code_postal,adresse,latitude,longitude,date_maj,services,horaires,"
            + "frais_a_charge,presentation_resume,telephone,courriels\n"
            + "angely-1,21170347800019,L'Espace public numérique d'Angély,Saint-Jean-d'Angély,"
            + "17400,12 rue de l'Hôtel-de-Ville,45.9458,-0.5213,2026-10-01,"
            + "Aide aux démarches administratives|Maîtrise des outils numériques du quotidien,"
            + "\"Mo-Fr 09:00-12:00,14:00-17:30\",Gratuit,\"Ateliers « pas à pas » & accueil\","
            + "05 46 59 41 56,\uFEFFepn@angely.fr\n"
            + "angely-2,21170347800027,Médiathèque « Œuvres & Cie » – l'annexe,"
            + "Saint-Jean-d'Angély,17400,2 bis place de l'Église – Bât. A,45.9471,-0.5189,"
            + "2026-10-02,Accès internet et matériel informatique,\"Tu-Sa 10:00-18:00\","
            + "Gratuit sous condition,\"<script>alert('carte')</script> Prêt d'ordinateurs\","
            + "+33 5 46 32 04 72,mediatheque@angely.fr\n"
            + "angely-3,21170347800035,<b>Atelier</b> numérique de l'Œuvre,Saint-Jean-d'Angély,"
            + "17400,5 rue Gambetta,45.9449,-0.5230,2026-10-03,"
            + "Loisirs et créations numériques,,Payant,,,\n";
    HttpResponse<String> pushed =
        Api.send(
            "PUT",
            "/api/v1/sources/" + source + "/feed",
            csv.getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "text/csv",
            "Authorization",
            "Bearer " + key);
    assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(202);
    JsonObject run = Api.completed(pushed).getJsonObject("run");
    assertThat(run.getInt("created", 0)).as(run.toString()).isEqualTo(3);
  }

  /** Whether the component can place {@code venue}: a latitude and a longitude, neither 0. */
  private static boolean placed(JsonObject venue) {
    return venue.get("latitude") instanceof JsonNumber latitude
        && venue.get("longitude") instanceof JsonNumber longitude
        && latitude.doubleValue() != 0
        && longitude.doubleValue() != 0;
  }

  /** The sum of the counts the component shows in its list by region (0 before it shows them). */
  private static int byRegion(WebDriver driver) {
    int sum = 0;
    for (WebElement region :
        driver.findElements(By.xpath("//div[not(*) and contains(., 'résultat')]"))) {
      Matcher m = COUNTER.matcher(region.getText().strip());
      if (m.matches() && !m.group(1).equals("Aucun")) {
        sum += Integer.parseInt(m.group(1));
      }
    }
    return sum;
  }

  /** The text of the component's counter of results, if shown. */
  private static Optional<String> counter(WebDriver driver) {
    for (WebElement element : driver.findElements(By.xpath("//i[contains(., 'résultat')]"))) {
      Matcher m = COUNTER.matcher(element.getText().strip());
      if (m.matches()) {
        return Optional.of(m.group());
      }
    }
    return Optional.empty();
  }

  /** The installed (pinned) version of the component. */
  private static String version() {
    try (JsonReader reader =
        Json.createReader(Files.newBufferedReader(INSTALLED.resolve("package.json")))) {
      JsonObject manifest = reader.readObject();
      return manifest.getString("version");
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The build installs the component with tools/cartographie/install.mjs", e);
    }
  }
}
