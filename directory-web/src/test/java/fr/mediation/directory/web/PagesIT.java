package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.admin;
import static fr.mediation.directory.web.Api.encode;
import static fr.mediation.directory.web.Api.get;
import static fr.mediation.directory.web.Api.json;
import static fr.mediation.directory.web.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The citizens' pages as a browser without JavaScript sees them (server-rendered HTML), the error
 * reports, and the cross-origin reads the widget needs. Over HTTP, against the running server.
 */
class PagesIT {

  private static PageFixtures.Fixture fixture;

  @BeforeAll
  static void pushVenues() {
    fixture = PageFixtures.get();
    // A GET first: the client retries a GET (not a POST) on a pooled connection that the server
    // closed while idle (during the browser tests, longer than Liberty's 30 s keep-alive).
    get("/health/ready");
  }

  private static String html(String path) {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    return response.body();
  }

  private static String strasbourgVenueId() {
    return Api.getJson("/api/v1/venues?q=" + encode("CCAS de Strasbourg"))
        .getJsonArray("items")
        .getJsonObject(0)
        .getString("id");
  }

  @Test
  void searchByCommuneListsNearbyVenuesWithoutJavaScript() {
    String page = html("/?ou=Strasbourg");

    assertThat(page)
        .contains("près de Strasbourg (67000)")
        .contains("CCAS de Strasbourg – Espace numérique")
        .contains("href=\"tel:+33388484041\"")
        .contains("Aide proposée :")
        .containsPattern("(Ouvert|Fermé)");
  }

  @Test
  void searchByPostcodeFindsTheSameCommune() {
    assertThat(html("/?ou=67000")).contains("CCAS de Strasbourg – Espace numérique");
  }

  @Test
  void anUnknownPlaceSaysWhatToWrite() {
    assertThat(html("/?ou=Xyzzyville"))
        .contains("Nous ne trouvons pas « Xyzzyville »")
        .contains("code postal");
  }

  @Test
  void freeFilterKeepsOnlyFreeVenues() {
    String page =
        html("/?ou=Strasbourg&frais_a_charge=gratuit&services=aide-aux-demarches-administratives");

    assertThat(page).contains("CCAS de Strasbourg");
    assertThat(page.split("<li class=\"lieu\"")).hasSizeGreaterThan(1);
    for (String item : page.split("<li class=\"lieu\"")) {
      if (item.contains("Coût :")) {
        assertThat(item).contains("Gratuit");
      }
    }
  }

  @Test
  void nothingNearbyWidensTheSearchAndSaysSo() {
    // At sea, off Brittany: nothing within 10 km.
    String page = html("/?lat=47.0&lon=-4.5&ou=" + encode("Au large"));

    assertThat(page).containsPattern("élargi la recherche à \\d+ km|les plus proches, plus loin");
    assertThat(page).contains("<li class=\"lieu\"");
  }

  @Test
  void aVenueNamedByItsSourceAndIdRedirectsToItsPage() {
    HttpResponse<String> response =
        get("/lieux/" + fixture.source() + ":xss-1?retour=%2F%3Fou%3DX");

    assertThat(response.statusCode()).isEqualTo(302);
    String location = response.headers().firstValue("Location").orElseThrow();
    assertThat(location).endsWith("/lieux/" + fixture.xssVenueId() + "?retour=%2F%3Fou%3DX");
    assertThat(html(location.replaceFirst("^https?://[^/]+", ""))).contains("Saint-Flour");
  }

  @Test
  void badSearchAndOrientationParametersGiveAFrenchMessageNotAnError() {
    assertThat(html("/?lat=abc"))
        .contains("Position incomplète ou illisible")
        .doesNotContain("null");
    assertThat(html("/orientation?besoin=xyz&ou=Paris"))
        .contains("Besoin inconnu : choisissez-en un dans la liste.");
  }

  @Test
  void venuePageShowsHoursServicesContactAndSource() {
    String page = html("/lieux/" + strasbourgVenueId());

    assertThat(page)
        .contains("<h1>CCAS de Strasbourg – Espace numérique</h1>")
        .contains("<table class=\"horaires\">")
        .contains("<th scope=\"row\">Lundi")
        .contains("de 9 h à 12 h 30")
        .contains("Aide aux démarches administratives")
        .contains("Conditions d'accès")
        .contains("href=\"tel:+33388484041\"")
        .contains("Informations mises à jour le")
        .contains("Signaler une erreur")
        .contains("Itinéraire");
  }

  @Test
  void anUnknownVenueIsAFrench404Page() {
    HttpResponse<String> response = get("/lieux/pas-un-lieu");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("Aucun lieu").contains("<html lang=\"fr\">");
  }

  @Test
  void venueTextFromHubsIsEscapedInEveryPage() {
    String venue = html("/lieux/" + fixture.xssVenueId());
    String search = html("/?ou=" + encode("Saint-Flour"));

    for (String page : new String[] {venue, search}) {
      assertThat(page).contains("&lt;img src&#61;x onerror&#61;alert(1)&gt;");
      assertThat(page).doesNotContain(PageFixtures.XSS_NAME).doesNotContain("<script>alert");
    }
    assertThat(venue).contains("&lt;script&gt;alert(2)&lt;/script&gt;");
  }

