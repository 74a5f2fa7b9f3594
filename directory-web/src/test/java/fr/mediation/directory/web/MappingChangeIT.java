package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A hub corrects its mapping and sends the same file again: the file is read again with the new
 * mapping, not reported unchanged; the same file and mapping once more is unchanged, and says why.
 */
class MappingChangeIT {

  private static String name(String tag) {
    return Api.getJson("/api/v1/venues?q=" + Api.encode(tag)).getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .map(v -> v.getString("nom"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theSameFileIsReadAgainWhenItsMappingChanged() {
    String tag = "Corrigex" + UUID.randomUUID().toString().substring(0, 6);
    Hubs hub = Hubs.custom("mapping", Hubs.mappingInRennes("intitule", "", ""));
    String csv = "id;intitule;nom_long\nl1;Sigle " + tag + ";Espace numérique " + tag + "\n";
    HttpResponse<String> first = hub.send(csv);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
    Api.completed(first);
    assertThat(name(tag)).isEqualTo("Sigle " + tag);

    hub.remap(Hubs.mappingInRennes("nom_long", "", ""));
    HttpResponse<String> again = hub.send(csv);

    assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
    Api.completed(again);
    assertThat(name(tag)).isEqualTo("Espace numérique " + tag);

    HttpResponse<String> same = hub.send(csv);
    assertThat(same.statusCode()).as(same.body()).isEqualTo(200);
    JsonObject run = json(same).getJsonObject("run");
    assertThat(run.getString("status")).isEqualTo("unchanged");
    assertThat(run.getString("message_fr")).contains("lu de la même façon");
  }
}
