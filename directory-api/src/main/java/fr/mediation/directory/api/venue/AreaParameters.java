package fr.mediation.directory.api.venue;

import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.geo.Communes;
import fr.mediation.directory.venue.search.VenueQuery;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The area parameters shared by the search, the clusters, the export and the change feed: a box,
 * communes, départements and régions. Codes of départements and régions are checked against the
 * commune reference ({@link Communes}): {@code departement=97} is not a département (those overseas
 * are 971 to 976), and would otherwise answer "no venue".
 */
final class AreaParameters {

  private static final Pattern CODE_INSEE = Pattern.compile("(\\d{2}|2[ABab])\\d{3}");

  private AreaParameters() {}

  static VenueQuery.Area area(FilterParameters p) {
    return new VenueQuery.Area(
        SearchParameters.present(p.bbox) ? bbox("bbox", p.bbox) : null,
        communes(p.communes),
        known(
            "departement",
            p.departements,
            Communes.get().departements(),
            "a département code",
            "un code de département"),
        known("region", p.regions, Communes.get().regions(), "a région code", "un code de région"));
  }

  private static Set<String> communes(List<String> raw) {
    Set<String> codes = new LinkedHashSet<>();
    for (String value : SearchParameters.values(raw)) {
      String code = value.strip().toUpperCase(Locale.ROOT);
      if (!CODE_INSEE.matcher(code).matches()) {
        throw new InvalidParameterException(
            "code_insee",
            value,
            "code_insee must be an INSEE code of 5 characters (75056, 2A004).",
            "code_insee doit être un code INSEE de 5 caractères (75056, 2A004).");
      }
      codes.add(code);
    }
    return codes;
  }

  private static Set<String> known(
      String name, List<String> raw, Set<String> valid, String what, String whatFr) {
    Set<String> codes = new LinkedHashSet<>();
    for (String value : SearchParameters.values(raw)) {
      String code = value.strip().toUpperCase(Locale.ROOT);
      if (!valid.contains(code)) {
        String accepted = String.join(", ", valid);
        throw new InvalidParameterException(
            name,
            value,
            name + " must be " + what + " of the official geography: " + accepted + ".",
            name + " doit être " + whatFr + " du code officiel géographique : " + accepted + ".");
      }
      codes.add(code);
    }
    return codes;
  }

  /** {@code minLon,minLat,maxLon,maxLat}. */
  static VenueQuery.BoundingBox bbox(String name, String raw) {
    String[] parts = raw.strip().split(",");
    String expected =
        " must be minLon,minLat,maxLon,maxLat in degrees, west < east, south < north.";
    String expectedFr =
        " doit valoir minLon,minLat,maxLon,maxLat en degrés, ouest < est, sud < nord.";
    if (parts.length != 4) {
      throw new InvalidParameterException(name, raw, name + expected, name + expectedFr);
    }
    double minLon = SearchParameters.decimal(name, parts[0], -180, 180);
    double minLat = SearchParameters.decimal(name, parts[1], -90, 90);
    double maxLon = SearchParameters.decimal(name, parts[2], -180, 180);
    double maxLat = SearchParameters.decimal(name, parts[3], -90, 90);
    if (minLon >= maxLon || minLat >= maxLat) {
      throw new InvalidParameterException(name, raw, name + expected, name + expectedFr);
    }
    return new VenueQuery.BoundingBox(minLon, minLat, maxLon, maxLat);
  }
}
