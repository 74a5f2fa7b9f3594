package fr.mediation.directory.feed.hubs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.feed.RowValidator;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.StandardField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ten real hub exports of {@code ../shared/data/hubs}, each through its mapping file and the
 * validation every import applies: how many rows are accepted and rejected, and what some rows
 * become. Skipped when {@code ../shared} is absent.
 */
class HubExportsTest {

  /** A hub's rows after mapping and validation. */
  record Outcome(List<MappedRow> rows, List<RowValidator.Validation> validations) {

    /** The validations of the rows the mapping's {@code skip} conditions keep. */
    private java.util.stream.Stream<RowValidator.Validation> kept() {
      return java.util.stream.IntStream.range(0, rows.size())
          .filter(i -> rows.get(i).skipped() == null)
          .mapToObj(validations::get);
    }

    long skipped() {
      return rows.stream().filter(r -> r.skipped() != null).count();
    }

    long accepted() {
      return kept().filter(RowValidator.Validation::accepted).count();
    }

    Map<StandardField, Long> rejectionsByField() {
      return kept()
          .filter(v -> !v.accepted())
          .flatMap(v -> v.errors().stream())
          .collect(Collectors.groupingBy(InvalidFieldException::field, Collectors.counting()));
    }

    /** The accepted record whose id is {@code id}. */
    VenueRecord record(String id) {
      for (int i = 0; i < rows.size(); i++) {
        if (id.equals(rows.get(i).row().values().get(StandardField.ID))) {
          assertThat(validations.get(i).accepted())
              .as("row " + id + " accepted, errors: " + validations.get(i).errors())
              .isTrue();
          return validations.get(i).record();
        }
      }
      throw new AssertionError("No row with id " + id);
    }

    /** The errors of the rejected row whose id is {@code id}. */
    List<InvalidFieldException> errors(String id) {
      for (int i = 0; i < rows.size(); i++) {
        if (id.equals(rows.get(i).row().values().get(StandardField.ID))) {
          return validations.get(i).errors();
        }
      }
      throw new AssertionError("No row with id " + id);
    }
  }

  private static final Map<String, Outcome> CACHE = new LinkedHashMap<>();

  /** {@code hub}'s export through its mapping and the validation, read once for all the tests. */
  static Outcome importHub(String hub) throws IOException {
    HubExports.assumeAvailable();
    synchronized (CACHE) {
      Outcome cached = CACHE.get(hub);
      if (cached != null) {
        return cached;
      }
      List<MappedRow> rows = HubExports.rows(hub);
      List<RowValidator.Validation> validations = new ArrayList<>();
      rows.forEach(r -> validations.add(RowValidator.validate(r)));
      Outcome outcome = new Outcome(rows, validations);
      CACHE.put(hub, outcome);
      return outcome;
    }
  }

  private static StandardField field(String key) {
    return StandardField.byKey(key).orElseThrow(() -> new AssertionError("No field " + key));
  }

  @ParameterizedTest(name = "{0}: {2} rows, {3} skipped, {4} accepted")
  @CsvSource({
    "gironde,         gironde.json,         347,  0,  343",
    "hub-lo,          hub-lo.json,          426,  0,  425",
    "angers,          angers.json,          63,   0,  63",
    "fibre-64,        fibre-64.json,        61,   0,  61",
    "mednum-bfc,      mednum-bfc.csv,       697,  0,  680",
    // 2 venues named only "?" are rejected with no name, like the empty row and those without
    // commune or address.
    "conumm,          conumm.csv,           709,  0,  694",
    "rhinocc,         rhinocc.csv,          459,  0,  252",
    "france-services, france-services.csv,  580,  0,  580",
    "les-assembleurs, les-assembleurs.csv,  1249, 0,  1201",
    // The 24 EPNs the region does not show (VISIBLE empty) are skipped.
    "normandie-epn,   normandie-epn.csv,    118,  24, 94"
  })
  void importsEachRealExportWithItsCounts(
      String hub, String file, int read, int skipped, int accepted) throws IOException {
    assertThat(HubExports.FILES).containsEntry(hub, file);
    Outcome outcome = importHub(hub);

    assertThat(outcome.rows()).hasSize(read);
    assertThat(outcome.skipped()).as(hub + " skipped").isEqualTo(skipped);
    assertThat(outcome.accepted())
        .as(hub + " rejections by field: " + outcome.rejectionsByField())
        .isEqualTo(accepted);
    // A row is only ever rejected for a required field, never for an optional one.
    assertThat(outcome.rejectionsByField().keySet()).allMatch(StandardField::required);
  }

