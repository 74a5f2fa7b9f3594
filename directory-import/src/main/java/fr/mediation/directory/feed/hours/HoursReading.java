package fr.mediation.directory.feed.hours;

import java.util.List;

/**
 * What a hub's hours say, as far as they could be read exactly.
 *
 * @param osm the OpenStreetMap hours of the part that was read with certainty (null when none)
 * @param flags the days or parts that could not be read exactly, each with a French reason
 * @param source the hub's text, as the mapping presented it
 */
public record HoursReading(String osm, List<Flag> flags, String source) {

  /** How much of the text was read. */
  public enum Completeness {
    /** Every word was understood: {@link #osm()} means exactly the text. */
    COMPLETE,
    /** Some days were read with certainty, others are flagged. */
    PARTIAL,
    /** Nothing could be read with certainty. */
    UNREADABLE
  }

  /**
   * A part that could not be read exactly.
   *
   * @param part what it concerns, in French ("mercredi", "texte")
   * @param reason why, in French
   */
  public record Flag(String part, String reason) {
    @Override
    public String toString() {
      return part + " : " + reason;
    }
  }

  public HoursReading {
    flags = List.copyOf(flags);
  }

  /** How much was read. */
  public Completeness completeness() {
    if (flags.isEmpty() && osm != null) {
      return Completeness.COMPLETE;
    }
    return osm == null ? Completeness.UNREADABLE : Completeness.PARTIAL;
  }

  /** Whether the hours mean exactly the hub's text. */
  public boolean complete() {
    return completeness() == Completeness.COMPLETE;
  }

  /** The flags as one French sentence ("mercredi : horaire illisible ; samedi : ..."). */
  public String flagsText() {
    return String.join(" ; ", flags.stream().map(Flag::toString).toList());
  }

  static HoursReading unreadable(String source, String part, String reason) {
    return new HoursReading(null, List.of(new Flag(part, reason)), source);
  }
}