  @Test
  void pagesForbidInlineScripts() {
    HttpResponse<String> response = get("/?ou=Strasbourg");

    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
  }

  @Test
  void orientationSheetListsVenuesForTheNeedAndIsShareable() {
    String page =
        html("/orientation?besoin=aide-aux-demarches-administratives&ou=Strasbourg&quand=");

    assertThat(page)
        .contains("Fiche d'orientation")
        .contains("Besoin : <strong>Aide aux démarches administratives</strong>")
        .contains("Près de : <strong>Strasbourg (67000)</strong>")
        .contains("<li class=\"lieu-fiche\">")
        .contains("id=\"lien-partage\"")
        .contains("/orientation?besoin&#61;aide-aux-demarches-administratives");
  }

  @Test
  void orientationStartsWithTheThreeQuestions() {
    assertThat(html("/orientation"))
        .contains("De quelle aide la personne a-t-elle besoin ?")
        .contains("Où habite-t-elle ?")
        .contains("Quand peut-elle y aller ?");
  }

  @Test
  void communesWrittenWithAccentsAreFound() {
    for (String commune :
        new String[] {
          "Besançon", "Saint-Étienne", "Évreux", "Nîmes", "Orléans", "Nouméa", "L'Haÿ-les-Roses"
        }) {
      String page = html("/?ou=" + encode(commune));
      assertThat(page).as(commune).contains("près de " + commune.replace("'", "&#39;"));
      assertThat(page).as(commune).doesNotContain("Nous ne trouvons pas");
    }
    // As a suggestion writes it, and in the orientation mode.
    assertThat(html("/?ou=" + encode("Besançon (25000)"))).contains("près de Besançon (25000)");
    assertThat(
            html(
                "/orientation?besoin=aide-aux-demarches-administratives&quand=&ou="
                    + encode("Besançon")))
        .contains("Près de : <strong>Besançon (25000)</strong>");
  }

  @Test
  void homonymsAreOfferedWithTheirDepartementAndEachLeadsToItsResults() {
    String page = html("/?ou=" + encode("Saint-Denis"));

    assertThat(page)
        .contains("Plusieurs communes portent ce nom")
        .contains("Saint-Denis (11310, Aude)")
        .contains("Saint-Denis (30500, Gard)")
        .contains("Saint-Denis (93200, Seine-Saint-Denis)")
        .contains("Saint-Denis (97400, La Réunion)");
    java.util.regex.Matcher aude =
        java.util.regex.Pattern.compile("href=\"([^\"]+)\">Saint-Denis \\(11310, Aude\\)")
            .matcher(page);
    assertThat(aude.find()).isTrue();
    String link = aude.group(1).replace("&amp;", "&").replace("&#61;", "=");
    assertThat(html(link)).contains("près de Saint-Denis (11310)");
  }

  @Test
  void theOldSuggestionsAddressIsGoneWithAFrenchPage() {
    HttpResponse<String> response = get("/communes?q=strasb");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("Page introuvable").doesNotContain("SRVE");
  }

