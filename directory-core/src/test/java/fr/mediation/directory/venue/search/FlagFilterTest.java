package fr.mediation.directory.venue.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.venue.Venue;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.VenueRecordTest;
import fr.mediation.directory.venue.field.StandardField;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The yes/no filters' registry: one index field each, computed from the venue. */
class FlagFilterTest {

  /** The standard's example venue without the fields flags read, plus {@code fields}. */
  private static Venue venue(Map<StandardField, String> fields) {
    Map<StandardField, String> row = new EnumMap<>(VenueRecordTest.standardExample());
    for (StandardField read :
        new StandardField[] {
          StandardField.FICHE_ACCES_LIBRE,
          StandardField.PRISE_RDV,
          StandardField.PRESENTATION_RESUME,
          StandardField.PRESENTATION_DETAIL,
          StandardField.AUTRES_FORMATIONS_LABELS
        }) {
      row.remove(read);
    }
    row.putAll(fields);
    return new Venue("s", VenueRecord.parse(row), Instant.EPOCH);
  }

  @Test
  void everyFlagHasItsOwnIndexFieldDistinctFromEveryOtherField() {
    Set<String> taken = new HashSet<>();
    for (LabelFilter label : LabelFilter.values()) {
      taken.add(label.key());
    }
    for (String other :
        new String[] {
          IndexFields.ID,
          IndexFields.DEPARTEMENT,
          IndexFields.REGION,
          IndexFields.COMMUNES,
          IndexFields.HOURS_KNOWN,
          IndexFields.HOLIDAY_ZONE,
          IndexFields.SERVICES_TEXT
        }) {
      taken.add(other);
    }
    for (FlagFilter flag : FlagFilter.values()) {
      assertThat(flag.indexField()).as(flag.key()).isNotBlank();
      assertThat(taken.add(flag.indexField())).as(flag.indexField() + " is taken").isTrue();
      assertThat(flag.key()).matches("[a-z_]+");
      assertThat(flag.description()).as(flag.key() + "'s API description").isNotBlank();
    }
  }

  @Test
  void flagsAreComputedFromTheVenuesFields() {
    Venue bare = venue(Map.of());
    Venue full =
        venue(
            Map.of(
                StandardField.FICHE_ACCES_LIBRE, "https://acceslibre.beta.gouv.fr/app/erp/x/",
                StandardField.PRISE_RDV, "https://rdv.example.fr/epn",
                StandardField.PRESENTATION_RESUME, "Nous acceptons le Pass Numérique."));

    for (FlagFilter flag : FlagFilter.values()) {
      assertThat(flag.holds(bare)).as(flag.key()).isFalse();
      assertThat(flag.holds(full)).as(flag.key()).isTrue();
    }
  }

  @Test
  void passNumeriqueIsFoundAsApticChequesButNotInOtherWords() {
    Venue aptic =
        venue(Map.of(StandardField.PRESENTATION_DETAIL, "Chèques APTIC acceptés à l'accueil."));
    Venue aptitude =
        venue(Map.of(StandardField.PRESENTATION_DETAIL, "Aptitudes numériques à l'accueil."));

    assertThat(FlagFilter.PASS_NUMERIQUE.holds(aptic)).isTrue();
    assertThat(FlagFilter.PASS_NUMERIQUE.holds(aptitude)).isFalse();
  }

  @Test
  void passNumeriqueIsFoundWhateverItsCaseAccentsAndPlural() {
    for (String text :
        List.of(
            "Nous acceptons le PASS NUMÉRIQUE.",
            "Passes-Numeriques acceptés",
            "pass numériques",
            "Paiement : Aptic")) {
      assertThat(
              FlagFilter.PASS_NUMERIQUE.holds(
                  venue(Map.of(StandardField.PRESENTATION_RESUME, text))))
          .as(text)
          .isTrue();
    }
    for (String text : List.of("Passeport numérique", "Pass Culture", "aptical", "numérique")) {
      assertThat(
              FlagFilter.PASS_NUMERIQUE.holds(
                  venue(Map.of(StandardField.PRESENTATION_RESUME, text))))
          .as(text)
          .isFalse();
    }
  }
}
