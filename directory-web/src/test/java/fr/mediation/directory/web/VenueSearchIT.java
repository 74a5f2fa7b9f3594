package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.encode;
import static fr.mediation.directory.web.Api.getJson;
import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.venue.search.IndexFields;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

/** Geo search, ordering, full text and filters, over HTTP against the running server. */
class VenueSearchIT {

  private static final String PARIS = "lat=48.8566&lon=2.3522";

  private static List<JsonObject> items(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static List<String> strings(JsonObject item, String key) {
    return item.containsKey(key)
        ? item.getJsonArray(key).getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList()
        : List.of();
  }

  private static double distance(JsonObject item) {
    return item.getJsonNumber("distance_km").doubleValue();
  }

  @Test
  void findsParisVenuesWithin5KmNearestFirst() {
    JsonObject page = getJson("/api/v1/venues?" + PARIS + "&radius_km=5&limit=100");

    List<JsonObject> items = items(page);
    assertThat(page.getInt("total")).isGreaterThanOrEqualTo(20).isEqualTo(items.size());
    assertThat(items).allSatisfy(v -> assertThat(distance(v)).isBetween(0.0, 5.0));
    assertThat(items.stream().map(VenueSearchIT::distance).toList()).isSorted();
    assertThat(items)
        .allSatisfy(v -> assertThat(v.getString("code_postal")).matches("75\\d{3}|9[234]\\d{3}"));
  }

  @Test
  void theFirstPageOfEverySizeHoldsTheNearestVenuesThenTheSmallestIds() {
    // Every venue within 5 km of the Paris point (fewer than 100), ordered here: the first page of
    // each size must be their beginning, venues sharing a position included.
    JsonObject all = getJson("/api/v1/venues?" + PARIS + "&radius_km=5&limit=100");
    assertThat(all.getInt("total")).isEqualTo(items(all).size());
    List<String> nearest =
        items(all).stream()
            .sorted(
                java.util.Comparator.comparingDouble(VenueSearchIT::distance)
                    .thenComparing(v -> v.getString("id")))
            .map(v -> v.getString("id"))
            .toList();
    assertThat(nearest.size()).isGreaterThanOrEqualTo(20);

    for (int size = 1; size <= 20; size++) {
      JsonObject page = getJson("/api/v1/venues?" + PARIS + "&radius_km=5&limit=" + size);
      assertThat(items(page).stream().map(v -> v.getString("id")).toList())
          .as("the first %d", size)
          .isEqualTo(nearest.subList(0, size));
      assertThat(page.getInt("total")).isEqualTo(all.getInt("total"));
    }
  }

  @Test
  void smallerRadiusFindsASubsetOfTheNearest() {
    JsonObject five = getJson("/api/v1/venues?" + PARIS + "&radius_km=5&limit=100");
    JsonObject two = getJson("/api/v1/venues?" + PARIS + "&radius_km=2&limit=100");

    assertThat(two.getInt("total")).isPositive().isLessThan(five.getInt("total"));
    assertThat(items(two)).allSatisfy(v -> assertThat(distance(v)).isLessThanOrEqualTo(2.0));
    List<String> nearestIds = items(five).stream().map(v -> v.getString("id")).toList();
    assertThat(items(two).stream().map(v -> v.getString("id")).toList())
        .isEqualTo(nearestIds.subList(0, two.getInt("total")));
  }

  @Test
  void withoutRadiusGivesTheNearestVenuesAnywhere() {
    // Fort-de-France, Martinique: the nearest venues are in Martinique, not in Paris.
    JsonObject page = getJson("/api/v1/venues?lat=14.6037&lon=-61.0747&limit=3");

    assertThat(page.getInt("total")).isGreaterThan(300);
    assertThat(items(page)).hasSize(3);
    assertThat(items(page))
        .allSatisfy(v -> assertThat(v.getString("code_postal")).startsWith("972"));
  }

  @Test
  void findsOverseasVenuesNearSaintDenisDeLaReunion() {
    JsonObject page = getJson("/api/v1/venues?lat=-20.8789&lon=55.4481&radius_km=30");

    assertThat(page.getInt("total")).isPositive();
    assertThat(items(page))
        .allSatisfy(v -> assertThat(v.getString("code_postal")).startsWith("974"));
  }

  @Test
  void pagesFollowEachOtherWithoutGapOrRepeat() {
    List<String> ten =
        items(getJson("/api/v1/venues?" + PARIS + "&limit=10")).stream()
            .map(v -> v.getString("id"))
            .toList();
    List<String> firstFive =
        items(getJson("/api/v1/venues?" + PARIS + "&limit=5")).stream()
            .map(v -> v.getString("id"))
            .toList();
    List<String> nextFive =
        items(getJson("/api/v1/venues?" + PARIS + "&limit=5&offset=5")).stream()
            .map(v -> v.getString("id"))
            .toList();

    assertThat(firstFive).isEqualTo(ten.subList(0, 5));
    assertThat(nextFive).isEqualTo(ten.subList(5, 10));
  }

  @Test
  void fullTextIgnoresCaseAndAccents() {
    JsonObject accented = getJson("/api/v1/venues?q=" + encode("Médiathèque") + "&limit=100");
    JsonObject plain = getJson("/api/v1/venues?q=MEDIATHEQUE&limit=100");

    assertThat(accented.getInt("total")).isGreaterThanOrEqualTo(5);
    assertThat(plain.getInt("total")).isEqualTo(accented.getInt("total"));
    assertThat(items(plain))
        .anySatisfy(v -> assertThat(v.getString("nom")).containsIgnoringCase("Médiathèque"));
  }

  @Test
  void fullTextHandlesFrenchElisionAndPlurals() {
    // "L'Établi numérique" is found by "etabli"; a presentation saying "d'ordinateurs" by
    // "ordinateur".
    JsonObject etabli = getJson("/api/v1/venues?q=etabli");
    JsonObject ordinateur = getJson("/api/v1/venues?q=ordinateur&limit=100");

    assertThat(items(etabli))
        .anySatisfy(v -> assertThat(v.getString("nom")).isEqualTo("L'Établi numérique"));
    assertThat(ordinateur.getInt("total")).isPositive();
  }

  @Test
  void fullTextNeedsEveryWord() {
    int mediatheque = getJson("/api/v1/venues?q=mediatheque").getInt("total");
    int mediathequeParis = getJson("/api/v1/venues?q=mediatheque%20paris").getInt("total");
    int nonsense = getJson("/api/v1/venues?q=mediatheque%20zzxqwv").getInt("total");

    assertThat(mediathequeParis).isPositive().isLessThan(mediatheque);
    assertThat(nonsense).isZero();
  }

  @Test
  void fullTextFindsTheNamedVenueFirst() {
    JsonObject page = getJson("/api/v1/venues?q=" + encode("Françoise Sagan"));

    assertThat(items(page).getFirst().getString("nom")).isEqualTo("Médiathèque Françoise Sagan");
  }

  @Test
  void filtersByServiceCode() {
    String service = "Aide aux démarches administratives";
    JsonObject all = getJson("/api/v1/venues?" + PARIS + "&radius_km=10&limit=100");
    JsonObject filtered =
        getJson(
            "/api/v1/venues?"
                + PARIS
                + "&radius_km=10&limit=100&services=aide-aux-demarches-administratives");

    assertThat(filtered.getInt("total")).isPositive().isLessThan(all.getInt("total"));
    assertThat(items(filtered))
        .allSatisfy(v -> assertThat(strings(v, "services")).contains(service));
    long expected =
        items(all).stream().filter(v -> strings(v, "services").contains(service)).count();
    assertThat((long) filtered.getInt("total")).isEqualTo(expected);
  }

  @Test
  void filtersByServiceLabelAsByCode() {
    JsonObject byLabel =
        getJson("/api/v1/venues?services=" + encode("Loisirs et créations numériques"));
    JsonObject byCode = getJson("/api/v1/venues?services=loisirs-et-creations-numeriques");

    assertThat(byLabel.getInt("total")).isPositive().isEqualTo(byCode.getInt("total"));
  }

  @Test
  void severalServicesAreAlternatives() {
    int a = getJson("/api/v1/venues?services=loisirs-et-creations-numeriques").getInt("total");
    int b =
        getJson("/api/v1/venues?services=parentalite-et-education-avec-le-numerique")
            .getInt("total");
    int either =
        getJson(
                "/api/v1/venues?services=loisirs-et-creations-numeriques,parentalite-et-education-avec-le-numerique")
            .getInt("total");

    assertThat(either).isGreaterThanOrEqualTo(Math.max(a, b)).isLessThanOrEqualTo(a + b);
  }

  @Test
  void filtersByFeeCondition() {
    JsonObject paying = getJson("/api/v1/venues?frais_a_charge=payant&limit=100");
    JsonObject free = getJson("/api/v1/venues?frais_a_charge=gratuit&limit=1");

    assertThat(paying.getInt("total")).isPositive().isLessThan(free.getInt("total"));
    assertThat(items(paying))
        .allSatisfy(v -> assertThat(strings(v, "frais_a_charge")).contains("Payant"));
  }

  @Test
  void combinesPointTextAndFilters() {
    JsonObject page =
        getJson(
            "/api/v1/venues?"
                + PARIS
                + "&radius_km=8&q=numerique&frais_a_charge=gratuit&limit=100");

    assertThat(items(page))
        .allSatisfy(
            v -> {
              assertThat(distance(v)).isLessThanOrEqualTo(8.0);
              assertThat(strings(v, "frais_a_charge")).contains("Gratuit");
            });
    assertThat(items(page).stream().map(VenueSearchIT::distance).toList()).isSorted();
  }

  @Test
  void sortsByNameWhenAsked() {
    List<String> names =
        items(getJson("/api/v1/venues?" + PARIS + "&radius_km=5&sort=name&limit=100")).stream()
            .map(v -> v.getString("nom"))
            .map(n -> java.text.Normalizer.normalize(n, java.text.Normalizer.Form.NFD))
            .map(n -> n.replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT))
            .toList();

    assertThat(names).hasSizeGreaterThan(5).isSorted();
  }

