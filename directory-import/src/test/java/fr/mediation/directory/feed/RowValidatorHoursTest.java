package fr.mediation.directory.feed;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.feed.mapping.FeedMappings;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.feed.mapping.MappingEngine;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A row whose hours were not read exactly keeps the hub's text in its record. */
class RowValidatorHoursTest {

  private static final String MAPPING =
      """
      mapping: 1
      format: csv
      csv: {delimiter: ";"}
      fields:
        id: id
        pivot: {value: "00000000000000"}
        nom: {value: Lieu}
        adresse: {value: 1 rue de la Gare}
        code_postal: {value: "33000"}
        commune: {value: Bordeaux}
        date_maj: {value: "2024-01-01"}
        horaires:
          hours: {text: horaires}
      """;

  @Test
  void hoursNotReadExactlyKeepTheHubsTextAndReadOnesDoNot() {
    String csv =
        "id;horaires\n"
            + "A;Du lundi au vendredi 9h-12h/14h-18h\n"
            + "B;Lundi 9h-12h / Mardi 14h-17h une semaine sur deux\n"
            + "C;Horaires variables, voir le programme\n";
    List<MappedRow> rows =
        MappingEngine.map(
            csv.getBytes(StandardCharsets.UTF_8),
            FeedMappings.read(new StringReader(MAPPING), "test"));

    var a = RowValidator.validate(rows.get(0)).record();
    var b = RowValidator.validate(rows.get(1)).record();
    var c = RowValidator.validate(rows.get(2)).record();

    assertThat(a.horaires().value()).isEqualTo("Mo-Fr 09:00-12:00,14:00-18:00");
    assertThat(a.horairesSource()).isNull();
    assertThat(b.horaires().value()).isEqualTo("Mo 09:00-12:00");
    assertThat(b.horairesSource()).isEqualTo("Lundi 9h-12h / Mardi 14h-17h une semaine sur deux");
    assertThat(c.horaires()).isNull();
    assertThat(c.horairesSource()).isEqualTo("Horaires variables, voir le programme");
  }
}
