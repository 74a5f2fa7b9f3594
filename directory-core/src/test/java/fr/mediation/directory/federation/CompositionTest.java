package fr.mediation.directory.federation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.federation.Composition.Composed;
import fr.mediation.directory.federation.Composition.Listing;
import fr.mediation.directory.federation.Composition.Origin;
import fr.mediation.directory.venue.field.StandardField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompositionTest {

  private static final LocalDate LONG_AGO = LocalDate.parse("2000-01-01");

  private static Listing listing(
      String source, String date, String precision, Map<StandardField, String> fields) {
    return listing(source, date, precision, fields, null);
  }

  private static Listing listing(
      String source,
      String date,
      String precision,
      Map<StandardField, String> fields,
      String hoursSource) {
    Map<StandardField, String> row = new EnumMap<>(StandardField.class);
    row.put(StandardField.ID, source + "-1");
    row.put(StandardField.NOM, "EPN " + source);
    row.put(StandardField.ADRESSE, "1 rue " + source);
    row.put(StandardField.CODE_POSTAL, "47600");
    row.put(StandardField.COMMUNE, "Nérac");
    row.put(StandardField.PIVOT, "00000000000000");
    row.put(StandardField.DATE_MAJ, date);
    row.putAll(fields);
    return new Listing(
        source + "-uuid",
        source,
        source + "-1",
        LocalDate.parse(date),
        Instant.parse(date + "T00:00:00Z"),
        precision,
        row,
        hoursSource);
  }

  @Test
  void theFreshestListingsUnreadableHoursAreNotOverruledByAStalerOnesHours() {
    Listing stale =
        listing("a", "2024-01-10", "COMMUNE", Map.of(StandardField.HORAIRES, "Mo-Fr 09:00-17:00"));
    Listing fresh =
        listing("b", "2025-06-01", "COMMUNE", Map.of(), "Lundi 9h-12h une semaine sur deux");

    Composition.Composed composed =
        Composition.compose(List.of(stale, fresh), LocalDate.parse("2020-01-01"));

    assertThat(composed.row()).doesNotContainKey(StandardField.HORAIRES);
    assertThat(composed.hoursSource()).isEqualTo("Lundi 9h-12h une semaine sur deux");
    assertThat(composed.provenance().get(StandardField.HORAIRES))
        .extracting(Composition.Origin::source)
        .containsExactly("b");
  }

  @Test
  void partlyReadHoursComeWithTheirHubsText() {
    Listing fresh =
        listing(
            "b",
            "2025-06-01",
            "COMMUNE",
            Map.of(StandardField.HORAIRES, "Mo 09:00-12:00"),
            "Lundi 9h-12h, mardi sur rendez-vous");
    Listing stale =
        listing("a", "2024-01-10", "COMMUNE", Map.of(StandardField.HORAIRES, "Mo-Fr 09:00-17:00"));

    Composition.Composed composed =
        Composition.compose(List.of(stale, fresh), LocalDate.parse("2020-01-01"));

    assertThat(composed.row()).containsEntry(StandardField.HORAIRES, "Mo 09:00-12:00");
    assertThat(composed.hoursSource()).isEqualTo("Lundi 9h-12h, mardi sur rendez-vous");
  }

  @Test
  void takesTheFreshestPhoneAndTheUnionOfServices() {
    Listing old =
        listing(
            "a",
            "2024-01-10",
            "COMMUNE",
            Map.of(
                StandardField.TELEPHONE, "+33553000001",
                StandardField.SERVICES, "Prendre en main un ordinateur|Accéder à internet"));
    Listing fresh =
        listing(
            "b",
            "2025-06-01",
            "COMMUNE",
            Map.of(
                StandardField.TELEPHONE, "+33553000002",
                StandardField.SERVICES,
                    "Accéder à internet|Réaliser des démarches administratives"));
    Listing middle = listing("c", "2025-01-01", "COMMUNE", Map.of());

    Composed composed = Composition.compose(List.of(old, fresh, middle), LONG_AGO);

    assertThat(composed.row().get(StandardField.TELEPHONE)).isEqualTo("+33553000002");
    assertThat(composed.provenance().get(StandardField.TELEPHONE))
        .containsExactly(new Origin("b", "b-1", LocalDate.parse("2025-06-01")));
    assertThat(composed.row().get(StandardField.SERVICES))
        .isEqualTo(
            "Accéder à internet|Réaliser des démarches administratives|Prendre en main un ordinateur");
    assertThat(composed.provenance().get(StandardField.SERVICES))
        .extracting(Origin::source)
        .containsExactly("b", "a");
    assertThat(composed.row().get(StandardField.DATE_MAJ)).isEqualTo("2025-06-01");
  }

  @Test
  void keepsAFieldOnlyAnOlderListingHas() {
    Listing old =
        listing("a", "2024-01-10", null, Map.of(StandardField.HORAIRES, "Mo-Fr 09:00-17:00"));
    Listing fresh = listing("b", "2025-06-01", null, Map.of());

    Composed composed = Composition.compose(List.of(old, fresh), LONG_AGO);

    assertThat(composed.row().get(StandardField.HORAIRES)).isEqualTo("Mo-Fr 09:00-17:00");
    assertThat(composed.row().get(StandardField.NOM)).isEqualTo("EPN b");
  }

  @Test
  void takesTheAddressWholeFromTheFreshestAndThePositionASourceGave() {
    Listing placedBySource =
        listing(
            "a",
            "2024-01-10",
            "SOURCE",
            Map.of(StandardField.LATITUDE, "44.1", StandardField.LONGITUDE, "0.3"));
    Listing placedByUs =
        listing(
            "b",
            "2025-06-01",
            "COMMUNE",
            Map.of(
                StandardField.LATITUDE, "44.2",
                StandardField.LONGITUDE, "0.4",
                StandardField.COMPLEMENT_ADRESSE, "2e étage"));

    Composed composed = Composition.compose(List.of(placedBySource, placedByUs), LONG_AGO);

    assertThat(composed.row().get(StandardField.ADRESSE)).isEqualTo("1 rue b");
    assertThat(composed.row().get(StandardField.COMPLEMENT_ADRESSE)).isEqualTo("2e étage");
    assertThat(composed.row().get(StandardField.LATITUDE)).isEqualTo("44.1");
    assertThat(composed.positionPrecision()).isEqualTo("SOURCE");
  }

  @Test
  void staleListingsContributeOnlyTheirIdentity() {
    Listing stale =
        listing(
            "a",
            "2019-03-01",
            null,
            Map.of(
                StandardField.TELEPHONE, "+33553000001",
                StandardField.SERVICES, "Prendre en main un ordinateur"));
    Listing fresh =
        listing("b", "2025-06-01", null, Map.of(StandardField.SERVICES, "Accéder à internet"));

    Composed composed = Composition.compose(List.of(stale, fresh), LocalDate.parse("2023-06-01"));

    assertThat(composed.row()).doesNotContainKey(StandardField.TELEPHONE);
    assertThat(composed.row().get(StandardField.SERVICES)).isEqualTo("Accéder à internet");
  }

  @Test
  void theFreshestStaleListingStillSpeaksWhenAllAreStale() {
    Listing stale =
        listing("a", "2019-03-01", null, Map.of(StandardField.TELEPHONE, "+33553000001"));

    Composed composed = Composition.compose(List.of(stale), LocalDate.parse("2023-06-01"));

    assertThat(composed.row().get(StandardField.TELEPHONE)).isEqualTo("+33553000001");
  }

  @Test
  void prefersARealRegistryNumber() {
    Listing withSiret =
        listing("a", "2024-01-10", null, Map.of(StandardField.PIVOT, "84288740800016"));
    Listing unknown = listing("b", "2025-06-01", null, Map.of());

    assertThat(
            Composition.compose(List.of(withSiret, unknown), LONG_AGO)
                .row()
                .get(StandardField.PIVOT))
        .isEqualTo("84288740800016");
  }
}
