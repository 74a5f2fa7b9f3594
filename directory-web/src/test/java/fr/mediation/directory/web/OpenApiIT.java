package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes the endpoints; its browsable UI is served. */
class OpenApiIT {

  @Test
  void documentListsTheVenueEndpointsWithTheirParameters() {
    HttpResponse<String> response = get("/openapi?format=JSON");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains(
            "\"/api/v1/venues\"",
            "\"/api/v1/venues/{id}\"",
            "\"radius_km\"",
            "\"frais_a_charge\"",
            "application/problem+json",
            "\"distance_km\"",
            "\"code_postal\"");
  }

  @Test
  void browsableUiIsServed() {
    HttpResponse<String> response = get("/openapi/ui/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).containsIgnoringCase("<html");
  }
}
