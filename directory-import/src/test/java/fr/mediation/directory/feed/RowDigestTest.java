package fr.mediation.directory.feed;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.feed.hours.HoursReading;
import fr.mediation.directory.feed.mapping.FieldWarning;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.venue.field.StandardField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowDigestTest {

  private static MappedRow row(int number, Map<StandardField, String> values) {
    return new MappedRow(new SourceRow(number, values), List.of(), List.of(), null);
  }

  private static final Map<StandardField, String> VALUES =
      Map.of(
          StandardField.ID, "EPN-1",
          StandardField.NOM, "Médiathèque d'Épernay",
          StandardField.COMMUNE, "Épernay");

  @Test
  void theSameValuesGiveTheSameDigestWhateverTheRowNumber() {
    assertThat(RowDigest.of("hub", row(1, VALUES))).isEqualTo(RowDigest.of("hub", row(90, VALUES)));
  }

  @Test
  void aValueChangedMovedToAnotherFieldOrSplitOtherwiseGivesAnotherDigest() {
    String digest = RowDigest.of("hub", row(1, VALUES));
    Map<StandardField, String> renamed =
        Map.of(
            StandardField.ID, "EPN-1",
            StandardField.NOM, "Médiathèque d'Epernay",
            StandardField.COMMUNE, "Épernay");
    Map<StandardField, String> moved =
        Map.of(
            StandardField.ID, "EPN-1",
            StandardField.NOM, "Médiathèque d'Épernay",
            StandardField.ADRESSE, "Épernay");
    Map<StandardField, String> shifted =
        Map.of(
            StandardField.ID, "EPN-1",
            StandardField.NOM, "Médiathèque d'",
            StandardField.COMMUNE, "ÉpernayÉpernay");

    assertThat(List.of(renamed, moved, shifted))
        .extracting(values -> RowDigest.of("hub", row(1, values)))
        .doesNotContain(digest)
        .doesNotHaveDuplicates();
  }

  @Test
  void anotherSourceOrBuildIsAnotherDigest() {
    assertThat(RowDigest.of("hub", row(1, VALUES)))
        .isNotEqualTo(RowDigest.of("other-hub", row(1, VALUES)));
    assertThat(RowDigest.BUILD).doesNotContain("${").isNotBlank();
  }

  @Test
  void theMappingsWarningsAndHowItReadTheHoursCount() {
    SourceRow source = new SourceRow(1, VALUES);
    MappedRow plain = new MappedRow(source, List.of(), List.of(), null);
    MappedRow warned =
        new MappedRow(
            source,
            List.of(
                new FieldWarning(
                    StandardField.TELEPHONE, "12", "Too short.", "Numéro trop court.")),
            List.of(),
            null);
    MappedRow readHours =
        new MappedRow(
            source,
            List.of(),
            List.of(),
            null,
            new HoursReading("Mo 09:00-12:00", List.of(), "lundi 9h-12h"));
    MappedRow otherHours =
        new MappedRow(
            source,
            List.of(),
            List.of(),
            null,
            new HoursReading(
                "Mo 09:00-12:00",
                List.of(new HoursReading.Flag("mardi", "illisible")),
                "lundi 9h-12h, mardi ?"));

    assertThat(List.of(plain, warned, readHours, otherHours))
        .extracting(r -> RowDigest.of("hub", r))
        .doesNotHaveDuplicates();
  }
}
