package fr.mediation.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerGeocoderTest {

  private final GazetteerGeocoder geocoder = new GazetteerGeocoder();

  @Test
  void geocodesByInseeCode() {
    GeocodedPosition reims = geocoder.geocode(GeocodingQuery.ofInsee("51454")).orElseThrow();

    assertThat(reims.precision()).isEqualTo(Precision.COMMUNE);
    assertThat(reims.inseeCode()).isEqualTo("51454");
    assertThat(reims.label()).contains("Reims");
    assertThat(kilometres(reims, 49.2583, 4.0317)).isLessThan(5);
  }

  @Test
  void geocodesParisArrondissement() {
    GeocodedPosition vaugirard =
        geocoder.geocode(GeocodingQuery.of("75015", "Paris")).orElseThrow();

    assertThat(vaugirard.inseeCode()).isEqualTo("75115");
    assertThat(kilometres(vaugirard, 48.8421, 2.2988)).isLessThan(2);
  }

  @Test
  void usesArrondissementOfPostcodeWithCitysInseeCode() {
    GeocodedPosition position =
        geocoder.geocode(new GeocodingQuery(null, "13013", null, "13055")).orElseThrow();

    assertThat(position.inseeCode()).isEqualTo("13213");
  }

  @Test
  void geocodesOverseasCommune() {
    GeocodedPosition mamoudzou =
        geocoder.geocode(GeocodingQuery.of("97600", "Mamoudzou")).orElseThrow();
    GeocodedPosition saintDenis =
        geocoder.geocode(GeocodingQuery.of("97400", "Saint-Denis")).orElseThrow();
    GeocodedPosition cayenne = geocoder.geocode(GeocodingQuery.ofInsee("97302")).orElseThrow();

    assertThat(kilometres(mamoudzou, -12.7806, 45.2278)).isLessThan(10);
    assertThat(kilometres(saintDenis, -20.8821, 55.4507)).isLessThan(10);
    assertThat(kilometres(cayenne, 4.9372, -52.3260)).isLessThan(10);
  }

  @Test
  void geocodesCorsicanCommune() {
    GeocodedPosition bastia = geocoder.geocode(GeocodingQuery.of("20200", "BASTIA")).orElseThrow();

    assertThat(bastia.inseeCode()).isEqualTo("2B033");
    assertThat(kilometres(bastia, 42.6973, 9.4509)).isLessThan(5);
  }

  @Test
  void geocodesShortenedNameOfCommuneSharingItsPostcode() {
    GeocodedPosition labatut =
        geocoder.geocode(GeocodingQuery.of("64460", "LABATUT")).orElseThrow();

    assertThat(labatut.inseeCode()).isEqualTo("64293");
    assertThat(labatut.precision()).isEqualTo(Precision.COMMUNE);
  }

  @Test
  void geocodesSoleCommuneOfPostcodeAtCommunePrecision() {
    GeocodedPosition reims =
        geocoder.geocode(new GeocodingQuery(null, "51100", "Reims-Nord", null)).orElseThrow();

    assertThat(reims.inseeCode()).isEqualTo("51454");
    assertThat(reims.precision()).isEqualTo(Precision.COMMUNE);
  }

  @Test
  void geocodesSharedPostcodeToItsMostPopulatedCommuneAtPostcodePrecision() {
    GeocodedPosition belley =
        geocoder.geocode(new GeocodingQuery(null, "01300", null, null)).orElseThrow();

    assertThat(belley.inseeCode()).isEqualTo("01034");
    assertThat(belley.precision()).isEqualTo(Precision.POSTCODE);
    assertThat(belley.label()).contains("Belley", "most populated");
  }

  @Test
  void geocodesNameAloneWhenUniqueInFrance() {
    assertThat(geocoder.geocode(new GeocodingQuery(null, null, "Strasbourg", null)))
        .map(GeocodedPosition::inseeCode)
        .contains("67482");
    assertThat(geocoder.geocode(new GeocodingQuery(null, null, "Saint-Denis", null))).isEmpty();
  }

  @Test
  void readsPostcodeAndCommuneAtTheEndOfTheAddress() {
    assertThat(
            geocoder.geocode(
                new GeocodingQuery("12 rue de Vaugirard, 75006 Paris", null, null, null)))
        .map(GeocodedPosition::inseeCode)
        .contains("75106");
  }

  @Test
  void locatesFormerCommuneWithoutPositionAtItsCurrentCommune() {
    GeocodedPosition saintBois = geocoder.geocode(GeocodingQuery.ofInsee("01340")).orElseThrow();
    GeocodedPosition arboys = geocoder.geocode(GeocodingQuery.ofInsee("01015")).orElseThrow();

    assertThat(saintBois.inseeCode()).isEqualTo("01340");
    assertThat(saintBois.label()).contains("Saint-Bois", "part of", "Arboys en Bugey");
    assertThat(saintBois.latitude()).isEqualTo(arboys.latitude());
  }

  @Test
  void fallsBackFromUnknownInseeCodeToPostcodeAndName() {
    assertThat(geocoder.geocode(new GeocodingQuery(null, "51100", "Reims", "99999")))
        .map(GeocodedPosition::inseeCode)
        .contains("51454");
  }

  @Test
  void findsNothingForNothing() {
    assertThat(geocoder.geocode(new GeocodingQuery(null, null, null, null))).isEmpty();
    assertThat(geocoder.geocode(new GeocodingQuery("rue de nulle part", "99999", "Atlantis", null)))
        .isEmpty();
  }

  @Test
  void ordersPrecisionsFromFinestToCoarsest() {
    assertThat(Precision.ADDRESS.isAtLeast(Precision.STREET)).isTrue();
    assertThat(Precision.COMMUNE.isAtLeast(Precision.COMMUNE)).isTrue();
    assertThat(Precision.COMMUNE.isAtLeast(Precision.POSTCODE)).isTrue();
    assertThat(Precision.POSTCODE.isAtLeast(Precision.COMMUNE)).isFalse();
  }

  static double kilometres(GeocodedPosition p, double latitude, double longitude) {
    return GreatCircle.metres(p.latitude(), p.longitude(), latitude, longitude) / 1000;
  }
}