  @Test
  void anUnknownAddressIsAFrenchPageNotTheServersMessage() {
    for (String path : new String[] {"/pas-une-page", "/lieux/", "/assets/absent.css"}) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
      assertThat(response.body())
          .as(path)
          .contains("<html lang=\"fr\">")
          .contains("Page introuvable")
          .doesNotContain("SRVE")
          .doesNotContain("FileNotFoundException");
    }
  }

  @Test
  void aVenuePageShowsItsEmailAddresses() {
    String page = html("/lieux/" + fixture.xssVenueId());

    assertThat(page)
        .contains("href=\"mailto:accueil@mairie-saint-flour.fr\"")
        .contains(">accueil@mairie-saint-flour.fr</a>");
  }

  @Test
  void aVenueOpenedFromResultsLeadsBackToThemAndExplainsItsServices() {
    String results = html("/?ou=" + encode("Saint-Flour"));
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile("href=\"(/lieux/[^\"]+retour[^\"]+)\"").matcher(results);
    assertThat(link.find()).isTrue();

    String venue = html(link.group(1).replace("&amp;", "&").replace("&#61;", "="));

    assertThat(venue).contains("Retour aux résultats").contains("href=\"/?ou&#61;Saint-Flour");
    assertThat(venue).contains("Faire ses démarches en ligne");
    // A link back to another site is not offered.
    assertThat(
            html(
                "/lieux/"
                    + fixture.xssVenueId()
                    + "?retour="
                    + encode("https://ailleurs.example/")))
        .doesNotContain("Retour aux résultats");
  }

  @Test
  void aPageSaysWhenItWasPrintedAndWhereTheDirectoryIs() {
    String page = html("/lieux/" + fixture.xssVenueId());

    assertThat(page)
        .containsPattern("Document imprimé le \\d{1,2} [a-zéû]+ \\d{4}")
        .contains("Annuaire de la médiation numérique : " + Api.BASE + "/");
  }

  @Test
  void anOverlongPlaceIsRefusedInFrenchNotSearched() {
    String page = html("/?ou=" + encode("Saint-".repeat(2000) + "Denis"));

    assertThat(page)
        .contains("trop long pour un nom de commune")
        .doesNotContain("<li class=\"lieu\"");
  }

  @Test
  void anUnusableFilterOnThePageIsExplainedInFrench() {
    String page = html("/?ou=Strasbourg&services=" + encode("pas-un-service"));

    assertThat(page).contains("class=\"alerte\"").doesNotContain("<li class=\"lieu\"");
    assertThat(page).containsPattern("services|service");
  }

  @Test
  void venueSearchIsReadableFromOtherOriginsButSourcesAreNot() {
    HttpResponse<String> venues =
        send("GET", "/api/v1/venues?q=ccas", null, "Origin", "http://partenaire.example");
    HttpResponse<String> sources =
        send("GET", "/api/v1/sources", null, "Origin", "http://partenaire.example");

    assertThat(venues.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(sources.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void anErrorReportFromTheVenuePageReachesTheSource() {
    String message = "Le lieu a déménagé au 3 rue de la Gare " + System.nanoTime();
    HttpResponse<String> posted =
        send(
            "POST",
            "/lieux/" + fixture.xssVenueId() + "/signaler",
            ("message=" + encode(message) + "&contact=" + encode("marie@example.org") + "&website=")
                .getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/x-www-form-urlencoded");

    assertThat(posted.statusCode()).isEqualTo(200);
    assertThat(posted.body()).contains("Merci ! Votre signalement a été transmis");
    HttpResponse<String> listed =
        send(
            "GET",
            "/api/v1/sources/" + fixture.source() + "/error-reports",
            null,
            "Authorization",
            "Bearer " + fixture.key());
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).contains(message);
    JsonArray reports =
        jakarta.json.Json.createReader(new java.io.StringReader(listed.body())).readArray();
    JsonObject report =
        reports.stream()
            .map(v -> v.asJsonObject())
            .filter(r -> message.equals(r.getString("message")))
            .findFirst()
            .orElseThrow();
    assertThat(report.getString("venue_id")).isEqualTo(fixture.xssVenueId());
    assertThat(report.getString("contact")).isEqualTo("marie@example.org");
  }

  @Test
  void errorReportsAreReadOnlyWithTheSourcesOrTheAdminKey() {
    String path = "/api/v1/sources/" + fixture.source() + "/error-reports";

    assertThat(get(path).statusCode()).isEqualTo(401);
    assertThat(send("GET", path, null, "Authorization", "Bearer nope").statusCode()).isEqualTo(401);
    assertThat(admin("GET", path, null).statusCode()).isEqualTo(200);
  }

  @Test
  void aTooShortReportIsRefusedNamingTheFieldInFrench() {
    HttpResponse<String> response =
        send(
            "POST",
            "/api/v1/error-reports",
            ("{\"venue_id\":\"" + fixture.xssVenueId() + "\",\"message\":\"faux\"}")
                .getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/json");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonObject error = json(response).getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("name")).isEqualTo("message");
    assertThat(error.getString("message_fr"))
        .isEqualTo("Décrivez l'erreur en 10 caractères au moins.");
  }

  @Test
  void aReportOnAnUnknownVenueIsRefused() {
    HttpResponse<String> response =
        send(
            "POST",
            "/api/v1/error-reports",
            "{\"venue_id\":\"inconnu\",\"message\":\"Ce lieu est fermé depuis un an.\"}"
                .getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/json");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).getJsonArray("errors").getJsonObject(0).getString("name"))
        .isEqualTo("venue_id");
  }

  @Test
  void aReportWithTheRobotsFieldIsDropped() {
    String message = "Robot message " + System.nanoTime();
    HttpResponse<String> response =
        send(
            "POST",
            "/api/v1/error-reports",
            ("{\"venue_id\":\""
                    + fixture.xssVenueId()
                    + "\",\"message\":\""
                    + message
                    + "\",\"website\":\"http://spam.example\"}")
                .getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/json");

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(
            send(
                    "GET",
                    "/api/v1/sources/" + fixture.source() + "/error-reports",
                    null,
                    "Authorization",
                    "Bearer " + fixture.key())
                .body())
        .doesNotContain(message);
  }

  @Test
  void aTooShortReportFromThePageKeepsTheTextAndSaysWhy() {
    HttpResponse<String> posted =
        send(
            "POST",
            "/lieux/" + fixture.xssVenueId() + "/signaler",
            "message=court&contact=".getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/x-www-form-urlencoded");

    assertThat(posted.statusCode()).isEqualTo(400);
    assertThat(posted.body())
        .contains("Décrivez l&#39;erreur en 10 caractères au moins.")
        .contains(">court</textarea>");
  }
}
