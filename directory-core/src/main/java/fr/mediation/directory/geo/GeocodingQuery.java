package fr.mediation.directory.geo;

/**
 * What to geocode: any part may be {@code null} or blank.
 *
 * @param address the street address ("12 rue de la Paix"), possibly with the postcode and commune
 *     at its end ("12 rue de la Paix 75002 Paris")
 * @param postcode the postcode ("75002")
 * @param communeName the commune's name ("Paris", "PARIS 02", "St-Denis")
 * @param inseeCode the commune's INSEE code ("75102")
 */
public record GeocodingQuery(
    String address, String postcode, String communeName, String inseeCode) {

  /** A query by postcode and commune name. */
  public static GeocodingQuery of(String postcode, String communeName) {
    return new GeocodingQuery(null, postcode, communeName, null);
  }

  /** A query by INSEE code. */
  public static GeocodingQuery ofInsee(String inseeCode) {
    return new GeocodingQuery(null, null, null, inseeCode);
  }
}
