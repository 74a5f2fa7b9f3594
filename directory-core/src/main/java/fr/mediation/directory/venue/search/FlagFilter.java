package fr.mediation.directory.venue.search;

/** Yes/no filters, each on an index field computed by the venue index binder. */
public enum FlagFilter {
  /** The venue has an accessibility sheet (fiche_acces_libre). */
  FICHE_ACCES_LIBRE(IndexFields.ACCESS_SHEET),
  /** The venue takes appointments online (prise_rdv). */
  PRISE_RDV(IndexFields.ONLINE_BOOKING),
  /** The venue's source states that it takes the pass numérique (APTIC cheques). */
  PASS_NUMERIQUE(IndexFields.PASS_NUMERIQUE);

  private final String indexField;

  FlagFilter(String indexField) {
    this.indexField = indexField;
  }

  /** The API parameter and facet name. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public String indexField() {
    return indexField;
  }
}
