package fr.mediation.directory.federation;

import java.time.Instant;

/**
 * What grouping needs of a listing, read without loading the entity ({@link #SELECT}, mapped by
 * {@link #of}).
 */
public record Row(
    String id,
    Matchable match,
    String mergedId,
    Instant createdAt,
    boolean retired,
    boolean pending) {

  /** The query's start: its select list and {@code from Venue v}, to which a condition is added. */
  static final String SELECT =
      "select v.id, v.sourceKey, v.localId, v.nom, v.adresse, v.codePostal, v.codeInsee,"
          + " v.latitude, v.longitude, v.pivot, v.telephone, v.courriels, v.siteWeb, v.mergedId,"
          + " v.createdAt, v.retiredAt, v.federationPending from Venue v ";

  /** A row of {@link #SELECT}. */
  static Row of(Object[] r) {
    return new Row(
        (String) r[0],
        new Matchable(
            (String) r[1],
            (String) r[2],
            (String) r[3],
            (String) r[4],
            (String) r[5],
            (String) r[6],
            (Double) r[7],
            (Double) r[8],
            (String) r[9],
            (String) r[10],
            (String) r[11],
            (String) r[12]),
        (String) r[13],
        (Instant) r[14],
        r[15] != null,
        (Boolean) r[16]);
  }
}