  @Test
  void readsOneVenueWithEveryFieldOfTheStandard() {
    JsonObject first = items(getJson("/api/v1/venues?q=" + encode("Françoise Sagan"))).getFirst();

    JsonObject venue = getJson("/api/v1/venues/" + first.getString("id"));

    assertThat(venue.getString("id")).isEqualTo(first.getString("id"));
    assertThat(venue.getString("nom")).isEqualTo("Médiathèque Françoise Sagan");
    assertThat(venue.getJsonArray("sources").getJsonObject(0).getString("source"))
        .isEqualTo("exemple");
    assertThat(venue.getString("pivot")).matches("[0-9A-Z]{9,14}");
    assertThat(venue.getString("code_postal")).isEqualTo("75010");
    assertThat(venue.getString("date_maj")).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(venue.getJsonArray("services")).isNotEmpty();
    assertThat(venue.keySet())
        .contains("adresse", "commune", "latitude", "longitude", "sources", "updated_at");
  }

  @Test
  void indexesEachVenueAsOneDocumentWithItsHoursInside() throws Exception {
    // The sample's venues have weekly hours (and some closures): in nested documents, each venue
    // would be several documents of the index.
    String opensearch = System.getProperty("it.opensearch.url", "");
    if (!opensearch.isBlank()) {
      String index = opensearch + "/it-pg-venue-read";
      HttpClient http = HttpClient.newHttpClient();
      http.send(
          HttpRequest.newBuilder(URI.create(index + "/_refresh"))
              .POST(HttpRequest.BodyPublishers.noBody())
              .build(),
          HttpResponse.BodyHandlers.ofString());
      JsonObject venues = openSearchJson(http, index + "/_count");
      JsonObject stats = openSearchJson(http, index + "/_stats/docs");
      long documents =
          stats
              .getJsonObject("_all")
              .getJsonObject("primaries")
              .getJsonObject("docs")
              .getJsonNumber("count")
              .longValue();
      assertThat(venues.getJsonNumber("count").longValue()).isGreaterThan(400);
      assertThat(documents).isEqualTo(venues.getJsonNumber("count").longValue());
      return;
    }
    Path root = Path.of(System.getProperty("it.lucene.index.dir", "target/it-data/index"));
    long venues = 0;
    try (Stream<Path> folders = Files.walk(root)) {
      for (Path folder : folders.filter(Files::isDirectory).toList()) {
        try (FSDirectory directory = FSDirectory.open(folder)) {
          if (!DirectoryReader.indexExists(directory)) {
            continue;
          }
          try (DirectoryReader reader = DirectoryReader.open(directory)) {
            int withId = reader.getDocCount(IndexFields.ID);
            if (withId > 0) {
              // Every document of the venues' index is a venue's (nested ones have no id).
              assertThat(reader.maxDoc()).as(folder.toString()).isEqualTo(withId);
              venues += withId;
            }
          }
        }
      }
    }
    assertThat(venues).isGreaterThan(400);
  }

  private static JsonObject openSearchJson(HttpClient http, String url) throws Exception {
    String body =
        http.send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
      return reader.readObject();
    }
  }
}
