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

  static Outcome importHub(String hub, String file) throws IOException {
    assertThat(HubExports.FILES).containsEntry(hub, file);
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
    Outcome outcome = importHub(hub, file);

    assertThat(outcome.rows()).hasSize(read);
    assertThat(outcome.skipped()).as(hub + " skipped").isEqualTo(skipped);
    assertThat(outcome.accepted())
        .as(hub + " rejections by field: " + outcome.rejectionsByField())
        .isEqualTo(accepted);
    // A row is only ever rejected for a required field, never for an optional one.
    assertThat(outcome.rejectionsByField().keySet()).allMatch(StandardField::required);
  }

  @Test
  void gironde() throws IOException {
    Outcome o = importHub("gironde", "gironde.json");

    VenueRecord abracodabra = o.record("Abracodabra - Bordeaux");
    assertThat(abracodabra.codePostal().value()).isEqualTo("33000");
    assertThat(abracodabra.adresse().value()).isEqualTo("8 rue de la Boétie");
    assertThat(abracodabra.coordinates().latitude()).isEqualTo(44.839574881764);
    assertThat(abracodabra.services())
        .extracting(s -> s.label())
        .contains("Loisirs et créations numériques");
    // No postcode in its address: Pessac's only postcode is taken, with a warning.
    assertThat(o.record("Direction Emploi Economie Pessac - Pessac").codePostal().value())
        .isEqualTo("33600");
  }

  @Test
  void hubLo() throws IOException {
    Outcome o = importHub("hub-lo", "hub-lo.json");

    VenueRecord fabrique = o.record("1");
    assertThat(fabrique.nom().value()).isEqualTo("LA FABRIQUE 18");
    assertThat(fabrique.codePostal().value()).isEqualTo("18000");
    assertThat(fabrique.pivot().value()).isEqualTo("434806402");
    assertThat(fabrique.typologie()).extracting(t -> t.label()).contains("TIERS_LIEUX", "ASSO");
    assertThat(o.errors("433"))
        .extracting(InvalidFieldException::field)
        .contains(StandardField.ADRESSE);
  }

  @Test
  void angers() throws IOException {
    Outcome o = importHub("angers", "angers.json");

    VenueRecord uatl = o.record("14");
    assertThat(uatl.codePostal().value()).isEqualTo("49000");
    assertThat(uatl.publicsSpecifiquementAdresses())
        .extracting(p -> p.label())
        .containsExactly("Seniors");
    assertThat(uatl.services())
        .extracting(s -> s.label())
        .contains("Utilisation sécurisée du numérique");
  }

  @Test
  void fibre64() throws IOException {
    Outcome o = importHub("fibre-64", "fibre-64.json");

    VenueRecord lacq = o.record("Reseau Cyber-base Lacq-Orthez - 2 avenue Charles Moureu - 64150");
    assertThat(lacq.codePostal().value()).isEqualTo("64150");
    assertThat(lacq.fraisACharge())
        .extracting(f -> f.label())
        .containsExactly("Gratuit sous condition", "Payant");
    assertThat(lacq.itinerance()).extracting(m -> m.label()).containsExactly("Itinérant");
  }

  @Test
  void mednumBfc() throws IOException {
    Outcome o = importHub("mednum-bfc", "mednum-bfc.csv");

    VenueRecord onlineformapro = o.record("mednumBFC_TL_1_");
    assertThat(onlineformapro.nom().value()).isEqualTo("Onlineformapro Dijon");
    assertThat(onlineformapro.codePostal().value()).isEqualTo("21000");
    assertThat(onlineformapro.dateMaj().value()).hasToString("2021-03-02");
    assertThat(onlineformapro.autresFormationsLabels()).contains("APTIC");
    assertThat(o.errors("mednumBFC_TL_126_"))
        .extracting(InvalidFieldException::field)
        .contains(StandardField.ADRESSE);
  }

  @Test
  void conumm() throws IOException {
    Outcome o = importHub("conumm", "conumm.csv");

    VenueRecord crij = o.record("conum_1_");
    assertThat(crij.codePostal().value()).isEqualTo("44000");
    assertThat(crij.commune().value()).isEqualTo("Nantes");
    // The postcode written in the address wins over the column that disagrees with it.
    assertThat(o.record("conum_3_").codePostal().value()).isEqualTo("44580");
    assertThat(o.errors("conum_348_"))
        .extracting(InvalidFieldException::field)
        .contains(StandardField.COMMUNE);
  }

  @Test
  void rhinocc() throws IOException {
    Outcome o = importHub("rhinocc", "rhinocc.csv");

    VenueRecord centre = o.record("RH_fiche_3_");
    assertThat(centre.codePostal().value()).isEqualTo("65440");
    assertThat(centre.fraisACharge()).extracting(f -> f.label()).containsExactly("Payant");
    assertThat(o.record("RH_fiche_211_").dateMaj().value()).hasToString("2018-01-01");
    assertThat(o.errors("RH_fiche_1_"))
        .extracting(InvalidFieldException::field)
        .contains(StandardField.ADRESSE);
  }

  @Test
  void franceServices() throws IOException {
    Outcome o = importHub("france-services", "france-services.csv");

    VenueRecord valserhone = o.record("1");
    assertThat(valserhone.nom().value()).isEqualTo("France Services Valserhône");
    assertThat(valserhone.codeInsee().value()).isEqualTo("01033");
    VenueRecord anses = o.record("556");
    assertThat(anses.codePostal().value()).isEqualTo("97217");
    assertThat(anses.telephone().value()).startsWith("+596");
    assertThat(o.record("179").itinerance())
        .extracting(m -> m.label())
        .containsExactly("Itinérant");
  }

  @Test
  void lesAssembleurs() throws IOException {
    Outcome o = importHub("les-assembleurs", "les-assembleurs.csv");

    assertThat(o.record("1").codePostal().value()).isEqualTo("80000");
    // Aisne postcodes exported as 4 digits are padded.
    assertThat(o.record("1352").codePostal().value()).isEqualTo("02400");
    assertThat(o.record("16").fraisACharge())
        .extracting(f -> f.label())
        .containsExactly("Gratuit", "Payant");
  }

  @Test
  void normandieEpn() throws IOException {
    Outcome o = importHub("normandie-epn", "normandie-epn.csv");

    VenueRecord mairie = o.record("EPN 50072-135");
    assertThat(mairie.adresse().value()).isEqualTo("1 bis place de la Mairie");
    assertThat(mairie.codePostal().value()).isEqualTo("50440");
    assertThat(o.record("EPN 61014-107").itinerance())
        .extracting(m -> m.label())
        .containsExactly("Itinérant");
    // Not shown by the region (VISIBLE empty): skipped, with the mapping's reason.
    assertThat(o.rows())
        .filteredOn(r -> "EPN 14046-22".equals(r.row().values().get(StandardField.ID)))
        .extracting(MappedRow::skipped)
        .containsExactly("Lieu non affiché par la Région");
    assertThat(o.errors("EPN 61036-196"))
        .extracting(InvalidFieldException::field)
        .contains(StandardField.ADRESSE);
  }
}
