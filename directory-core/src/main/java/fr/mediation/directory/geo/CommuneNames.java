package fr.mediation.directory.geo;

import fr.mediation.directory.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Matching keys for commune names, and the normal forms of postcodes and INSEE codes. */
final class CommuneNames {

  private static final Pattern CEDEX = Pattern.compile("\\bcedex\\b.*$");
  private static final Pattern TRAILING_ARTICLE = Pattern.compile("\\((le|la|les|l)\\)\\s*$");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
  private static final Pattern ARRONDISSEMENT =
      Pattern.compile(
          "^(paris|lyon|marseille) ?0?(\\d{1,2}|[ivxl]{1,6}) ?(?:e|eme|er|ere|em|me|ieme)?"
              + "(?: ?(?:arrondissement|arrondissements|arrdt|arrt|ardt|arr))?$");
  private static final Pattern ROMAN = Pattern.compile("[ivxl]+");
  private static final Map<String, String> ABBREVIATIONS =
      Map.of("st", "saint", "ste", "sainte", "sts", "saints", "stes", "saintes");
  private static final List<String> ARTICLES = List.of("le", "la", "les", "l");
  private static final Set<String> COMMON_WORDS =
      Set.of(
          "les", "des", "sur", "sous", "lez", "aux", "saint", "sainte", "saints", "saintes", "pres",
          "entre", "mer", "ville", "bourg", "vieux", "vieille", "grand", "grande", "petit",
          "petite", "haut", "haute", "bas", "basse", "val", "mont");
  private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
  private static final Pattern INSEE = Pattern.compile("\\d{5}|2[AB]\\d{3}");

  private CommuneNames() {}

  /**
   * The key under which a commune name is matched: without case, accents, separators (hyphens,
   * apostrophes, spaces), a leading article (Le, La, Les, L'), a "CEDEX n" suffix; with "St", "Ste"
   * spelt out; and with the arrondissements of Paris, Lyon and Marseille in one form ({@code "Paris
   * 15e Arrondissement"}, {@code "PARIS 15"}, {@code "Paris XV"} all give {@code paris15}). Blank
   * or {@code null} gives an empty key.
   */
  static String key(String name) {
    List<String> tokens = tokens(name);
    if (tokens.isEmpty()) {
      return "";
    }
    String spaced = String.join(" ", tokens);
    Matcher arrondissement = ARRONDISSEMENT.matcher(spaced);
    if (arrondissement.matches()) {
      int number = number(arrondissement.group(2));
      if (number >= 1 && number <= 20) {
        return arrondissement.group(1) + number;
      }
    }
    return String.join("", tokens);
  }

  /**
   * The words of a name as {@link #key(String)} reads them: lower case, no accents, no CEDEX
   * suffix, "St" spelt out, no leading article.
   */
  static List<String> tokens(String name) {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    String text = Folding.fold(name);
    text = CEDEX.matcher(text).replaceFirst("");
    text = TRAILING_ARTICLE.matcher(text).replaceFirst("");
    text = SEPARATORS.matcher(text).replaceAll(" ").strip();
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> tokens = new ArrayList<>();
    for (String token : text.split(" ")) {
      tokens.add(ABBREVIATIONS.getOrDefault(token, token));
    }
    if (tokens.size() > 1 && ARTICLES.contains(tokens.getFirst())) {
      tokens.removeFirst();
    }
    return tokens;
  }

  /** Whether a word of a name says something on its own: not an article, preposition, "saint". */
  static boolean isDistinctive(String token) {
    return token.length() > 2 && !COMMON_WORDS.contains(token);
  }

  private static int number(String digitsOrRoman) {
    if (!ROMAN.matcher(digitsOrRoman).matches()) {
      return Integer.parseInt(digitsOrRoman);
    }
    int total = 0;
    int previous = 0;
    for (int i = digitsOrRoman.length() - 1; i >= 0; i--) {
      int value =
          switch (digitsOrRoman.charAt(i)) {
            case 'i' -> 1;
            case 'v' -> 5;
            case 'x' -> 10;
            default -> 50;
          };
      total += value < previous ? -value : value;
      previous = Math.max(previous, value);
    }
    return total;
  }

  /**
   * A postcode in its normal form: 5 digits, inner spaces removed, a leading zero restored when a
   * spreadsheet dropped it ({@code 1000} gives {@code 01000}); {@code null} when blank or not a
   * postcode.
   */
  static String postcode(String postcode) {
    if (postcode == null) {
      return null;
    }
    String compact = postcode.replaceAll("\\s+", "");
    if (compact.length() == 4 && compact.chars().allMatch(Character::isDigit)) {
      compact = "0" + compact;
    }
    return POSTCODE.matcher(compact).matches() ? compact : null;
  }

  /**
   * An INSEE code in its normal form: upper case, a dropped leading zero restored; {@code null}
   * when blank or not an INSEE code.
   */
  static String insee(String insee) {
    if (insee == null) {
      return null;
    }
    String compact = insee.strip().toUpperCase(Locale.ROOT);
    if (compact.length() == 4 && compact.chars().allMatch(Character::isDigit)) {
      compact = "0" + compact;
    }
    return INSEE.matcher(compact).matches() ? compact : null;
  }

  /**
   * The codes of the départements a postcode's first digits point to: {@code 75015} gives {@code
   * 75}, {@code 20000} gives {@code 2A} and {@code 2B}, {@code 97400} gives {@code 974}.
   */
  static List<String> departementsOf(String postcode) {
    if (postcode == null) {
      return List.of();
    }
    String departement = Departements.codeOf(postcode);
    return switch (departement) {
      case "" -> List.of();
      case "20" -> List.of("2A", "2B");
      default -> List.of(departement);
    };
  }
}
