package fr.mediation.directory.feed.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mediation.directory.feed.RowValidator;
import fr.mediation.directory.venue.field.StandardField;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mapping's row filters ({@code skip}), {@code first}'s fallback and {@code keywords}. */
class MappingFiltersTest {

  private static final String REQUIRED =
      """
        nom: {value: Lieu}
        adresse: {value: 1 rue de la Gare}
        code_postal: {value: "51200"}
        commune: {value: Épernay}
        date_maj: {value: "2024-01-01"}
      """;

  private static List<MappedRow> map(String yaml, String csv) {
    FeedMapping mapping = FeedMappings.read(new StringReader(yaml), "test");
    return MappingEngine.map(csv.getBytes(StandardCharsets.UTF_8), mapping);
  }

  private static String mapping(String skip, String fields) {
    return "mapping: 1\nformat: csv\ncsv: {delimiter: \";\"}\n"
        + skip
        + "fields:\n  id: id\n"
        + REQUIRED
        + fields;
  }

  // --- skip ---

  @Test
  void skipsWhatTheHubMarksInactiveWithoutAccueilOrAsATest() {
    String yaml =
        mapping(
            """
            skip:
              - {column: AFFICHAGE, equals: INACTIF, reason: Lieu marqué inactif}
              - {column: Accueil, equals: [non, "0"], reason: Pas d'accueil du public}
              - {column: nom, matches: '(?i)\\(test\\)', reason: Fiche de test}
              - {column: siret, empty: true, reason: Sans SIRET}
            """,
            "  pivot: siret\n");
    List<MappedRow> rows =
        map(
            yaml,
            """
            id;nom;AFFICHAGE;Accueil;siret
            1;Espace (Test);actif;oui;13002526500013
            2;Cyber-base;Inactif;oui;13002526500013
            3;Médiathèque;ACTIF;Non;13002526500013
            4;Tiers-lieu;ACTIF;0;13002526500013
            5;Fablab;ACTIF;oui;nan
            6;Maison (testée);ACTIF;oui;13002526500013
            7;Inactif;actif;oui;13002526500013
            """);

    assertThat(rows)
        .extracting(MappedRow::skipped)
        .containsExactly(
            "Fiche de test",
            "Lieu marqué inactif",
            "Pas d'accueil du public",
            "Pas d'accueil du public",
            "Sans SIRET",
            null,
            null);
    // A skipped record keeps its id and the hub's text for the report, and nothing else.
    assertThat(rows.get(1).row().values()).containsOnlyKeys(StandardField.ID);
    assertThat(rows.get(1).raw()).containsEntry("AFFICHAGE", "Inactif");
    assertThat(RowValidator.validate(rows.get(5)).accepted()).isTrue();
  }

  @Test
  void refusesASkipWithoutReasonOrWithTwoTests() {
    assertThatThrownBy(
            () ->
                FeedMappings.read(
                    new StringReader(
                        mapping("skip:\n  - {column: A, equals: x}\n", "  pivot: siret\n")),
                    "test"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("/skip/0 : propriété requise 'reason' introuvable");
    assertThatThrownBy(
            () ->
                FeedMappings.read(
                    new StringReader(
                        mapping(
                            "skip:\n  - {column: A, equals: x, matches: y, reason: R}\n",
                            "  pivot: siret\n")),
                    "test"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("/skip/0 : a plusieurs propriétés qui s'excluent");
  }

  // --- first: the next rule when a value is invalid ---

  @Test
  void firstFallsToTheNextColumnWhenTheValueIsInvalidForItsField() {
    String yaml =
        mapping(
            "",
            """
              pivot:
                first: [siret, siret_structure, {value: "00000000000000"}]
              telephone:
                first: [tel, portable]
            """);
    List<MappedRow> rows =
        map(
            yaml,
            """
            id;siret;siret_structure;tel;portable
            1;0;130 025 265 00013;12;06 12 34 56 78
            2;35600000000048;13002526500013;03 26 00 00 00;06 12 34 56 78
            3;0;;;
            """);

    assertThat(rows.get(0).row().values())
        .containsEntry(StandardField.PIVOT, "130 025 265 00013")
        .containsEntry(StandardField.TELEPHONE, "06 12 34 56 78");
    assertThat(RowValidator.validate(rows.get(0)).accepted()).isTrue();
    // A valid first value stays first.
    assertThat(rows.get(1).row().values())
        .containsEntry(StandardField.PIVOT, "35600000000048")
        .containsEntry(StandardField.TELEPHONE, "03 26 00 00 00");
    assertThat(rows.get(2).row().values()).containsEntry(StandardField.PIVOT, "00000000000000");
  }

  @Test
  void whenNoRuleGivesAValidValueTheFirstIsKeptAndTheRowRejectedNamingIt() {
    String yaml = mapping("", "  pivot:\n    first: [siret, siret_structure]\n");
    List<MappedRow> rows = map(yaml, "id;siret;siret_structure\n1;0;123\n");

    assertThat(rows.getFirst().row().values()).containsEntry(StandardField.PIVOT, "0");
    RowValidator.Validation validation = RowValidator.validate(rows.getFirst());
    assertThat(validation.accepted()).isFalse();
    assertThat(validation.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.value()).isEqualTo("0"));
  }

  // --- keywords ---

  private static final String KEYWORDS =
      """
        pivot: {value: "00000000000000"}
        services:
          column: activites
          keywords:
            Maîtrise des outils numériques du quotidien: [smartphone, tablette, atelier numérique]
            Aide aux démarches administratives: [CAF, impôts, démarches en ligne]
            Accès internet et matériel informatique:
              terms: [impression, imprimante]
              except: [impression 3D, imprimante 3D]
      """;

  private static String services(String activites) {
    List<MappedRow> rows =
        map(mapping("", KEYWORDS), "id;activites\n1;\"" + activites.replace("\"", "\"\"") + "\"\n");
    return rows.getFirst().row().values().get(StandardField.SERVICES);
  }

  @Test
  void keywordsTurnFreeTextIntoServicesIgnoringCaseAndAccents() {
    assertThat(services("atelier smartphone, aide CAF et impots en ligne"))
        .isEqualTo(
            "Maîtrise des outils numériques du quotidien|Aide aux démarches administratives");
    assertThat(services("ATELIER NUMÉRIQUE ; Démarches-en-ligne"))
        .isEqualTo(
            "Maîtrise des outils numériques du quotidien|Aide aux démarches administratives");
    assertThat(services("l'imprimante du hall"))
        .isEqualTo("Accès internet et matériel informatique");
  }

  @Test
  void keywordsMatchWholeWordsOnly() {
    assertThat(services("cafétéria, smartphones reconditionnés, impressionnant")).isNull();
  }

  @Test
  void keywordsAreNotCountedInsideTheirExclusions() {
    assertThat(services("Impression 3D et imprimante 3D")).isNull();
    assertThat(services("impression 3D, impression de documents"))
        .isEqualTo("Accès internet et matériel informatique");
  }

  @Test
  void keywordsCannotBeCombinedWithSplitOrValues() {
    assertThatThrownBy(
            () ->
                FeedMappings.read(
                    new StringReader(
                        mapping(
                            "",
                            """
                              pivot: {value: "00000000000000"}
                              services:
                                column: a
                                split: ","
                                keywords: {Aide aux démarches administratives: [CAF]}
                            """)),
                    "test"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("/fields/services : a des propriétés qui ne vont pas ensemble");
  }
}
