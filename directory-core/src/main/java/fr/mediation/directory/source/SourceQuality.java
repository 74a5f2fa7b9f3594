package fr.mediation.directory.source;

import java.util.Map;

/**
 * How good a source's published data is: among its venues (not retired), how many have hours read
 * exactly, hours flagged (partly or wholly unreadable: the hub's text kept), a phone, an e-mail,
 * services, and how precisely each is placed; and what its last import warned about, by field.
 *
 * @param venues the source's published venues
 * @param hoursExact venues whose hours were read exactly
 * @param hoursPartlyFlagged venues with some days read with certainty and the hub's text kept
 * @param hoursWhollyFlagged venues whose hours could not be read at all (the hub's text kept)
 * @param phone venues with a phone number
 * @param email venues with an e-mail address
 * @param services venues with at least one service
 * @param positions venues by position precision: {@code SOURCE} (the hub's position, kept), {@code
 *     ADDRESS}, {@code STREET}, {@code COMMUNE}, {@code POSTCODE} (placed by the geocoder), {@code
 *     NONE} (not on the map)
 * @param lastRun the last import that read the file (succeeded or held), or null
 */
public record SourceQuality(
    long venues,
    long hoursExact,
    long hoursPartlyFlagged,
    long hoursWhollyFlagged,
    long phone,
    long email,
    long services,
    Map<String, Long> positions,
    LastRun lastRun) {

  /**
   * What the last import that read the file warned about.
   *
   * @param runId the run
   * @param rowsWarned accepted rows with at least one warning
   * @param positionsReplaced rows whose position, outside their commune, was replaced by the
   *     geocoder's
   * @param positionsSwapped rows whose latitude and longitude were exchanged and put back
   * @param warningsByField warnings by field of the standard: how many warnings, how many rows
   */
  public record LastRun(
      long runId,
      int rowsWarned,
      long positionsReplaced,
      long positionsSwapped,
      Map<String, Warnings> warningsByField) {}

  /** The warnings about one field in a run. */
  public record Warnings(long warnings, long rows) {}
}
