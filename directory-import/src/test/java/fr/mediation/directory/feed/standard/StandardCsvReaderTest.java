package fr.mediation.directory.feed.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mediation.directory.feed.FeedFormatException;
import fr.mediation.directory.feed.SourceRow;
import fr.mediation.directory.venue.field.StandardField;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardCsvReaderTest {

  private static List<SourceRow> read(String csv) {
    return StandardCsvReader.read(new StringReader(csv));
  }

  @Test
  void readsColumnsByHeaderNameInAnyOrder() {
    List<SourceRow> rows =
        read(
            "nom,id,pivot,commune,code_postal,adresse,date_maj\n"
                + "Médiathèque,m-1,84288740800016,Lyon,69001,1 rue X,2025-01-02\n");

    assertThat(rows)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.number()).isEqualTo(1);
              assertThat(row.values())
                  .containsEntry(StandardField.ID, "m-1")
                  .containsEntry(StandardField.NOM, "Médiathèque")
                  .containsEntry(StandardField.CODE_POSTAL, "69001");
            });
  }

  @Test
  void ignoresUnknownColumnsAndLeavesEmptyCellsOut() {
    List<SourceRow> rows =
        read(
            "id,pivot,nom,commune,code_postal,adresse,date_maj,colonne_du_hub,telephone\n"
                + "a,84288740800016,N,C,75001,A,2025-01-02,whatever,\n");

    assertThat(rows.getFirst().values()).doesNotContainKey(StandardField.TELEPHONE).hasSize(7);
  }

  @Test
  void readsQuotedCellsWithCommasQuotesAndLineBreaks() {
    List<SourceRow> rows =
        read(
            "\uFEFF\"id\",\"pivot\",\"nom\",\"commune\",\"code_postal\",\"adresse\",\"date_maj\",\"presentation_detail\"\r\n"
                + "\"a\",\"84288740800016\",\"L'Atelier, \"\"le\"\" lieu\",\"C\",\"75001\",\"A\",\"2025-01-02\",\"ligne 1\nligne 2\"\r\n"
                + "\"b\",\"84288740800016\",\"Autre\",\"C\",\"75001\",\"A\",\"2025-01-02\",\"\"\r\n");

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).values())
        .containsEntry(StandardField.NOM, "L'Atelier, \"le\" lieu")
        .containsEntry(StandardField.PRESENTATION_DETAIL, "ligne 1\nligne 2");
    assertThat(rows.get(1).number()).isEqualTo(2);
  }

  @Test
  void rejectsAFileWhoseHeaderLacksRequiredColumns() {
    assertThatThrownBy(() -> read("name;city\nfoo;bar\n"))
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("id, pivot, nom, commune, code_postal, adresse, date_maj");
  }

  @Test
  void whatWasReadInPlaceOfAHeaderIsNeverQuotedInTheError() {
    String page = "<html><head><title>Intranet - mot de passe hunter2</title></head></html>";

    assertThatThrownBy(
            () -> StandardCsvReader.stream(new StringReader(page + "\nligne 2\n")).toList())
        .isInstanceOf(FeedFormatException.class)
        .hasMessageContaining("lacks the required column(s) id")
        .satisfies(
            e ->
                assertThat(e.getMessage() + ((FeedFormatException) e).frenchMessage())
                    .doesNotContain("hunter2")
                    .doesNotContain("Intranet"));
  }
}
