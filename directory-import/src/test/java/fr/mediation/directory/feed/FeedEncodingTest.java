package fr.mediation.directory.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.venue.field.StandardField;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Files of the standard are UTF-8: a Latin-1 export is refused naming its first bad line, and text
 * already holding U+FFFD (lost characters) is never stored.
 */
class FeedEncodingTest {

  /** The first lines of the sample dataset: real accented names and addresses. */
  private static String fixture() throws IOException {
    try (InputStream in =
        FeedEncodingTest.class
            .getClassLoader()
            .getResourceAsStream("sample/lieux-mediation-numerique-exemple.csv")) {
      return String.join(
          "\n", new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(6).toList());
    }
  }

  private static int firstLineWithAccent(String text) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).chars().anyMatch(c -> c > 127)) {
        return i + 1;
      }
    }
    throw new AssertionError("the fixture has no accent");
  }

  @Test
  void theUtf8FixtureIsReadWithItsAccents() throws IOException {
    List<MappedRow> rows =
        FeedFormats.read(
            FeedFormats.STANDARD_V1_CSV, null, fixture().getBytes(StandardCharsets.UTF_8));

    assertThat(rows).hasSize(5);
    assertThat(rows)
        .allSatisfy(
            r -> assertThat(String.join("", r.row().values().values())).doesNotContain("\uFFFD"));
  }

  @Test
  void aLatin1CsvIsRefusedNamingItsFirstLineThatIsNotUtf8() throws IOException {
    String text = fixture();
    byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
    int line = firstLineWithAccent(text);

    assertThatThrownBy(
            () ->
                FeedFormats.rows(FeedFormats.STANDARD_V1_CSV, null, latin1).get().forEach(r -> {}))
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("not in UTF-8: line " + line + " ")
        .satisfies(
            e ->
                assertThat(((FeedFormatException) e).frenchMessage())
                    .contains("pas en UTF-8", "la ligne " + line + " ", "Latin-1"));
  }

  @Test
  void aWindows1252JsonIsRefusedToo() {
    String json = "[{\"id\":\"1\",\"nom\":\"Médiathèque de Ploërmel\",\"commune\":\"Ploërmel\"}]";
    byte[] cp1252 = json.getBytes(java.nio.charset.Charset.forName("windows-1252"));

    assertThatThrownBy(() -> FeedFormats.read(FeedFormats.STANDARD_V1_JSON, null, cp1252))
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("line 1 has the bytes E9");
  }

  @Test
  void aFileCutInTheMiddleOfACharacterIsRefused() {
    byte[] whole = "id,nom\n1,Plo\u00EBrmel".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 5);

    assertThatThrownBy(() -> StrictUtf8.check(cut))
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("line 2");
  }

  private static MappedRow row(Map<StandardField, String> overrides) {
    Map<StandardField, String> values = new EnumMap<>(StandardField.class);
    values.put(StandardField.ID, "r1");
    values.put(StandardField.PIVOT, "84288740800016");
    values.put(StandardField.NOM, "Espace numérique");
    values.put(StandardField.COMMUNE, "Évry-Courcouronnes");
    values.put(StandardField.CODE_POSTAL, "91000");
    values.put(StandardField.ADRESSE, "1 place des Droits de l'Homme");
    values.put(StandardField.DATE_MAJ, "2025-09-01");
    values.put(StandardField.SERVICES, "Aide aux démarches administratives");
    values.putAll(overrides);
    return MappedRow.standard(new SourceRow(2, values));
  }

  @Test
  void aRequiredFieldHoldingTheReplacementCharacterRejectsTheRow() {
    assertThat(RowValidator.validate(row(Map.of())).accepted())
        .as("the row as it should be")
        .isTrue();

    RowValidator.Validation validation =
        RowValidator.validate(row(Map.of(StandardField.COMMUNE, "\uFFFDvry-Courcouronnes")));

    assertThat(validation.accepted()).isFalse();
    assertThat(validation.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo(StandardField.COMMUNE);
              assertThat(e.frenchMessage())
                  .endsWith(
                      "Le texte contient « \uFFFD », la marque de caractères perdus par une"
                          + " mauvaise conversion avant son arrivée ici : corrigez l'encodage des"
                          + " données de la source.");
              assertThat(e.getMessage())
                  .endsWith(
                      "Expected text; the value holds U+FFFD, the mark of characters lost by a"
                          + " wrong conversion of the text before it reached the directory. Fix the"
                          + " source's encoding.");
            });
  }

  @Test
  void anOptionalFieldHoldingTheReplacementCharacterIsLeftOutWithAWarning() {
    RowValidator.Validation validation =
        RowValidator.validate(
            row(Map.of(StandardField.PRESENTATION_RESUME, "Accueil \uFFFD Plo\uFFFDrmel")));

    assertThat(validation.accepted()).isTrue();
    assertThat(validation.record().toString()).doesNotContain("\uFFFD");
    assertThat(validation.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.field()).isEqualTo(StandardField.PRESENTATION_RESUME));
  }
}
