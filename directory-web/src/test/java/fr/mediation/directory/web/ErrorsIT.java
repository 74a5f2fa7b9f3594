package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.get;
import static fr.mediation.directory.web.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.venue.search.FlagFilter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad requests get RFC 9457 problem details naming the parameter, the value and the rule. */
class ErrorsIT {

  private static JsonObject problem(String path, int status) {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = json(response);
    assertThat(problem.getInt("status")).isEqualTo(status);
    return problem;
  }

  @Test
  void latitudeOutOfRangeIsRefusedWithItsRange() {
    JsonObject problem = problem("/api/v1/venues?lat=95&lon=2.35", 400);

    assertThat(problem.getString("title")).isEqualTo("Paramètre invalide");
    assertThat(problem.getString("detail")).contains("lat", "-90", "90", "95");
    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("name")).isEqualTo("lat");
    assertThat(error.getString("value")).isEqualTo("95");
    assertThat(error.getString("message")).isEqualTo("lat must be between -90 and 90.");
    assertThat(problem.getString("instance")).isEqualTo("/api/v1/venues?lat=95&lon=2.35");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "lat=48.85|lon",
        "lon=2.35|lat",
        "lat=abc&lon=2.35|lat",
        "lat=48,85&lon=2.35|lat",
        "lat=48.85&lon=181|lon",
        "lat=48.85&lon=2.35&radius_km=0|radius_km",
        "lat=48.85&lon=2.35&radius_km=501|radius_km",
        "radius_km=5|radius_km",
        "services=cuisine|services",
        "frais_a_charge=bientot|frais_a_charge",
        "fiche_acces_libre=peut-etre|fiche_acces_libre",
        "prise_rdv=2|prise_rdv",
        "pass_numerique=ouiii|pass_numerique",
        "limit=0|limit",
        "limit=101|limit",
        "offset=-1|offset",
        "sort=distance|sort",
        "sort=relevance|sort",
        "sort=price|sort"
      })
  void namesTheOffendingParameter(String query, String parameter) {
    JsonObject problem = problem("/api/v1/venues?" + query, 400);

    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("name"))
        .isEqualTo(parameter);
    assertThat(problem.getString("detail")).contains(parameter);
  }

  @Test
  void unknownServiceListsTheAcceptedCodes() {
    JsonObject problem = problem("/api/v1/venues?services=cuisine", 400);

    assertThat(problem.getString("detail"))
        .contains("cuisine", "aide-aux-demarches-administratives");
  }

  @Test
  void theYesNoFiltersOfTheRegistryAreAcceptedAndAMisspeltOneIsNamedWithThem() {
    for (FlagFilter flag : FlagFilter.values()) {
      for (String endpoint : List.of("/api/v1/venues?limit=1&", "/api/v1/venues/export?")) {
        HttpResponse<String> answer = get(endpoint + flag.key() + "=true");
        assertThat(answer.statusCode()).as(endpoint + flag.key()).isEqualTo(200);
      }
    }
    JsonObject problem = problem("/api/v1/venues?prise_rdvv=true", 400);

    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("name")).isEqualTo("prise_rdvv");
    assertThat(error.getString("value")).isEqualTo("true");
    assertThat(problem.getString("detail"))
        .contains(Arrays.stream(FlagFilter.values()).map(FlagFilter::key).toArray(String[]::new));
  }

  @Test
  void unknownVenueIsNotFound() {
    JsonObject problem = problem("/api/v1/venues/does-not-exist", 404);

    assertThat(problem.getString("detail")).contains("does-not-exist");
  }

  @Test
  void aRunsLimitThatIsNotANumberNamesTheParameter() {
    JsonObject problem = problem("/api/v1/sources/exemple/runs?limit=abc", 400);

    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("name"))
        .isEqualTo("limit");
    assertThat(problem.getString("detail")).contains("limit", "abc");
  }

  @Test
  void aRunIdThatIsNotANumberIsARunTheSourceDoesNotHave() {
    JsonObject problem = problem("/api/v1/sources/exemple/runs/abc", 404);

    assertThat(problem.getString("detail")).contains("exemple", "abc");
  }

  @Test
  void unknownPathIsNotFoundAsProblem() {
    problem("/api/v1/nowhere", 404);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "/api/v1/venues?servics=gratuit;servics;services",
        "/api/v1/venues?limit=1&Q=ecole;Q;q",
        "/api/v1/venues/clusters?bbox=-5,41,10,51&zoom=5&q=ecole;q;bbox",
        "/api/v1/venues/export?sort=name;sort;updated_since",
        "/api/v1/venues/export?format=csv&offset=10;offset;format",
        "/api/v1/venues/changes?updated_since=2026-11-01T00:00:00Z&facets=true;facets;cursor",
        "/api/v1/venues/does-not-exist?lang=fr;lang;",
        "/api/v1/places?q=lyon&departement=69;departement;limit",
        "/api/v1/sources?page=2;page;"
      })
  void unknownParametersAreRefusedWithTheAcceptedOnes(
      String path, String unknown, String anAcceptedOne) {
    JsonObject problem = problem(path, 400);

    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("name")).isEqualTo(unknown);
    assertThat(problem.getString("detail")).contains("Paramètre inconnu", unknown);
    if (anAcceptedOne != null) {
      assertThat(problem.getString("detail")).contains("acceptés", anAcceptedOne);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "/api/v1/venues?departement=97;departement",
        "/api/v1/venues?departement=20;departement",
        "/api/v1/venues?region=99;region",
        "/api/v1/venues/clusters?bbox=-5,41,10,51&zoom=5&departement=97;departement",
        "/api/v1/venues/export?departement=97;departement",
        "/api/v1/venues/changes?updated_since=2026-11-01T00:00:00Z&region=05;region"
      })
  void areasThatDoNotExistAreRefused(String path, String parameter) {
    JsonObject problem = problem(path, 400);

    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("name"))
        .isEqualTo(parameter);
  }

  @Test
  void httpErrorsOfTheFrameworkAreInFrench() {
    JsonObject notFound = problem("/api/v1/nowhere", 404);
    assertThat(notFound.getString("title")).isEqualTo("Ressource introuvable");
    assertThat(notFound.getString("detail")).isEqualTo("Aucune ressource à cette adresse.");

    HttpResponse<String> notAllowed = Api.send("DELETE", "/api/v1/venues", null);
    assertThat(notAllowed.statusCode()).isEqualTo(405);
    assertThat(json(notAllowed).getString("title")).isEqualTo("Méthode non permise");
    assertThat(json(notAllowed).getString("detail")).contains("méthode");

    HttpResponse<String> notAcceptable =
        Api.send("GET", "/api/v1/venues?limit=1", null, "Accept", "application/xml");
    assertThat(notAcceptable.statusCode()).isEqualTo(406);
    assertThat(json(notAcceptable).getString("title")).isEqualTo("Format de réponse indisponible");

    HttpResponse<String> unsupported =
        Api.send(
            "POST",
            "/api/v1/error-reports",
            "<rapport/>".getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/xml");
    assertThat(unsupported.statusCode()).isEqualTo(415);
    assertThat(json(unsupported).getString("title"))
        .isEqualTo("Type de contenu non pris en charge");
    for (HttpResponse<String> response :
        java.util.List.of(notAllowed, notAcceptable, unsupported)) {
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
  }

  /** A raw answer: status, headers (lower-case names) and body. */
  private record Raw(int status, String headers, String body) {}

  /**
   * GET {@code target} exactly as written, over a socket: java.net.http refuses to send the
   * characters that some clients send unencoded ({@code | { } ^ " < > \\}).
   */
  private static Raw raw(String target) {
    URI base = URI.create(Api.BASE);
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + target
                  + " HTTP/1.1\r\nHost: "
                  + base.getHost()
                  + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String head = text.substring(0, end);
      String body = text.substring(end + 4);
      if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
        body = unchunk(body);
      }
      int status = Integer.parseInt(head.substring(9, 12));
      return new Raw(status, head.toLowerCase(Locale.ROOT), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String unchunk(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (true) {
      int line = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, line).strip(), 16);
      if (size == 0) {
        return body.toString();
      }
      // Sizes count bytes: read the chunk as bytes.
      byte[] rest = chunked.substring(line + 2).getBytes(StandardCharsets.UTF_8);
      String chunk = new String(rest, 0, size, StandardCharsets.UTF_8);
      body.append(chunk);
      at = line + 2 + chunk.length() + 2;
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      value = {
        "/api/v1/venues?services=cuisine|jardinage",
        "/api/v1/venues?q={ecole}",
        "/api/v1/venues?q=a^b",
        "/api/v1/venues?q=\"ecole\"",
        "/api/v1/venues?q=<ecole>",
        "/api/v1/venues?q=a\\b",
        "/api/v1/venues?lat=4{8&lon=2",
        "/api/v1/venues/{id}",
        "/api/v1/venues/a|b",
        "/api/v1/venues/<script>",
        "/api/v1/venues/a\"b",
        "/api/v1/venues/a^b\\c",
        "/api/v1/no|where",
        "/api/v1/places?q={lyon}",
        "/api/v1/venues/export?servi|ces=x",
        "/api/v1/venues?q=100%",
        "/api/v1/venues?q=%zz",
        "/api/v1/venues/%zz",
        "/api/v1/venues?q=caf%E9"
      })
  void unencodedCharactersNeverGiveAServerError(String target) {
    Raw answer = raw(target);

    assertThat(answer.status()).as(answer.body()).isLessThan(500);
    String path =
        target.substring(0, target.indexOf('?') < 0 ? target.length() : target.indexOf('?'));
    if (path.contains("\\") || path.matches(".*%(?![0-9A-Fa-f]{2}).*")) {
      // Open Liberty refuses a backslash (encoded or not, a path traversal guard) or a broken
      // escape in a path before the API reads the request: its own 400.
      assertThat(answer.status()).isEqualTo(400);
      return;
    }
    if (answer.status() >= 400) {
      assertThat(answer.headers()).contains("content-type: application/problem+json");
      JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
      assertThat(problem.getInt("status")).isEqualTo(answer.status());
      assertThat(URI.create(problem.getString("instance")).getRawPath()).startsWith("/api/v1/");
    }
  }

  @Test
  void theStandardsListSeparatorSeparatesFilterValues() {
    Raw pipe = raw("/api/v1/venues?limit=1&frais_a_charge=gratuit|payant");
    Raw comma = raw("/api/v1/venues?limit=1&frais_a_charge=gratuit,payant");
    assertThat(pipe.status()).as(pipe.body()).isEqualTo(200);
    int both = Json.createReader(new StringReader(pipe.body())).readObject().getInt("total");
    assertThat(both)
        .isEqualTo(Json.createReader(new StringReader(comma.body())).readObject().getInt("total"))
        .isGreaterThan(
            Api.getJson("/api/v1/venues?limit=1&frais_a_charge=gratuit").getInt("total"));
    Raw unknown = raw("/api/v1/venues?services=cuisine|jardinage");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"name\":\"services\"", "cuisine");
  }

  private static String token(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "lat=48.8566&lon=2.3522;distance~1e308~id",
        "lat=48.8566&lon=2.3522;distance~20100~id",
        "q=mediatheque;relevance~99999999~",
        "sort=name;name~LONG~id",
        "sort=name;name~ecole~LONG"
      })
  void forgedCursorsAreABadRequestNamingTheCursor(String query, String cursor) {
    String text = cursor.replace('~', '\u001f').replace("LONG", "a".repeat(10_000));
    JsonObject problem = problem("/api/v1/venues?" + query + "&cursor=" + token(text), 400);

    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("name"))
        .isEqualTo("cursor");
  }
}
