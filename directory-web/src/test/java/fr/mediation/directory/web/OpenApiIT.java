package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mediation.directory.venue.search.FlagFilter;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  void everyYesNoFilterOfTheRegistryIsDocumentedWhereverTheFiltersAre() throws IOException {
    JsonNode paths = new ObjectMapper().readTree(get("/openapi?format=JSON").body()).path("paths");
    for (String path :
        List.of(
            "/api/v1/venues",
            "/api/v1/venues/clusters",
            "/api/v1/venues/export",
            "/api/v1/venues/changes")) {
      Map<String, JsonNode> parameters = new LinkedHashMap<>();
      paths
          .path(path)
          .path("get")
          .path("parameters")
          .forEach(p -> parameters.put(p.path("name").asText(), p));
      for (FlagFilter flag : FlagFilter.values()) {
        JsonNode parameter = parameters.get(flag.key());
        assertThat(parameter).as(path + " " + flag.key()).isNotNull();
        assertThat(parameter.path("in").asText()).isEqualTo("query");
        assertThat(parameter.path("description").asText()).isEqualTo(flag.description());
        assertThat(parameter.path("schema").path("type").asText()).isEqualTo("boolean");
        assertThat(parameter.path("example").isBoolean()).isTrue();
      }
    }
  }

  @Test
  void keyAnswersAreSharedResponsesAndEveryErrorIsAProblem() throws IOException {
    JsonNode document = new ObjectMapper().readTree(get("/openapi?format=JSON").body());
    JsonNode shared = document.path("components").path("responses");
    for (String name : List.of("AdminKeyMissing", "SourceKeyMissing", "OtherSourcesKey")) {
      assertThat(problemSchema(shared.path(name)))
          .as(name)
          .isEqualTo("#/components/schemas/Problem");
    }
    JsonNode regroup = document.path("paths").path("/api/v1/admin/federation/regroup").path("post");
    assertThat(regroup.path("security").toString()).contains("adminKey");
    assertThat(regroup.path("responses").path("401").path("$ref").asText())
        .isEqualTo("#/components/responses/AdminKeyMissing");
    JsonNode push = document.path("paths").path("/api/v1/sources/{id}/feed").path("put");
    assertThat(push.path("security").toString()).contains("sourceKey");
    assertThat(push.path("responses").path("401").path("$ref").asText())
        .isEqualTo("#/components/responses/SourceKeyMissing");
    assertThat(push.path("responses").path("403").path("$ref").asText())
        .isEqualTo("#/components/responses/OtherSourcesKey");

    List<String> bodiless = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
          operations.hasNext(); ) {
        Map.Entry<String, JsonNode> operation = operations.next();
        for (Iterator<Map.Entry<String, JsonNode>> responses =
                operation.getValue().path("responses").fields();
            responses.hasNext(); ) {
          Map.Entry<String, JsonNode> response = responses.next();
          if (response.getKey().matches("[45]\\d\\d")
              && !response.getValue().has("$ref")
              && response.getValue().path("content").isEmpty()) {
            bodiless.add(operation.getKey() + " " + path.getKey() + " " + response.getKey());
          }
        }
      }
    }
    assertThat(bodiless).isEmpty();
  }

  private static String problemSchema(JsonNode response) {
    return response
        .path("content")
        .path("application/problem+json")
        .path("schema")
        .path("$ref")
        .asText();
  }

  @Test
  void browsableUiIsServed() {
    HttpResponse<String> response = get("/openapi/ui/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).containsIgnoringCase("<html");
  }
}
