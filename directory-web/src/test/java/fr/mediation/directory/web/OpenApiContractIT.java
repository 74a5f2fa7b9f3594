package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The served OpenAPI document is complete (every public parameter described with an example, every
 * error documented) and true: real answers validate against the schemas it declares.
 */
class OpenApiContractIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> PUBLIC = List.of("/api/v1/venues", "/api/v1/places");
  private static JsonNode document;

  @BeforeAll
  static void readDocument() {
    document = parse(get("/openapi?format=JSON").body());
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Map.Entry<String, JsonNode>> publicOperations() {
    List<Map.Entry<String, JsonNode>> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      if (PUBLIC.stream().anyMatch(path.getKey()::startsWith)) {
        path.getValue()
            .fields()
            .forEachRemaining(
                op -> operations.add(Map.entry(op.getKey() + " " + path.getKey(), op.getValue())));
      }
    }
    return operations;
  }

  @Test
  void isOpenApi31() {
    assertThat(document.get("openapi").asText()).startsWith("3.1");
  }

  @Test
  void everyPublicParameterHasADescriptionAndAnExample() {
    List<Map.Entry<String, JsonNode>> operations = publicOperations();
    assertThat(operations).hasSizeGreaterThanOrEqualTo(6);
    int parameters = 0;
    for (Map.Entry<String, JsonNode> operation : operations) {
      for (JsonNode parameter : operation.getValue().path("parameters")) {
        parameters++;
        String where = operation.getKey() + " " + parameter.path("name").asText();
        assertThat(parameter.path("description").asText()).as(where).isNotBlank();
        assertThat(parameter.has("example") || parameter.has("examples"))
            .as(where + " has an example")
            .isTrue();
      }
    }
    assertThat(parameters).isGreaterThan(40);
  }

  @Test
  void everyPublicOperationDocumentsItsSuccessAndItsBadRequests() {
    for (Map.Entry<String, JsonNode> operation : publicOperations()) {
      JsonNode responses = operation.getValue().path("responses");
      assertThat(responses.has("200")).as(operation.getKey()).isTrue();
      assertThat(responses.path("200").path("description").asText()).isNotBlank();
      boolean takesQuery = false;
      for (JsonNode parameter : operation.getValue().path("parameters")) {
        takesQuery |= parameter.path("in").asText().equals("query");
      }
      String error = takesQuery ? "400" : "404";
      assertThat(responses.path(error).path("content").has("application/problem+json"))
          .as(operation.getKey() + " documents its " + error + " problem")
          .isTrue();
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/venues | /api/v1/venues?lat=48.8566&lon=2.3522&limit=5&facets=true | 200",
        "/api/v1/venues | /api/v1/venues?q=mediatheque&sort=name&limit=3 | 200",
        "/api/v1/venues | /api/v1/venues?lat=95&lon=2.35 | 400",
        "/api/v1/places | /api/v1/places?q=st+etienne | 200",
        "/api/v1/places | /api/v1/places | 400",
        "/api/v1/venues/clusters | /api/v1/venues/clusters?bbox=-5.5,41,10,51.5&zoom=5 | 200",
        "/api/v1/venues/clusters | /api/v1/venues/clusters?bbox=1,2,3&zoom=5 | 400",
        "/api/v1/venues/changes | /api/v1/venues/changes?updated_since=2000-01-01T00:00:00Z&limit=3"
            + " | 200",
        "/api/v1/venues/changes | /api/v1/venues/changes?updated_since=yesterday | 400"
      })
  void realAnswersMatchTheDocumentedSchemas(String path, String url, int status) {
    HttpResponse<String> response = get(url);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    String mediaType = status == 200 ? "application/json" : "application/problem+json";
    assertValid(path, status, mediaType, response.body());
  }

  @Test
  void venueDetailMatchesItsSchema() {
    String id = parse(get("/api/v1/venues?limit=1").body()).get("items").get(0).get("id").asText();
    HttpResponse<String> response = get("/api/v1/venues/" + id);
    assertValid("/api/v1/venues/{id}", 200, "application/json", response.body());
    HttpResponse<String> missing = get("/api/v1/venues/no-such-venue");
    assertValid("/api/v1/venues/{id}", 404, "application/problem+json", missing.body());
  }

  @Test
  void aWrongAnswerWouldFailTheCheck() {
    String body =
        get("/api/v1/venues?limit=1").body().replaceFirst("\"total\":\\d+", "\"total\":\"many\"");
    assertThat(validate("/api/v1/venues", 200, "application/json", body)).isNotEmpty();
  }

  private static void assertValid(String path, int status, String mediaType, String body) {
    assertThat(validate(path, status, mediaType, body))
        .as(path + " " + status + ": " + body)
        .isEmpty();
  }

  private static Set<ValidationMessage> validate(
      String path, int status, String mediaType, String body) {
    JsonNode schemaNode =
        document
            .path("paths")
            .path(path)
            .path("get")
            .path("responses")
            .path(Integer.toString(status))
            .path("content")
            .path(mediaType)
            .path("schema");
    assertThat(schemaNode.isMissingNode())
        .as(path + " documents " + status + " " + mediaType)
        .isFalse();
    ObjectNode root = schemaNode.deepCopy();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.set("components", document.get("components"));
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    return schema.validate(parse(body));
  }
}
