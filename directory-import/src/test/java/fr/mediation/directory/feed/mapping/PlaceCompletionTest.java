package fr.mediation.directory.feed.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.feed.RowValidator;
import fr.mediation.directory.venue.field.StandardField;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A missing postcode or commune filled from the commune reference, only when it leaves no doubt.
 */
class PlaceCompletionTest {

  private static final String YAML =
      """
      mapping: 1
      format: csv
      csv: {delimiter: ";"}
      fields:
        id: id
        pivot: {value: "00000000000000"}
        nom: {value: Lieu}
        adresse: adresse
        code_postal: cp
        commune: ville
        date_maj: {value: "2024-01-01"}
      """;

  private static List<MappedRow> map(String csv) {
    FeedMapping mapping = FeedMappings.read(new StringReader(YAML), "test");
    return MappingEngine.map(csv.getBytes(StandardCharsets.UTF_8), mapping);
  }

  @Test
  void theOnlyPostcodeOfAKnownCommuneIsTakenWithAWarning() {
    MappedRow row = map("id;adresse;cp;ville\n1;Belle Noue;;ÉPERNAY\n").getFirst();

    assertThat(row.row().values()).containsEntry(StandardField.CODE_POSTAL, "51200");
    assertThat(row.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.messageFr()).contains("51200", "Épernay"));
    assertThat(RowValidator.validate(row).accepted()).isTrue();
  }

  @Test
  void theOnlyCommuneOfAPostcodeIsTakenWithAWarning() {
    MappedRow row = map("id;adresse;cp;ville\n1;Belle Noue;51200;\n").getFirst();

    assertThat(row.row().values()).containsEntry(StandardField.COMMUNE, "Épernay");
    assertThat(RowValidator.validate(row).accepted()).isTrue();
  }

  @Test
  void theSingleLocalityOfThatNameGivesItsPostcodeWithAWarning() {
    MappedRow row = map("id;adresse;cp;ville\n1;2 rue des Écoles;;Sainte-Clotilde\n").getFirst();

    assertThat(row.row().values()).containsEntry(StandardField.CODE_POSTAL, "97490");
    assertThat(row.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.messageFr()).contains("« Sainte-Clotilde »", "97490"));
    assertThat(RowValidator.validate(row).accepted()).isTrue();
  }

  @Test
  void nothingIsGuessedForHomonymsSeveralPostcodesOrSharedPostcodes() {
    List<MappedRow> rows =
        map(
            """
            id;adresse;cp;ville
            1;1 rue de la Gare;;Saint-Denis
            2;1 rue de la Gare;;Bordeaux
            4;1 rue de la Gare;51530;
            """);

    assertThat(rows)
        .allSatisfy(
            row -> {
              assertThat(row.warnings()).isEmpty();
              assertThat(RowValidator.validate(row).accepted()).isFalse();
            });
  }
}
