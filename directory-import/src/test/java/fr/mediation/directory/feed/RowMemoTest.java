package fr.mediation.directory.feed;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.feed.mapping.FieldWarning;
import fr.mediation.directory.venue.field.StandardField;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowMemoTest {

  @Test
  void warningsAreReadBackAsTheyWereWrittenHostileTextAndMissingPartsIncluded() {
    List<FieldWarning> warnings =
        List.of(
            new FieldWarning(
                StandardField.COMMUNE,
                "Saint-Denis \"La Réunion\" | œuvre\n<script>",
                "Unknown commune.",
                "Commune inconnue."),
            new FieldWarning(StandardField.LATITUDE, null, "Placed at the centre.", "Placé."),
            new FieldWarning(null, "", "", "\u001f"));

    RowMemo memo = new RowMemo("EPN-1", "digest", "fingerprint", warnings);

    assertThat(memo.warnings()).isEqualTo(warnings);
    assertThat(new RowMemo("EPN-1", "d", "f", List.of()).warningsJson()).isNull();
    assertThat(new RowMemo("EPN-1", "d", "f", List.of()).warnings()).isEmpty();
  }
}
