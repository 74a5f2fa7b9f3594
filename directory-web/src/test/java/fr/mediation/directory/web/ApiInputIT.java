package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.encode;
import static fr.mediation.directory.web.Api.get;
import static fr.mediation.directory.web.Api.getJson;
import static fr.mediation.directory.web.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.venue.hours.HolidayZone;
import fr.mediation.directory.venue.hours.OpeningSchedule;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What French users and partners really send, over HTTP: public holidays, long change feeds,
 * filtered exports, typos at the end of words, homonymous communes, formulas in hubs' texts.
 */
class ApiInputIT {

  private static final String[] HEADER = Hubs.columns("horaires", "presentation_resume");
  private static final String WORD = "Ferie" + UUID.randomUUID().toString().substring(0, 4);
  private static final String FEED = "Flux" + UUID.randomUUID().toString().substring(0, 4);
  private static final String FORMULA = "=HYPERLINK(\"https://example.org\";\"Cliquez\")";

  private static Instant start;

  private static String[] venue(
      String id,
      String nom,
      String commune,
      String postcode,
      String lat,
      String lon,
      String hours,
      String presentation) {
    return new String[] {
      id,
      "84288740800016",
      nom,
      commune,
      postcode,
      "1 place de la Mairie",
      lat,
      lon,
      "2025-09-01",
      hours,
      presentation
    };
  }

  @BeforeAll
  static void pushVenues() {
    start = Instant.now().minusSeconds(1);
    Hubs.create("input")
        .push(
            HEADER,
            venue(
                "atelier",
                WORD + " Atelier numérique",
                "Rennes",
                "35000",
                "48.1113",
                "-1.6800",
                "Mo-Su 09:00-18:00; PH 10:00-12:00",
                "Accueil du public"),
            venue(
                "pret",
                WORD + " Prêt d'ordinateurs",
                "Strasbourg",
                "67000",
                "48.5734",
                "7.7521",
                "Mo-Su 09:00-18:00; PH off",
                "Accueil du public"),
            venue(
                "case",
                WORD + " Case des savoirs",
                "Fort-de-France",
                "97200",
                "14.6037",
                "-61.0747",
                "Mo-Su 08:00-17:00",
                "Accueil du public"),
            venue(
                "formule",
                WORD + " Espace formule",
                "Rennes",
                "35000",
                "48.1113",
                "-1.6800",
                "Mo-Fr 09:00-17:00",
                FORMULA));
  }