  /** Some accepted rows of each hub: a field as the directory stores it (lists "|"-joined). */
  @ParameterizedTest(name = "{0}, row {1}: {2} = {3}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          gironde         | Abracodabra - Bordeaux  | code_postal            | 33000
          gironde         | Abracodabra - Bordeaux  | adresse                | 8 rue de la Boétie
          gironde         | Abracodabra - Bordeaux  | latitude               | 44.839574881764
          gironde         | Abracodabra - Bordeaux  | services               | "Loisirs et créations numériques|Accès internet et matériel informatique"
          # No postcode in its address: Pessac's only postcode is taken, with a warning.
          gironde         | Direction Emploi Economie Pessac - Pessac | code_postal | 33600
          hub-lo          | 1                       | nom                    | LA FABRIQUE 18
          hub-lo          | 1                       | code_postal            | 18000
          hub-lo          | 1                       | pivot                  | 434806402
          hub-lo          | 1                       | typologie              | "ASSO|TIERS_LIEUX"
          angers          | 14                      | code_postal            | 49000
          angers          | 14                      | publics_specifiquement_adresses | Seniors
          angers          | 14                      | services               | "Maîtrise des outils numériques du quotidien|Utilisation sécurisée du numérique|Compréhension du monde numérique|Accès internet et matériel informatique"
          fibre-64        | Reseau Cyber-base Lacq-Orthez - 2 avenue Charles Moureu - 64150 | code_postal | 64150
          fibre-64        | Reseau Cyber-base Lacq-Orthez - 2 avenue Charles Moureu - 64150 | frais_a_charge | "Gratuit sous condition|Payant"
          fibre-64        | Reseau Cyber-base Lacq-Orthez - 2 avenue Charles Moureu - 64150 | itinerance | Itinérant
          mednum-bfc      | mednumBFC_TL_1_         | nom                    | Onlineformapro Dijon
          mednum-bfc      | mednumBFC_TL_1_         | code_postal            | 21000
          mednum-bfc      | mednumBFC_TL_1_         | date_maj               | 2021-03-02
          mednum-bfc      | mednumBFC_TL_1_         | autres_formations_labels | APTIC
          conumm          | conum_1_                | code_postal            | 44000
          conumm          | conum_1_                | commune                | Nantes
          # The postcode written in the address wins over the column that disagrees with it.
          conumm          | conum_3_                | code_postal            | 44580
          rhinocc         | RH_fiche_3_             | code_postal            | 65440
          rhinocc         | RH_fiche_3_             | frais_a_charge         | Payant
          rhinocc         | RH_fiche_211_           | date_maj               | 2018-01-01
          france-services | 1                       | nom                    | France Services Valserhône
          france-services | 1                       | code_insee             | 01033
          france-services | 556                     | code_postal            | 97217
          france-services | 556                     | telephone              | +596596766148
          france-services | 179                     | itinerance             | Itinérant
          les-assembleurs | 1                       | code_postal            | 80000
          # Aisne postcodes exported as 4 digits are padded.
          les-assembleurs | 1352                    | code_postal            | 02400
          les-assembleurs | 16                      | frais_a_charge         | "Gratuit|Payant"
          normandie-epn   | EPN 50072-135           | adresse                | 1 bis place de la Mairie
          normandie-epn   | EPN 50072-135           | code_postal            | 50440
          normandie-epn   | EPN 61014-107           | itinerance             | Itinérant
          """)
  void anAcceptedRowHasTheFieldsOfItsHub(String hub, String id, String field, String text)
      throws IOException {
    VenueRecord record = importHub(hub).record(id);

    assertThat(record.toStandardRow().get(field(field))).isEqualTo(text);
  }

  /** Some rejected rows of each hub, and a required field they are rejected for. */
  @ParameterizedTest(name = "{0}, row {1}: rejected for its {2}")
  @CsvSource({
    "hub-lo,        433,               adresse",
    "mednum-bfc,    mednumBFC_TL_126_, adresse",
    "conumm,        conum_348_,        commune",
    "rhinocc,       RH_fiche_1_,       adresse",
    "normandie-epn, EPN 61036-196,     adresse"
  })
  void aRejectedRowIsRejectedForItsField(String hub, String id, String field) throws IOException {
    assertThat(importHub(hub).errors(id))
        .extracting(InvalidFieldException::field)
        .contains(field(field));
  }

  @Test
  void anEpnTheRegionDoesNotShowIsSkippedWithTheMappingsReason() throws IOException {
    // VISIBLE empty in the region's export.
    assertThat(importHub("normandie-epn").rows())
        .filteredOn(r -> "EPN 14046-22".equals(r.row().values().get(StandardField.ID)))
        .extracting(MappedRow::skipped)
        .containsExactly("Lieu non affiché par la Région");
  }
}
