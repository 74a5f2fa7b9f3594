package fr.mediation.directory.api.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.venue.field.Mobility;
import fr.mediation.directory.venue.field.SpecificPublic;
import fr.mediation.directory.venue.field.Typology;
import fr.mediation.directory.venue.search.FlagFilter;
import fr.mediation.directory.venue.search.LabelFilter;
import fr.mediation.directory.venue.search.VenueQuery;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FilterParametersTest {

  private static VenueQuery query(FilterParameters filters) {
    return SearchParameters.toFilterQuery(filters);
  }

  private static InvalidParameterException refused(FilterParameters filters) {
    return catchThrowableOfType(InvalidParameterException.class, () -> query(filters));
  }

  @Test
  void labelFiltersTakeCodesOrLabelsCommaSeparatedOrRepeated() {
    FilterParameters p = new FilterParameters();
    p.publics = List.of("jeunes,Seniors");
    p.typologies = List.of("bib", "MUNI");
    p.mobility = List.of("itinerant");

    VenueQuery q = query(p);

    assertThat(q.labels().get(LabelFilter.PUBLICS_SPECIFIQUEMENT_ADRESSES))
        .isEqualTo(Set.of(SpecificPublic.JEUNES, SpecificPublic.SENIORS));
    assertThat(q.labels().get(LabelFilter.TYPOLOGIE))
        .isEqualTo(Set.of(Typology.BIB, Typology.MUNI));
    assertThat(q.labels().get(LabelFilter.ITINERANCE)).isEqualTo(Set.of(Mobility.ITINERANT));
  }

  @Test
  void anUnknownLabelIsRefusedNamingTheParameterAndListingTheCodes() {
    FilterParameters p = new FilterParameters();
    p.supportModes = List.of("en-groupe");

    InvalidParameterException e = refused(p);

    assertThat(e.parameter()).isEqualTo("modalites_accompagnement");
    assertThat(e.value()).isEqualTo("en-groupe");
    assertThat(e.getMessage()).contains("accompagnement-individuel");
  }

  @Test
  void yesNoFiltersAcceptTrueAndFalseOnly() {
    FilterParameters p =
        FilterParameters.of(
            Map.of("fiche_acces_libre", List.of("true"), "prise_rdv", List.of("false")));
    assertThat(query(p).flags())
        .containsEntry(FlagFilter.FICHE_ACCES_LIBRE, true)
        .containsEntry(FlagFilter.PRISE_RDV, false)
        .doesNotContainKey(FlagFilter.PASS_NUMERIQUE);

    InvalidParameterException e =
        refused(FilterParameters.of(Map.of("pass_numerique", List.of("peut-être"))));
    assertThat(e.parameter()).isEqualTo("pass_numerique");
    assertThat(e.value()).isEqualTo("peut-être");
  }

  @Test
  void aYesNoFilterIsReadFromTheRequestsQueryByItsKeyTheFirstValueWhenRepeated() {
    MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
    query.put("prise_rdv", List.of("oui", "false"));
    query.putSingle("services", "ignored-here");
    FilterParameters p = new FilterParameters();
    p.request =
        (UriInfo)
            Proxy.newProxyInstance(
                UriInfo.class.getClassLoader(),
                new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getQueryParameters")) {
                    return query;
                  }
                  throw new UnsupportedOperationException(method.getName());
                });

    assertThat(query(p).flags()).isEqualTo(Map.of(FlagFilter.PRISE_RDV, true));
  }

  @Test
  void bboxIsWestSouthEastNorth() {
    FilterParameters p = new FilterParameters();
    p.bbox = "2.25,48.81,2.42,48.90";
    assertThat(query(p).area().box())
        .isEqualTo(new VenueQuery.BoundingBox(2.25, 48.81, 2.42, 48.90));

    p.bbox = "2.42,48.81,2.25,48.90";
    assertThat(refused(p).parameter()).isEqualTo("bbox");
    p.bbox = "2.25,48.81,2.42";
    assertThat(refused(p).parameter()).isEqualTo("bbox");
    p.bbox = "2.25,95,2.42,96";
    assertThat(refused(p).parameter()).isEqualTo("bbox");
  }

  @Test
  void areasTakeInseeCodesIncludingCorsica() {
    FilterParameters p = new FilterParameters();
    p.communes = List.of("75056,2a004");
    p.departements = List.of("974", "2B");
    p.regions = List.of("11");

    VenueQuery.Area area = query(p).area();

    assertThat(area.communes()).containsExactlyInAnyOrder("75056", "2A004");
    assertThat(area.departements()).containsExactlyInAnyOrder("974", "2B");
    assertThat(area.regions()).containsExactly("11");

    p.communes = List.of("Paris");
    assertThat(refused(p).parameter()).isEqualTo("code_insee");
  }

  @Test
  void departementsAndRegionsMustBeCodesOfTheOfficialGeography() {
    for (String code : new String[] {"97", "20", "99", "00", "96", "2C"}) {
      FilterParameters p = new FilterParameters();
      p.departements = List.of(code);
      InvalidParameterException e = refused(p);
      assertThat(e).as(code).isNotNull();
      assertThat(e.parameter()).isEqualTo("departement");
      assertThat(e.value()).isEqualTo(code);
      assertThat(e.messageFr()).contains("971", "2A");
    }
    for (String code : new String[] {"99", "05", "10"}) {
      FilterParameters p = new FilterParameters();
      p.regions = List.of(code);
      assertThat(refused(p)).as(code).isNotNull();
      assertThat(refused(p).parameter()).isEqualTo("region");
    }
    FilterParameters overseas = new FilterParameters();
    overseas.departements = List.of("971", "972", "973", "974", "976", "2a", "01");
    overseas.regions = List.of("01", "94", "84");
    assertThat(query(overseas).area().departements()).hasSize(7).contains("2A");
  }

  @Test
  void theStandardsListSeparatorSeparatesValuesToo() {
    FilterParameters p = new FilterParameters();
    p.publics = List.of("jeunes|seniors");
    p.departements = List.of("75|93");

    VenueQuery q = query(p);

    assertThat(q.labels().get(LabelFilter.PUBLICS_SPECIFIQUEMENT_ADRESSES))
        .isEqualTo(Set.of(SpecificPublic.JEUNES, SpecificPublic.SENIORS));
    assertThat(q.area().departements()).containsExactlyInAnyOrder("75", "93");
  }

  @Test
  void theExportAndTheFeedTakeWordsAndACircle() {
    PointAndWords where = new PointAndWords();
    where.q = "médiathèque";
    where.lat = "48.85";
    where.lon = "2.35";
    where.radiusKm = "5";

    VenueQuery q = SearchParameters.toFilterQuery(new FilterParameters(), where);

    assertThat(q.text()).isEqualTo("médiathèque");
    assertThat(q.near()).isEqualTo(new VenueQuery.Near(48.85, 2.35, 5.0));
    where.radiusKm = null;
    InvalidParameterException e =
        catchThrowableOfType(
            InvalidParameterException.class,
            () -> SearchParameters.toFilterQuery(new FilterParameters(), where));
    assertThat(e.parameter()).isEqualTo("radius_km");
  }

  @Test
  void openAtWithAnOffsetIsAnInstantWithoutOneAWallClockTime() {
    FilterParameters p = new FilterParameters();
    p.openAt = "2026-11-28T10:00:00+01:00";
    assertThat(query(p).open().at()).isEqualTo(Instant.parse("2026-11-28T09:00:00Z"));

    p.openAt = "2026-11-28T10:00";
    assertThat(query(p).open().atLocal()).isEqualTo(LocalDateTime.parse("2026-11-28T10:00"));

    p.openAt = "samedi 10h";
    assertThat(refused(p).parameter()).isEqualTo("ouvert_le");
  }

  @Test
  void openNowIsTheCurrentInstantAndSaturdayAFlag() {
    FilterParameters p = new FilterParameters();
    p.openNow = "true";
    p.openSaturday = "true";
    Instant before = Instant.now();

    VenueQuery.Open open = query(p).open();

    assertThat(open.at()).isBetween(before, Instant.now());
    assertThat(open.saturday()).isTrue();
    assertThat(query(new FilterParameters()).open()).isNull();
  }

  @Test
  void aCursorOfAnotherOrderIsRefused() {
    FilterParameters p = new FilterParameters();
    InvalidParameterException e =
        catchThrowableOfType(
            InvalidParameterException.class,
            () ->
                SearchParameters.toQuery(
                    p, null, null, null, null, "name", null, null, "not-a-cursor", null));
    assertThat(e.parameter()).isEqualTo("cursor");
  }
}
