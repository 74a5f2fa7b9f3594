package fr.mediation.directory.federation;

/** Test helper: the listings the federation tests compare, group and store. */
final class Listings {

  private Listings() {}

  /**
   * A listing known by its name, address and place only: the standard's placeholder pivot (no
   * SIRET), no phone, e-mail or website.
   */
  static Matchable placed(
      String source,
      String id,
      String nom,
      String adresse,
      String postcode,
      String insee,
      Double lat,
      Double lon) {
    return new Matchable(
        source, id, nom, adresse, postcode, insee, lat, lon, "00000000000000", null, null, null);
  }
}
