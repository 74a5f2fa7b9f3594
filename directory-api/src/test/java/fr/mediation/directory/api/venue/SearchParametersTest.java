package fr.mediation.directory.api.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.venue.field.Fee;
import fr.mediation.directory.venue.field.Service;
import fr.mediation.directory.venue.search.VenueQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchParametersTest {

  private static VenueQuery query(
      String lat, String lon, String radius, String q, List<String> services, String sort) {
    return SearchParameters.toQuery(lat, lon, radius, q, services, null, sort, null, null);
  }

  private static InvalidParameterException refused(Runnable call) {
    try {
      call.run();
    } catch (InvalidParameterException e) {
      return e;
    }
    throw new AssertionError("not refused");
  }

  @Test
  void pointAndRadiusGiveADistanceSortedSearch() {
    VenueQuery q = query("48.8566", "2.3522", "5", null, null, null);

    assertThat(q.near()).isEqualTo(new VenueQuery.Near(48.8566, 2.3522, 5.0));
    assertThat(q.sort()).isEqualTo(VenueQuery.Sort.DISTANCE);
    assertThat(q.limit()).isEqualTo(20);
    assertThat(q.offset()).isZero();
  }

  @Test
  void wordsAloneSortByRelevanceAndNothingSortsByName() {
    assertThat(query(null, null, null, " médiathèque ", null, null).sort())
        .isEqualTo(VenueQuery.Sort.RELEVANCE);
    assertThat(query(null, null, null, " médiathèque ", null, null).text())
        .isEqualTo("médiathèque");
    assertThat(query(null, null, null, null, null, null).sort()).isEqualTo(VenueQuery.Sort.NAME);
  }

  @Test
  void latitudeOutOfRangeIsRefusedWithItsRange() {
    InvalidParameterException e = refused(() -> query("95", "2.35", null, null, null, null));

    assertThat(e.parameter()).isEqualTo("lat");
    assertThat(e.value()).isEqualTo("95");
    assertThat(e.getMessage()).isEqualTo("lat must be between -90 and 90.");
    assertThat(e.messageFr()).isEqualTo("lat doit être un nombre entre -90 et 90.");
  }

  @Test
  void decimalCommaIsRefusedWithTheReason() {
    InvalidParameterException e = refused(() -> query("48,85", "2.35", null, null, null, null));

    assertThat(e.parameter()).isEqualTo("lat");
    assertThat(e.getMessage()).contains("decimal number with a dot");
  }

  @Test
  void aPointNeedsBothCoordinates() {
    assertThat(refused(() -> query("48.85", null, null, null, null, null)).parameter())
        .isEqualTo("lon");
    assertThat(refused(() -> query(null, "2.35", null, null, null, null)).parameter())
        .isEqualTo("lat");
    assertThat(refused(() -> query(null, null, "5", null, null, null)).parameter())
        .isEqualTo("radius_km");
  }

  @Test
  void radiusMustBePositiveAndAtMost500() {
    assertThat(refused(() -> query("48.85", "2.35", "0", null, null, null)).parameter())
        .isEqualTo("radius_km");
    assertThat(refused(() -> query("48.85", "2.35", "500.5", null, null, null)).parameter())
        .isEqualTo("radius_km");
    assertThat(query("48.85", "2.35", "500", null, null, null).near().radiusKm()).isEqualTo(500.0);
  }

  @Test
  void servicesAcceptCodesLabelsRepeatedAndCommaSeparated() {
    VenueQuery q =
        query(
            null,
            null,
            null,
            null,
            List.of(
                "aide-aux-demarches-administratives,Loisirs et créations numériques",
                "ACCES_INTERNET_ET_MATERIEL_INFORMATIQUE"),
            null);

    assertThat(q.services())
        .containsExactlyInAnyOrder(
            Service.AIDE_AUX_DEMARCHES_ADMINISTRATIVES,
            Service.LOISIRS_ET_CREATIONS_NUMERIQUES,
            Service.ACCES_INTERNET_ET_MATERIEL_INFORMATIQUE);
  }

  @Test
  void unknownServiceIsRefusedWithTheAcceptedCodes() {
    InvalidParameterException e =
        refused(() -> query(null, null, null, null, List.of("cuisine"), null));

    assertThat(e.parameter()).isEqualTo("services");
    assertThat(e.value()).isEqualTo("cuisine");
    assertThat(e.messageFr()).contains("aide-aux-demarches-administratives");
  }

  @Test
  void feesAreParsed() {
    VenueQuery q =
        SearchParameters.toQuery(
            null, null, null, null, null, List.of("gratuit,payant"), null, null, null);

    assertThat(q.fees()).containsExactlyInAnyOrder(Fee.GRATUIT, Fee.PAYANT);
  }

  @Test
  void pagingIsBounded() {
    assertThat(
            SearchParameters.toQuery(null, null, null, null, null, null, null, "100", "10000")
                .limit())
        .isEqualTo(100);
    for (String[] bad : new String[][] {{"0", null}, {"101", null}, {"x", null}, {null, "-1"}}) {
      assertThatThrownBy(
              () ->
                  SearchParameters.toQuery(
                      null, null, null, null, null, null, null, bad[0], bad[1]))
          .isInstanceOf(InvalidParameterException.class);
    }
  }

  @Test
  void sortMustFitTheQuery() {
    assertThat(refused(() -> query(null, null, null, null, null, "distance")).messageFr())
        .contains("lat et lon");
    assertThat(refused(() -> query(null, null, null, null, null, "relevance")).messageFr())
        .contains("q");
    assertThat(refused(() -> query(null, null, null, null, null, "price")).parameter())
        .isEqualTo("sort");
    assertThat(query("1", "2", null, "x", null, "NAME").sort()).isEqualTo(VenueQuery.Sort.NAME);
  }

  @Test
  void overlongTextIsRefused() {
    assertThat(refused(() -> query(null, null, null, "x".repeat(201), null, null)).parameter())
        .isEqualTo("q");
  }

  @Test
  void wordsThatAreAllStopWordsAreRefusedNamingQ() {
    for (String q : new String[] {"le", "de la", "Les", " l' ", "?!"}) {
      InvalidParameterException e = refused(() -> query(null, null, null, q, null, null));
      assertThat(e.parameter()).as(q).isEqualTo("q");
      assertThat(e.messageFr()).contains("mots très courants");
    }
    assertThat(query(null, null, null, "la poste", null, null).text()).isEqualTo("la poste");
  }
}
