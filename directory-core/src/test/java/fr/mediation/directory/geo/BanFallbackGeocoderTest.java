package fr.mediation.directory.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link FallbackGeocoder}, the chain that puts BAN before the gazetteer. */
class BanFallbackGeocoderTest {

  private static final GeocodingQuery QUERY = GeocodingQuery.of("01300", "Belley");

  private final List<String> asked = new ArrayList<>();

  private Geocoder answering(String name, Precision precision) {
    return query -> {
      asked.add(name);
      return Optional.of(new GeocodedPosition(45.76, 5.69, precision, name, null));
    };
  }

  private Geocoder silent(String name) {
    return query -> {
      asked.add(name);
      return Optional.empty();
    };
  }

  @Test
  void returnsTheFirstAnswerAtCommunePrecisionOrFiner() {
    FallbackGeocoder chain =
        new FallbackGeocoder(
            answering("ban", Precision.STREET), answering("gazetteer", Precision.COMMUNE));

    assertThat(chain.geocode(QUERY)).map(GeocodedPosition::label).contains("ban");
    assertThat(asked).containsExactly("ban");
  }

  @Test
  void asksTheNextGeocoderWhenOneHasNothing() {
    FallbackGeocoder chain =
        new FallbackGeocoder(silent("ban"), answering("gazetteer", Precision.COMMUNE));

    assertThat(chain.geocode(QUERY)).map(GeocodedPosition::label).contains("gazetteer");
    assertThat(asked).containsExactly("ban", "gazetteer");
  }

  @Test
  void prefersALaterCommuneToAnEarlierAnswerCoarserThanACommune() {
    FallbackGeocoder chain =
        new FallbackGeocoder(
            answering("ban", Precision.POSTCODE), answering("gazetteer", Precision.COMMUNE));

    assertThat(chain.geocode(QUERY)).map(GeocodedPosition::label).contains("gazetteer");
  }

  @Test
  void keepsTheFirstCoarseAnswerWhenNoneIsFiner() {
    FallbackGeocoder chain =
        new FallbackGeocoder(
            answering("ban", Precision.POSTCODE),
            silent("other"),
            answering("gazetteer", Precision.POSTCODE));

    assertThat(chain.geocode(QUERY)).map(GeocodedPosition::label).contains("ban");
    assertThat(asked).containsExactly("ban", "other", "gazetteer");
  }

  @Test
  void returnsEmptyWhenNoGeocoderLocates() {
    assertThat(new FallbackGeocoder(silent("ban"), silent("gazetteer")).geocode(QUERY)).isEmpty();
  }

  @Test
  void needsAtLeastOneGeocoder() {
    assertThatThrownBy(() -> new FallbackGeocoder(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new FallbackGeocoder(List.of(silent("ban"))).geocoders()).hasSize(1);
  }
}
