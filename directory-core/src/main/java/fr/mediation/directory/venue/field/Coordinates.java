package fr.mediation.directory.venue.field;

import java.util.regex.Pattern;

/**
 * A WGS 84 position (fields {@code latitude} and {@code longitude}): latitude in [-90, 90],
 * longitude in [-180, 180], finite numbers only.
 */
public record Coordinates(double latitude, double longitude) {

  /** A plain decimal number, once the French decimal comma is turned into a dot. */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  public Coordinates {
    if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
      throw invalidLatitude(String.valueOf(latitude));
    }
    if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
      throw invalidLongitude(String.valueOf(longitude));
    }
  }

  /** The position of {@code row}: its {@code latitude}'s raw text with its longitude's. */
  static Coordinates read(String latitude, Field.Row row) {
    return read(latitude, row.raw(StandardField.LONGITUDE));
  }

  /**
   * The position of a row's two fields, {@code null} when both are absent (null): one without the
   * other is an error on the missing one.
   */
  public static Coordinates read(String latitude, String longitude) {
    if (latitude == null && longitude == null) {
      return null;
    }
    if (latitude == null || longitude == null) {
      throw new InvalidFieldException(
          latitude == null ? StandardField.LATITUDE : StandardField.LONGITUDE,
          null,
          InvalidFieldException.message("position.halfMissing"));
    }
    return parse(latitude, longitude);
  }

  /**
   * Reads both numbers as written in a file: "48.85", " 48,85 " (decimal comma). Rejects blanks,
   * text, "NaN" and infinities, naming the faulty field.
   */
  public static Coordinates parse(String latitude, String longitude) {
    double lat = number(latitude);
    if (Double.isNaN(lat) || lat < -90 || lat > 90) {
      throw invalidLatitude(latitude);
    }
    double lon = number(longitude);
    if (Double.isNaN(lon) || lon < -180 || lon > 180) {
      throw invalidLongitude(longitude);
    }
    return new Coordinates(lat, lon);
  }

  /** The number written in {@code raw}, or NaN when it is not a plain decimal number. */
  private static double number(String raw) {
    String compact = Texts.removeSpaces(raw);
    if (compact == null) {
      return Double.NaN;
    }
    compact = compact.replace(',', '.');
    if (!DECIMAL.matcher(compact).matches()) {
      return Double.NaN;
    }
    return Double.parseDouble(compact);
  }

  private static InvalidFieldException invalidLatitude(String value) {
    return new InvalidFieldException(
        StandardField.LATITUDE, value, InvalidFieldException.message("latitude.outOfRange"));
  }

  private static InvalidFieldException invalidLongitude(String value) {
    return new InvalidFieldException(
        StandardField.LONGITUDE, value, InvalidFieldException.message("longitude.outOfRange"));
  }
}
