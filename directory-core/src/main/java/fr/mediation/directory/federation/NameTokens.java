package fr.mediation.directory.federation;

import fr.mediation.directory.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names and addresses as comparable tokens: lower case, no accents, abbreviations spelt out ("st"
 * saint, "av" avenue, "msap" maison services au public, "csc" centre socioculturel, "bureau de
 * poste" la poste...), dotted acronyms joined ("C.A.S.S.P.A."), words that say little about which
 * venue it is ("de", "la", "espace", "mairie", "médiathèque") weighed less.
 */
final class NameTokens {

  private static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("st", "saint"),
          Map.entry("ste", "sainte"),
          Map.entry("av", "avenue"),
          Map.entry("ave", "avenue"),
          Map.entry("bd", "boulevard"),
          Map.entry("bld", "boulevard"),
          Map.entry("pl", "place"),
          Map.entry("r", "rue"),
          Map.entry("rte", "route"),
          Map.entry("che", "chemin"),
          Map.entry("chem", "chemin"),
          Map.entry("imp", "impasse"),
          Map.entry("all", "allee"),
          Map.entry("crs", "cours"),
          Map.entry("fg", "faubourg"),
          Map.entry("sq", "square"),
          Map.entry("msap", "franceservices"),
          Map.entry("mfs", "franceservices"),
          Map.entry("fs", "franceservices"),
          Map.entry("cias", "ccas"),
          // Acronyms of kinds of venues, as hubs write them, spelt out as the other hubs do.
          Map.entry("csc", "centre socioculturel"),
          Map.entry("csci", "centre socioculturel intercommunal"),
          Map.entry("mjc", "maison jeunes culture"),
          Map.entry("pij", "point information jeunesse"),
          Map.entry("cdc", "communaute communes"),
          Map.entry("epci", "communaute communes"),
          Map.entry("bm", "bibliotheque municipale"),
          Map.entry("poste", "laposte"));

  /** Words of little weight: articles, and the generic kinds of venues every town has. */
  private static final Set<String> GENERIC =
      Set.of(
          "de",
          "du",
          "des",
          "la",
          "le",
          "les",
          "l",
          "d",
          "et",
          "a",
          "au",
          "aux",
          "en",
          "sur",
          "sous",
          "espace",
          "maison",
          "mairie",
          "ville",
          "commune",
          "mediatheque",
          "bibliotheque",
          "centre",
          "social",
          "socioculturel",
          "culturel",
          "point",
          "numerique",
          "numeriques",
          "public",
          "publique",
          "publics",
          "cyber",
          "base",
          "cyberbase",
          "association",
          "asso",
          "services",
          "service",
          "franceservices",
          "france",
          "epn",
          "tiers",
          "lieu",
          "lieux",
          "communal",
          "communale",
          "intercommunal",
          "intercommunale",
          "municipal",
          "municipale",
          "agence",
          "accueil",
          "antenne",
          "relais",
          "site",
          "local",
          "quartier",
          "pole",
          "jeunes",
          "jeunesse",
          "information");

  private static final Pattern DOTTED_ACRONYM =
      Pattern.compile("\\b(?:[a-z0-9]\\.){2,}(?:[a-z0-9]\\b)?");
  private static final Pattern SOCIO = Pattern.compile("\\bsocio[\\s-]+(?=culturel|educati)");

  private static final Set<String> STREET_WORDS =
      Set.of(
          "rue",
          "avenue",
          "boulevard",
          "place",
          "route",
          "chemin",
          "impasse",
          "allee",
          "cours",
          "faubourg",
          "square",
          "quai",
          "bis",
          "ter",
          "lieu",
          "dit",
          "bp",
          "cs",
          "cedex");

  private NameTokens() {}

  // Compiled once: a grouping reads the names and addresses of hundreds of thousands of listings.
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern HOUSE_NUMBER = Pattern.compile("\\d{1,4}");
  private static final Pattern NUMBER_SUFFIX = Pattern.compile("bis|ter|quater|[a-d]");

  /**
   * The words of a {@link Folding#fold folded} text: its runs of letters and digits ({@code
   * [a-z0-9]}).
   */
  static List<String> words(String folded) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      if (i < folded.length() && isWordCharacter(folded.charAt(i))) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        words.add(folded.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  /** A character of the {@link #words}: {@code [a-z0-9]}. */
  private static boolean isWordCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** Lower case, no accents, letters and digits in words; "France Services" as one word. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    String plain =
        Folding.fold(text)
            // The longer names first: "maison france services" contains "france services".
            .replace("maison france services", "franceservices")
            .replace("france services", "franceservices")
            .replace("maison de services au public", "franceservices")
            .replace("maison des services au public", "franceservices")
            .replace("bureau de poste", "laposte")
            .replace("la poste", "laposte");
    // "C.A.S.S.P.A." is "casspa"; "socio-culturel" and "socio culturel" are "socioculturel".
    // (Each expression is run only on the texts it can change: most have neither.)
    if (plain.indexOf('.') >= 0) {
      plain = DOTTED_ACRONYM.matcher(plain).replaceAll(m -> m.group().replace(".", ""));
    }
    if (plain.contains("socio")) {
      plain = SOCIO.matcher(plain).replaceAll("socio");
    }
    for (String word : words(plain)) {
      String spelt = ABBREVIATIONS.get(word);
      if (spelt == null) {
        tokens.add(word);
      } else {
        tokens.addAll(List.of(spelt.split(" ")));
      }
    }
    return tokens;
  }

  /** The weight of a name's token: generic words count a fifth of distinctive ones. */
  static double weight(String token) {
    return GENERIC.contains(token) ? 0.2 : 1.0;
  }

  /** The house number of an address ("12 bis rue..." gives "12bis"), or null. */
  static String houseNumber(String address) {
    return houseNumber(tokens(address));
  }

  /** The house number of an address read as {@link #tokens}, or null. */
  static String houseNumber(List<String> t) {
    for (int i = 0; i < t.size(); i++) {
      if (HOUSE_NUMBER.matcher(t.get(i)).matches()) {
        String suffix =
            i + 1 < t.size() && NUMBER_SUFFIX.matcher(t.get(i + 1)).matches() ? t.get(i + 1) : "";
        return t.get(i) + suffix;
      }
    }
    return null;
  }

  /** The words of an address that name its street (no number, no street kind). */
  static List<String> streetWords(String address) {
    return streetWords(tokens(address));
  }

  /** The words of an address read as {@link #tokens} that name its street. */
  static List<String> streetWords(List<String> tokens) {
    List<String> words = new ArrayList<>();
    for (String token : tokens) {
      if (!DIGITS.matcher(token).matches()
          && !STREET_WORDS.contains(token)
          && !GENERIC.contains(token)) {
        words.add(token);
      }
    }
    return words;
  }
}
