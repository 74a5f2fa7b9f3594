package fr.mediation.directory.feed.mapping;

import fr.mediation.directory.feed.mapping.FeedMapping.CoordinateSystem;
import fr.mediation.directory.venue.field.StandardField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Puts a hub's positions into WGS84: Lambert-93 converted (proj4j), latitude and longitude swapped
 * back when only the swap lands in France, each correction warned.
 */
final class Positions {

  /** Boxes around metropolitan France and the overseas territories: south, north, west, east. */
  private static final double[][] FRANCE = {
    {41.3, 51.2, -5.3, 9.7}, // metropolitan France and Corsica
    {15.8, 18.2, -63.2, -60.9}, // Guadeloupe, Saint-Martin, Saint-Barthélemy
    {14.3, 14.95, -61.3, -60.75}, // Martinique
    {2.0, 5.9, -54.7, -51.5}, // Guyane
    {-21.45, -20.85, 55.2, 55.9}, // La Réunion
    {-13.1, -12.6, 44.9, 45.35}, // Mayotte
    {46.7, 47.2, -56.5, -56.0}, // Saint-Pierre-et-Miquelon
    {-23.0, -19.0, 163.0, 169.0}, // Nouvelle-Calédonie
    {-28.0, -7.0, -155.0, -134.0}, // Polynésie française
    {-14.5, -13.0, -178.5, -176.0} // Wallis-et-Futuna
  };

  private static final CoordinateTransform LAMBERT93_TO_WGS84;

  static {
    CRSFactory crs = new CRSFactory();
    CoordinateReferenceSystem lambert93 =
        crs.createFromParameters(
            "EPSG:2154",
            "+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000"
                + " +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs");
    CoordinateReferenceSystem wgs84 =
        crs.createFromParameters("EPSG:4326", "+proj=longlat +datum=WGS84 +no_defs");
    LAMBERT93_TO_WGS84 = new CoordinateTransformFactory().createTransform(lambert93, wgs84);
  }

  private Positions() {}

  static void fix(
      Map<StandardField, String> values, FeedMapping mapping, List<FieldWarning> warnings) {
    String latText = values.get(StandardField.LATITUDE);
    String lonText = values.get(StandardField.LONGITUDE);
    if (latText == null || lonText == null) {
      return;
    }
    Double lat = number(latText);
    Double lon = number(lonText);
    if (lat == null || lon == null) {
      return; // left for validation to reject with the value
    }
    boolean changed = false;
    if (mapping.coordinates() == CoordinateSystem.LAMBERT93 || looksLikeLambert93(lon, lat)) {
      changed = true;
      ProjCoordinate out = new ProjCoordinate();
      LAMBERT93_TO_WGS84.transform(new ProjCoordinate(lon, lat), out);
      if (mapping.coordinates() != CoordinateSystem.LAMBERT93) {
        warnings.add(
            new FieldWarning(
                StandardField.LATITUDE,
                latText + ", " + lonText,
                "Coordinates in Lambert-93 metres, converted to degrees.",
                "Coordonnées en Lambert-93 (mètres), converties en degrés."));
      }
      lat = out.y;
      lon = out.x;
    }
    if (mapping.fixSwappedCoordinates() && !inFrance(lat, lon) && inFrance(lon, lat)) {
      warnings.add(
          new FieldWarning(
              StandardField.LATITUDE,
              latText + ", " + lonText,
              "Latitude and longitude were swapped; swapped back.",
              "Latitude et longitude étaient inversées ; remises dans l'ordre."));
      double swap = lat;
      lat = lon;
      lon = swap;
      changed = true;
    }
    if (changed) {
      values.put(StandardField.LATITUDE, format(lat));
      values.put(StandardField.LONGITUDE, format(lon));
    }
  }

  static boolean inFrance(double lat, double lon) {
    for (double[] box : FRANCE) {
      if (lat >= box[0] && lat <= box[1] && lon >= box[2] && lon <= box[3]) {
        return true;
      }
    }
    return false;
  }

  private static boolean looksLikeLambert93(double x, double y) {
    return x > 50_000 && x < 1_300_000 && y > 6_000_000 && y < 7_200_000;
  }

  private static Double number(String text) {
    try {
      return Double.valueOf(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String format(double value) {
    String text = String.format(Locale.ROOT, "%.6f", value);
    return text.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
