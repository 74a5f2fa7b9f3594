package fr.mediation.directory.federation;

import fr.mediation.directory.venue.VenueRecord;

/**
 * What the duplicate detector compares of a venue: its identity, name, address and contacts, as
 * normalised by the standard's value objects.
 */
public record Matchable(
    String source,
    String localId,
    String nom,
    String adresse,
    String codePostal,
    String codeInsee,
    Double latitude,
    Double longitude,
    String pivot,
    String telephone,
    String courriels,
    String siteWeb) {

  /** The venue {@code record} of {@code source}. */
  public static Matchable of(String source, VenueRecord record) {
    return new Matchable(
        source,
        record.id().value(),
        record.nom().value(),
        record.adresse().value(),
        record.codePostal().value(),
        record.codeInsee() == null ? null : record.codeInsee().value(),
        record.coordinates() == null ? null : record.coordinates().latitude(),
        record.coordinates() == null ? null : record.coordinates().longitude(),
        record.pivot().value(),
        record.telephone() == null ? null : record.telephone().value(),
        record.courriels() == null ? null : record.courriels().joined(),
        record.siteWeb() == null ? null : record.siteWeb().joined());
  }

  /** Whether the venue has a position. */
  public boolean placed() {
    return latitude != null && longitude != null;
  }
}
