package fr.mediation.directory.venue.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page ended, as an opaque token: the sort values of its last hit and that hit's id (or,
 * for relevance order, the offset reached). The next page starts strictly after it, so venues added
 * or removed meanwhile shift nothing.
 *
 * @param sort the order the cursor belongs to
 * @param key the last hit's sort value: normalised name, distance in km, or offset
 * @param id the last hit's id ({@code null} for an offset)
 */
public record Cursor(String sort, String key, String id) {

  /**
   * The longest key or id a cursor holds: a name's sort key or an id is far shorter; a longer one
   * is forged.
   */
  static final int MAX_KEY = 1_000;

  /** No two points on Earth are further apart (half its circumference), in km. */
  static final double WHOLE_EARTH_KM = 20_040;

  /** The token of this cursor. */
  public String encode() {
    String text = sort + '\u001f' + key + '\u001f' + (id == null ? "" : id);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The cursor of a token.
   *
   * @throws IllegalArgumentException when the token was not made by {@link #encode()} or belongs to
   *     another order than {@code sort}
   */
  public static Cursor decode(String token, String sort) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a cursor of this API", e);
    }
    String[] parts = text.split("\u001f", -1);
    if (parts.length != 3 || parts[1].isEmpty()) {
      throw new IllegalArgumentException("not a cursor of this API");
    }
    if (!parts[0].equals(sort)) {
      throw new IllegalArgumentException("cursor of another order (" + parts[0] + "), not " + sort);
    }
    if (parts[1].length() > MAX_KEY || parts[2].length() > MAX_KEY) {
      throw new IllegalArgumentException("not a cursor of this API (key too long)");
    }
    Cursor cursor = new Cursor(parts[0], parts[1], parts[2].isEmpty() ? null : parts[2]);
    double largest =
        switch (sort) {
          case "distance" -> WHOLE_EARTH_KM;
          case "relevance" -> VenueQuery.MAX_OFFSET;
          default -> Double.NaN; // names and ids: any text
        };
    if (!Double.isNaN(largest)) {
      // A number, checked here so that a forged token is a bad parameter, not a failed query.
      double number = cursor.number();
      if (!(number >= 0 && number <= largest)) {
        throw new IllegalArgumentException("not a cursor of this API");
      }
    }
    return cursor;
  }

  /** The key as a number. */
  double number() {
    try {
      return Double.parseDouble(key);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a cursor of this API", e);
    }
  }
}
