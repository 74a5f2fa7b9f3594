package fr.mediation.directory.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.venue.field.StandardField;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
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

    assertThatThrownBy(() -> StrictUtf8.reader(cut).transferTo(Writer.nullWriter()))
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void aByteThatIsNotUtf8FarIntoTheFileIsRefusedWhenReachedNamingItsLine() throws IOException {
    StringBuilder text = new StringBuilder("id,nom\n");
    for (int i = 1; i <= 30_000; i++) {
      text.append(i).append(",Médiathèque ").append(i).append('\n');
    }
    byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(good, good.length + 8);
    System.arraycopy(
        "9,Plo\u00EBr\n".getBytes(StandardCharsets.ISO_8859_1), 0, bad, good.length, 8);

    // Read as a stream: the lines before the bad bytes come first, then the refusal.
    Reader reader = StrictUtf8.reader(bad);
    StringBuilder read = new StringBuilder();
    char[] buffer = new char[1024];
    assertThatThrownBy(
            () -> {
              for (int got; (got = reader.read(buffer)) != -1; ) {
                read.append(buffer, 0, got);
              }
            })
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("line 30002 has the bytes EB");
    assertThat(read.length()).isGreaterThan(text.length() / 2);
    assertThat(text.toString()).startsWith(read.toString());
    // A reader asked again after the refusal refuses again: it never reads past the bad bytes.
    assertThatThrownBy(() -> reader.read(buffer))
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("line 30002");
  }

  @Test
  void charactersOutsideTheBasicPlaneAreReadWholeWhateverTheReadsSize() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      text.append("\uD83D\uDCBB Café numérique ").append(i).append(" — ");
    }
    byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);

    StringBuilder oneByOne = new StringBuilder();
    Reader reader = StrictUtf8.reader(content);
    for (int c; (c = reader.read()) != -1; ) {
      oneByOne.append((char) c);
    }
    StringWriter whole = new StringWriter();
    StrictUtf8.reader(content).transferTo(whole);

    assertThat(oneByOne.toString()).isEqualTo(text.toString());
    assertThat(whole.toString()).isEqualTo(text.toString());
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
