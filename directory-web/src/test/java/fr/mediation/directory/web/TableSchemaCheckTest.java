package fr.mediation.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The independent Table Schema check itself: it passes the standard's example, fails a bad row. */
class TableSchemaCheckTest {

  private static String example(Path schema) throws IOException {
    Path example = schema.resolveSibling("exemple-valide.csv");
    Assumptions.assumeTrue(
        Files.exists(example), "The standard's example is absent (" + example + "): skipped.");
    return Files.readString(example, StandardCharsets.UTF_8);
  }

  @Test
  void theStandardsOwnExamplePasses() throws IOException {
    Path schema = TableSchemaCheck.schema();
    TableSchemaCheck.Result result = TableSchemaCheck.check(schema, example(schema));
    assertThat(result.errors()).isEmpty();
    assertThat(result.rows()).isEqualTo(1);
  }

  @Test
  void aDeliberatelyBrokenRowFailsAndIsNamed() throws IOException {
    Path schema = TableSchemaCheck.schema();
    String broken = example(schema).replace("\"51100\"", "\"5110X\"");
    TableSchemaCheck.Result result = TableSchemaCheck.check(schema, broken);
    assertThat(result.valid()).isFalse();
    assertThat(result.errors())
        .singleElement()
        .asString()
        .contains("code_postal")
        .contains("5110X");
  }

  @Test
  void theStandardsPatternForEtapesNumeriquesWantsNoSpaceBeforeItsParenthesis() throws IOException {
    Path schema = TableSchemaCheck.schema();
    String header = example(schema).lines().findFirst().orElseThrow();
    String row = example(schema).lines().skip(1).findFirst().orElseThrow();
    // The example's row with formations_labels set as the schema's description spells it.
    String described =
        header
            + "\n"
            + row.replaceFirst(
                "Formé à « Mon Espace Santé »\\|Arnia/MedNum BFC \\(Bourgogne-Franche-Comté\\)",
                "Étapes numériques (La Poste)");
    Assumptions.assumeTrue(!described.equals(header + "\n" + row), "Example changed: skipped.");
    assertThat(TableSchemaCheck.check(schema, described).valid()).isFalse();
    String exported =
        described.replace("Étapes numériques (La Poste)", "Étapes numériques(La Poste)");
    assertThat(TableSchemaCheck.check(schema, exported).valid()).isTrue();
  }
}
