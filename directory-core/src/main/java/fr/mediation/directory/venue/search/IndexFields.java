package fr.mediation.directory.venue.search;

/**
 * Names of the index fields that {@code VenueIndexBinder} computes from a venue, beside those
 * mapped on the standard's fields in {@link fr.mediation.directory.venue.VenueFields}.
 */
public final class IndexFields {

  /** The directory's id of the venue (sortable: the last key of every order). */
  public static final String ID = "venue_id";

  /** When the venue last changed in the directory (change feed). */
  public static final String UPDATED_AT = "updated_at";

  /** Code of the département and of the région of the venue's commune. */
  public static final String DEPARTEMENT = "departement";

  public static final String REGION = "region";

  /** INSEE codes of the venue's commune, and of its city for an arrondissement municipal. */
  public static final String COMMUNES = "communes";

  /** {@link fr.mediation.directory.venue.hours.HolidayZone#key()} of the venue. */
  public static final String HOLIDAY_ZONE = "holiday_zone";

  /** Whether the venue's hours could be read. */
  public static final String HOURS_KNOWN = "hours_known";

  /** Whether a free text of the venue mentions the pass numérique (APTIC). */
  public static final String PASS_NUMERIQUE = "pass_numerique";

  /** Whether the venue has an accessibility sheet (fiche_acces_libre). */
  public static final String ACCESS_SHEET = "has_fiche_acces_libre";

  /** Whether the venue has an online appointment link (prise_rdv). */
  public static final String ONLINE_BOOKING = "has_prise_rdv";

  /** Full text of the labels of the venue's services. */
  public static final String SERVICES_TEXT = "services_text";

  /**
   * The venue's name as whole words ({@link Analyzers#FRENCH_WORDS}), for typo-tolerant matching.
   */
  public static final String NAME_WORDS = "name_words";

  /** Its commune, presentations and services labels as whole words, for typo-tolerant matching. */
  public static final String TEXT_WORDS = "text_words";

  /** Latitude and longitude as numbers, for the centres of clusters. */
  public static final String LAT = "lat";

  public static final String LON = "lon";

  private IndexFields() {}

  /** The map tile cell of the venue at {@code zoom}: see {@link MapTiles#cell}. */
  public static String cell(int zoom) {
    return "cell_" + zoom;
  }
}
