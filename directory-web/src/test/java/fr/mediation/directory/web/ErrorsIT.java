package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.get;
import static fr.mediation.directory.web.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
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
}
