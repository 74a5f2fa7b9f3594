package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.ADMIN;
import static fr.mediation.directory.web.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a hub learns of its file: the rows its mapping skipped, kept with the run; the data quality
 * of what it publishes; and a mapping that breaks the format's schema, refused with each violation.
 */
class HarvestReportsIT {

  private static final String MAPPING =
      Hubs.mappingInRennes(
          """
          skip:
            - {column: etat, equals: INACTIF, reason: Lieu marqué inactif par le hub}
          """,
          """
          telephone: tel
          horaires:
            hours: {text: horaires}
          """);

  @Test
  void skippedRowsStayWithTheRunAndTheQualitySummaryCountsWhatIsPublished() {
    String tag = "Qualix" + UUID.randomUUID().toString().substring(0, 6);
    Hubs hub = Hubs.custom("quality", MAPPING);
    String csv =
        "id;nom;etat;tel;horaires\n"
            + "q1;Lieu lisible "
            + tag
            + ";actif;01 23 45 67 89;Du lundi au vendredi de 9h à 12h\n"
            + "q2;Lieu incertain "
            + tag
            + ";actif;;Du lundi au dimanche de 0h à 24h, tous les 15 jours\n"
            + "q3;Lieu fermé "
            + tag
            + ";INACTIF;;\n";
    HttpResponse<String> pushed = hub.send(csv);
    assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(202);
    JsonObject report = Api.completed(pushed);
    assertThat(report.getJsonObject("run").getInt("accepted")).isEqualTo(2);
    assertThat(report.getJsonObject("run").getInt("skipped")).isEqualTo(1);
    // Read again later, without a key: the skipped rows and their reason were kept with the run.
    long run = report.getJsonObject("run").getJsonNumber("id").longValue();
    JsonObject stored = Api.getJson("/api/v1/sources/" + hub.source() + "/runs/" + run);
    assertThat(stored.getJsonArray("skipped_rows"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.asJsonObject().getString("reason"))
                  .isEqualTo("Lieu marqué inactif par le hub");
              assertThat(s.asJsonObject().getInt("rows")).isEqualTo(1);
            });
    assertThat(Api.get("/api/v1/sources/" + hub.source() + "/runs?limit=1").body())
        .as("the runs' summaries count them")
        .contains("\"skipped\":1");

    String quality = "/api/v1/sources/" + hub.source() + "/quality";
    assertThat(Api.get(quality).statusCode()).isEqualTo(401);
    JsonObject q = Api.getJson(quality, hub.key());
    assertThat(q.getInt("venues")).isEqualTo(2);
    assertThat(q.getJsonObject("phone").getInt("count")).isEqualTo(1);
    assertThat(q.getJsonObject("phone").getJsonNumber("share").doubleValue()).isEqualTo(0.5);
    assertThat(q.getJsonObject("hours_exact").getInt("count")).isEqualTo(1);
    assertThat(
            q.getJsonObject("hours_partly_flagged").getInt("count")
                + q.getJsonObject("hours_wholly_flagged").getInt("count"))
        .isEqualTo(1);
    assertThat(q.getJsonObject("positions").getJsonObject("source").getInt("count")).isEqualTo(2);
    JsonObject last = q.getJsonObject("last_run");
    assertThat(last.getJsonNumber("run").longValue()).isEqualTo(run);
    assertThat(last.getJsonObject("warnings_by_field").getJsonObject("horaires").getInt("rows"))
        .isEqualTo(1);
    assertThat(Api.getJson(quality, ADMIN).getInt("venues")).isEqualTo(2);
  }

  @Test
  void aMappingBreakingTheSchemaIsRefusedWithEachViolationAndItsPointer() throws IOException {
    // The document's example of a refused mapping, and the answer it shows (MappingSchemaTest
    // reads the same mapping).
    Matcher example =
        Pattern.compile("```yaml refused-hub.yaml\\n(.*?)```.*?```json\\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(Path.of("../docs/feed-mapping-v1.md")));
    assertThat(example.find()).as("refused-hub.yaml and its answer in the document").isTrue();
    String broken = example.group(1);
    JsonArray documented;
    try (JsonReader reader = Json.createReader(new StringReader(example.group(2)))) {
      documented = reader.readObject().getJsonArray("errors");
    }
    String source = "schema-" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> answer =
        ItServer.MAIN.defineSource(
            source,
            Json.createObjectBuilder()
                .add("name", "Hub " + source)
                .add("format", "custom")
                .add("delivery", "push")
                .add("mapping", broken));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonObject problem = json(answer);
    assertThat(problem.getString("detail")).contains("schéma JSON");
    assertThat(pointed(problem.getJsonArray("errors")))
        .anyMatch(e -> e.startsWith("/fields : ") && e.contains("'nom'"))
        .anyMatch(e -> e.startsWith("/fields/pivot : ") && e.contains("'colonne'"))
        .anyMatch(e -> e.startsWith("/skip/0 : ") && e.contains("'reason'"))
        .as("the errors the document shows")
        .isEqualTo(pointed(documented));
    assertThat(Api.get("/api/v1/sources/" + source).statusCode())
        .as("nothing stored")
        .isEqualTo(404);
  }

  /** Each error of a problem as "pointer : French message". */
  private static List<String> pointed(JsonArray errors) {
    return errors.stream()
        .map(JsonValue::asJsonObject)
        .map(e -> e.getString("pointer") + " : " + e.getString("message_fr"))
        .toList();
  }
}
