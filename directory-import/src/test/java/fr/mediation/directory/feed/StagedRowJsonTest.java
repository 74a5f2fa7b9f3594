package fr.mediation.directory.feed;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.venue.field.StandardField;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StagedRowJsonTest {

  /** Values a hub sends: quotes, backslashes, the standard's {@code |}, controls, any script. */
  private static Map<StandardField, String> hostileRow() {
    Map<StandardField, String> row = new EnumMap<>(StandardField.class);
    row.put(StandardField.ID, "l'Île-d'Yeu \"1\"");
    row.put(StandardField.NOM, "Médiathèque d'Œuilly \\ « bas » 🖥️");
    row.put(StandardField.COMMUNE, "Saint-Étienne-du-Grès");
    row.put(StandardField.ADRESSE, "1 rue de l'Église\tbât. B\nescalier \u0001");
    row.put(StandardField.SERVICES, "Aide aux démarches administratives|Maîtrise des outils");
    row.put(StandardField.PRESENTATION_DETAIL, "</script><script>alert(1)</script> \u2028 \ud83d");
    row.put(StandardField.HORAIRES, "Mo-Fr 09:00-12:00; PH off");
    row.put(StandardField.CODE_POSTAL, "");
    return row;
  }

  @Test
  void aStagedRowReadsBackAsItWasWritten() {
    Map<StandardField, String> row = hostileRow();

    assertThat(StagedRowJson.read(StagedRowJson.write(row))).isEqualTo(row);
  }

  @Test
  void rowsStagedAsATreeOfObjectsBeforeStillRead() {
    Map<StandardField, String> row = hostileRow();
    JsonObjectBuilder object = Json.createObjectBuilder();
    row.forEach((field, value) -> object.add(field.key(), value));
    object.add("not_a_field", "ignored");

    assertThat(StagedRowJson.read(object.build().toString())).isEqualTo(row);
  }

  @Test
  void anEmptyRowIsAnEmptyObject() {
    assertThat(StagedRowJson.write(Map.of())).isEqualTo("{}");
    assertThat(StagedRowJson.read("{}")).isEmpty();
  }
}
