package fr.mediation.directory.web.page;

import fr.mediation.directory.geo.PlaceInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where a person searches, from the search box ({@code ou}), a choice among homonyms ({@code insee}
 * with {@code ou}), or "Autour de moi" ({@code lat}, {@code lon}).
 */
sealed interface Where {

  /** A point to search around, and how to name it. */
  record Point(String label, double latitude, double longitude) implements Where {}

  /**
   * Places to choose from: {@code exact} for homonyms or a shared postcode, else the names close to
   * what was written; each choice with the link that searches it.
   */
  record Choose(List<Map<String, String>> choices, boolean exact) implements Where {}

  /** Nothing to search around, with what to tell the person. */
  record Unreadable(String message) implements Where {}

  /** The postcode a choice's label carries: "Saint-Denis (11310, Aude)". */
  java.util.regex.Pattern POSTCODE_IN_BRACKETS = java.util.regex.Pattern.compile("\\((\\d{5})");

  /** The longest place name people write (the API's places lookup has the same bound). */
  int MAX_LENGTH = 100;

  String EXAMPLE =
      " Écrivez le nom d'une commune ou un code postal, par exemple Besançon ou 25000.";

  /**
   * @param link the address that searches a chosen place, given the {@code ou} and {@code insee} to
   *     write
   */
  static Where of(
      String written,
      String insee,
      String lat,
      String lon,
      Function<Map<String, String>, String> link) {
    if (lat != null || lon != null) {
      if (isDecimal(lat) && isDecimal(lon)) {
        double latitude = Double.parseDouble(lat);
        double longitude = Double.parseDouble(lon);
        if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
          return new Point(written != null ? written : "votre position", latitude, longitude);
        }
      }
      if (written == null) {
        return new Unreadable("Position incomplète ou illisible." + EXAMPLE);
      }
    }
    if (written == null && insee == null) {
      return new Unreadable("Écrivez où chercher." + EXAMPLE);
    }
    if (written != null && written.length() > MAX_LENGTH) {
      return new Unreadable(
          "Ce texte est trop long pour un nom de commune ("
              + MAX_LENGTH
              + " caractères au plus)."
              + EXAMPLE);
    }
    PlaceInput.Resolution resolution =
        insee != null
            ? PlaceInput.byInsee(insee, postcodeIn(written))
            : PlaceInput.resolve(written);
    return switch (resolution) {
      case PlaceInput.Found found ->
          new Point(found.place().label(), found.place().latitude(), found.place().longitude());
      case PlaceInput.Choices choices -> {
        List<Map<String, String>> links = new ArrayList<>();
        for (PlaceInput.Place p : choices.places()) {
          String text = choices.exact() ? p.labelWithDepartement() : p.label();
          links.add(
              Map.of(
                  "texte",
                  text,
                  "url",
                  link.apply(Map.of("ou", p.label(), "insee", p.commune().insee()))));
        }
        yield new Choose(links, choices.exact());
      }
      case PlaceInput.Unknown unknown ->
          new Unreadable(
              "Nous ne trouvons pas « " + (written == null ? insee : written) + " »." + EXAMPLE);
    };
  }

  private static String postcodeIn(String written) {
    if (written == null) {
      return null;
    }
    var m = POSTCODE_IN_BRACKETS.matcher(written);
    return m.find() ? m.group(1) : null;
  }

  private static boolean isDecimal(String s) {
    return s != null && s.matches("[-+]?\\d{1,3}(\\.\\d{1,12})?");
  }
}