  private static List<JsonObject> items(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static JsonArray array(String path) {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  private static List<CSVRecord> csv(String path) {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    try (var parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(response.body()))) {
      return parser.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int total(String query) {
    return getJson("/api/v1/venues?limit=1&exact_total=true&" + query).getInt("total");
  }

  private static Optional<OpeningSchedule> schedule(JsonObject venue) {
    HolidayZone zone =
        HolidayZone.of(venue.getString("code_insee", null), venue.getString("code_postal", null));
    String hours = venue.getString("horaires", "");
    return hours.isBlank() ? Optional.empty() : OpeningSchedule.of(hours, zone);
  }

  @Test
  void openOnEveryPublicHolidayOfEveryZoneCountsTheVenuesOpenThatDay() {
    JsonArray all = array("/api/v1/venues/export?format=json");
    Set<LocalDate> holidays = new TreeSet<>();
    for (int year = 2026; year <= 2027; year++) {
      for (HolidayZone zone : HolidayZone.values()) {
        holidays.addAll(zone.holidays(year));
      }
    }
    assertThat(holidays).contains(LocalDate.parse("2026-12-25"), LocalDate.parse("2027-05-27"));
    for (LocalDate day : holidays) {
      LocalDateTime at = day.atTime(LocalTime.of(10, 30));
      long expected =
          all.getValuesAs(JsonObject.class).stream()
              .filter(v -> schedule(v).map(s -> s.isOpenAt(at)).orElse(false))
              .count();
      String when = "ouvert_le=" + at;
      assertThat(total(when)).as("search " + at).isEqualTo(expected);
      JsonObject clusters = getJson("/api/v1/venues/clusters?bbox=-180,-85,180,85&zoom=2&" + when);
      assertThat(clusters.getInt("total")).as("clusters " + at).isEqualTo(expected);
      assertThat(array("/api/v1/venues/export?format=json&" + when))
          .as("json export " + at)
          .hasSize((int) expected);
      assertThat(csv("/api/v1/venues/export?format=csv&" + when))
          .as("csv export " + at)
          .hasSize((int) expected);
    }
    // The fixtures: open on holidays by their PH rule, closed by theirs, open without one.
    String words = "q=" + WORD + "&ouvert_le=";
    assertThat(names(words + "2026-12-25T10:30"))
        .containsExactlyInAnyOrder(
            WORD + " Atelier numérique", WORD + " Case des savoirs", WORD + " Espace formule");
    assertThat(names(words + "2026-12-25T13:00"))
        .containsExactlyInAnyOrder(WORD + " Case des savoirs", WORD + " Espace formule");
    // 26 December, a Saturday, is a holiday in Alsace-Moselle only.
    assertThat(names(words + "2026-12-26T10:30"))
        .containsExactlyInAnyOrder(WORD + " Atelier numérique", WORD + " Case des savoirs");
    assertThat(names(words + "2026-12-26T13:00"))
        .containsExactlyInAnyOrder(WORD + " Atelier numérique", WORD + " Case des savoirs");
  }

  private static List<String> names(String query) {
    return items(getJson("/api/v1/venues?limit=100&" + query)).stream()
        .map(v -> v.getString("nom"))
        .toList();
  }

  @Test
  void theChangeFeedWalksToItsEndInSmallPagesRetiredVenuesIncluded() {
    Hubs hub = Hubs.create("feed");
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      rows.add(
          venue(
              "v" + i,
              FEED + " Lieu " + i,
              "Rennes",
              "35000",
              "48.1113",
              "-1.6800",
              "Mo-Fr 09:00-17:00",
              "Accueil"));
    }
    hub.push(HEADER, rows.toArray(String[][]::new));
    hub.push(HEADER, rows.subList(0, 5).toArray(String[][]::new));
    String since = "/api/v1/venues/changes?updated_since=" + encode(start.toString());
    List<String> everything = ids(getJson(since + "&limit=1000"));
    assertThat(getJson(since + "&limit=1000").containsKey("next_cursor")).isFalse();
    assertThat(walk(since + "&limit=2")).isEqualTo(everything).hasSizeGreaterThan(7);
    List<String> mine = walk(since + "&limit=3&q=" + FEED);
    assertThat(mine).hasSize(7).isEqualTo(ids(getJson(since + "&limit=1000&q=" + FEED)));
    List<JsonObject> retired =
        getJson(since + "&limit=1000&q=" + FEED)
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(v -> v.containsKey("retired_at"))
            .toList();
    assertThat(retired).hasSize(2);
    // Filters of the search work on the feed too.
    assertThat(walk(since + "&limit=2&q=" + FEED + "&departement=35")).isEqualTo(mine);
    assertThat(walk(since + "&limit=2&q=" + FEED + "&departement=972")).isEmpty();
  }

  private static List<String> ids(JsonObject page) {
    return items(page).stream().map(v -> v.getString("id")).toList();
  }

  private static List<String> walk(String query) {
    List<String> walked = new ArrayList<>();
    JsonObject page = getJson(query);
    for (int pages = 0; pages < 10_000; pages++) {
      walked.addAll(ids(page));
      if (!page.containsKey("next_cursor")) {
        return walked;
      }
      page = getJson(query + "&cursor=" + page.getString("next_cursor"));
    }
    throw new AssertionError("no end");
  }

  @Test
  void theExportTakesWordsAndACircleLikeTheSearch() {
    JsonArray words = array("/api/v1/venues/export?format=json&q=" + WORD);
    assertThat(words.getValuesAs(JsonObject.class))
        .hasSize(total("q=" + WORD))
        .allSatisfy(v -> assertThat(v.getString("nom")).startsWith(WORD));
    String circle = "lat=14.6037&lon=-61.0747&radius_km=30";
    assertThat(array("/api/v1/venues/export?format=json&" + circle)).hasSize(total(circle));
    assertThat(csv("/api/v1/venues/export?format=csv&" + circle)).hasSize(total(circle));
    assertThat(total(circle)).isPositive().isLessThan(total(""));
    HttpResponse<String> noRadius = get("/api/v1/venues/export?lat=14.6&lon=-61.07");
    assertThat(noRadius.statusCode()).isEqualTo(400);
    assertThat(json(noRadius).getJsonArray("errors").getJsonObject(0).getString("name"))
        .isEqualTo("radius_km");
  }

  @Test
  void aTypoAnywhereInAWordIsForgivenEndingIncluded() {
    for (String typo : new String[] {"numerque", "numeriqe", "mumerique", "numerike"}) {
      assertThat(names("q=" + WORD + "+" + typo)).as(typo).contains(WORD + " Atelier numérique");
      assertThat(total("q=" + typo)).as(typo).isPositive();
    }
    for (String typo : new String[] {"ordinatur", "ordinateur", "ordinaters", "ordinateurs"}) {
      assertThat(names("q=" + WORD + "+" + typo))
          .as(typo)
          .containsExactly(WORD + " Prêt d'ordinateurs");
    }
  }

  @Test
  void stopWordsAloneAreRefusedNamingQ() {
    for (String q : new String[] {"le", "de+la", "l%27"}) {
      HttpResponse<String> response = get("/api/v1/venues?q=" + q);
      assertThat(response.statusCode()).as(q).isEqualTo(400);
      assertThat(json(response).getJsonArray("errors").getJsonObject(0).getString("name"))
          .isEqualTo("q");
    }
    assertThat(total("q=la+poste")).isEqualTo(total("q=poste"));
  }

  @Test
  void placesPutExactNamesFirstAndReadFrenchSpellings() {
    List<JsonObject> saintDenis =
        array("/api/v1/places?limit=20&q=Saint-Denis").getValuesAs(JsonObject.class);
    assertThat(saintDenis.subList(0, 4))
        .allSatisfy(p -> assertThat(p.getString("nom")).isEqualTo("Saint-Denis"))
        .extracting(p -> p.getString("departement"))
        .containsExactlyInAnyOrder("11", "30", "93", "974");
    assertThat(array("/api/v1/places?q=" + encode("Bœrsch")).getJsonObject(0).getString("nom"))
        .isEqualTo("Bœrsch");
    assertThat(array("/api/v1/places?q=Boersch").getJsonObject(0).getString("nom"))
        .isEqualTo("Bœrsch");
    for (String typed : new String[] {"L'Haÿ-les-Roses", "L’Hay les Roses", "l hay les roses"}) {
      assertThat(array("/api/v1/places?q=" + encode(typed)).getJsonObject(0).getString("nom"))
          .as(typed)
          .isEqualTo("L'Haÿ-les-Roses");
    }
  }

  @Test
  void csvExportNeutralisesFormulasAndStripsControlCharacters() {
    List<CSVRecord> rows = csv("/api/v1/venues/export?format=csv&q=" + WORD);
    CSVRecord formula =
        rows.stream()
            .filter(r -> r.get("nom").equals(WORD + " Espace formule"))
            .findFirst()
            .orElseThrow();
    assertThat(formula.get("presentation_resume")).isEqualTo("'" + FORMULA);
    assertThat(rows)
        .allSatisfy(
            r -> {
              for (String value : r.values()) {
                assertThat(value).doesNotContainPattern("[\\x00-\\x09\\x0B-\\x1F\\x7F]");
                if (!value.isEmpty() && !value.matches("[+-][0-9][0-9 .]*")) {
                  assertThat("=+-@").doesNotContain(value.substring(0, 1));
                }
              }
            });
    // The JSON export gives the text as the hub wrote it.
    assertThat(array("/api/v1/venues/export?format=json&q=" + WORD).getValuesAs(JsonObject.class))
        .anySatisfy(v -> assertThat(v.getString("presentation_resume", "")).isEqualTo(FORMULA));
  }

  @Test
  void everyAnswerOfTheApiForbidsContentSniffing() {
    for (String path :
        new String[] {
          "/api/v1/venues?limit=1",
          "/api/v1/venues?lat=95&lon=2",
          "/api/v1/venues/export?format=csv&q=" + WORD,
          "/api/v1/places?q=lyon",
          "/api/v1/nowhere",
          "/api/v1/venues/does-not-exist"
        }) {
      assertThat(get(path).headers().firstValue("X-Content-Type-Options"))
          .as(path)
          .contains("nosniff");
    }
  }
}
