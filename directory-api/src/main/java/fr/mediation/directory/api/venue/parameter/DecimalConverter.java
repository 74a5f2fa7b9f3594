package fr.mediation.directory.api.venue.parameter;

import java.util.regex.Pattern;

/**
 * A decimal number written with a dot, within bounds: coordinates and radii. Exponents, commas,
 * {@code NaN} and very long numbers are refused.
 */
public final class DecimalConverter implements ParameterConverter<Double> {

  /** The largest radius around a point, in kilometres. */
  public static final double MAX_RADIUS_KM = 500;

  public static final DecimalConverter LATITUDE = new DecimalConverter(-90, 90, false);
  public static final DecimalConverter LONGITUDE = new DecimalConverter(-180, 180, false);

  /** A radius in kilometres: more than 0, at most {@link #MAX_RADIUS_KM}. */
  public static final DecimalConverter RADIUS_KM = new DecimalConverter(0, MAX_RADIUS_KM, true);

  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,4}(\\.\\d{1,12})?");

  private final double min;
  private final double max;
  private final boolean aboveMin;

  private DecimalConverter(double min, double max, boolean aboveMin) {
    this.min = min;
    this.max = max;
    this.aboveMin = aboveMin;
  }

  @Override
  public Double convert(String name, String raw) {
    String value = raw.strip();
    if (!DECIMAL.matcher(value).matches()) {
      throw ParameterConverter.refused(name, raw, "decimal.syntax", fmt(min), fmt(max));
    }
    double number = Double.parseDouble(value);
    if (number < min || number > max) {
      throw ParameterConverter.refused(name, raw, "decimal.range", fmt(min), fmt(max));
    }
    if (aboveMin && number == min) {
      throw ParameterConverter.refused(name, raw, "decimal.above", fmt(min), fmt(max));
    }
    return number;
  }

  private static String fmt(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
