package fr.mediation.directory.feed.hours;

import fr.mediation.directory.feed.hours.Token.Kind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an hours text into {@link Token}s: accents and case are dropped, expressions of several
 * words ("après-midi", "une semaine sur deux", "jours fériés") become one token.
 */
final class HoursTokenizer {

  /** Expressions of several words, rewritten as one marker word before cutting. */
  private static final String[][] EXPRESSIONS = {
    {"apres[ -]?midis?|aprem", " §apresmidi "},
    {"jours? feries?|feries?", " §feries "},
    {"(?:\\b(?:uniquement |seulement )?sur )?(?:rendez[ -]?vous|\\brdv\\b)", " §rdv "},
    {"\\b(?:une|1) (?:semaine|sem\\.?) sur (?:deux|2)", " §frequence "},
    {"\\btous les (?:15|quinze) jours", " §frequence "},
    {"\\bsemaines? (?:paires?|impaires?)", " §frequence "},
    {"\\b(?:un|une|1|2|deux) (?:[a-z]+ )?(?:sur (?:deux|2|trois|3)|par mois)", " §frequence "},
    {"\\btous les jours de la semaine", " §jourssemaine "},
    {"\\btous les jours|\\b7 ?j(?:ours)? ?(?:/|sur) ?7|\\b7 ?/ ?7", " §tous "},
    {"\\b(?:en|la|toute la) semaine\\b", " §semaine "},
    {"\\b(?:du|de chaque|chaque) mois\\b", " §mois "},
    {"\\bjusqu ?'? ?(?:a|au)\\b", " a "},
  };

  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<hm>(?<h1>\\d{1,2})\\s?[h:]\\s?(?<m1>\\d{2})(?!\\d)(?!\\s?h))"
              + "|(?<hs>(?<h2>\\d{1,2}) h (?<m2>\\d{2})(?!\\d)(?!\\s?h))"
              + "|(?<h>(?<h3>\\d{1,2})\\s?h(?![a-z]))"
              + "|(?<ord>(?<o>\\d)\\s?(?:er|ere|eme|e|nd|nde)(?![a-z]))"
              + "|(?<num>\\d+)"
              + "|(?<word>§?[a-z]+)"
              + "|(?<dash>[-‐‑‒–—])"
              + "|(?<break>[;.\\n\\r\\t|])"
              + "|(?<other>\\S)");

  private static final Map<String, Integer> DAYS =
      Map.ofEntries(
          Map.entry("lundi", 1),
          Map.entry("lun", 1),
          Map.entry("mardi", 2),
          Map.entry("mar", 2),
          Map.entry("mercredi", 3),
          Map.entry("mer", 3),
          Map.entry("jeudi", 4),
          Map.entry("jeu", 4),
          Map.entry("vendredi", 5),
          Map.entry("ven", 5),
          Map.entry("samedi", 6),
          Map.entry("sam", 6),
          Map.entry("dimanche", 7),
          Map.entry("dim", 7));

  private static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("premier", 1),
          Map.entry("premiere", 1),
          Map.entry("deuxieme", 2),
          Map.entry("second", 2),
          Map.entry("seconde", 2),
          Map.entry("troisieme", 3),
          Map.entry("quatrieme", 4),
          Map.entry("cinquieme", 5),
          Map.entry("dernier", -1),
          Map.entry("derniere", -1));

  private static final Map<String, Kind> WORDS =
      Map.ofEntries(
          Map.entry("§apresmidi", Kind.AFTERNOON),
          Map.entry("§feries", Kind.HOLIDAYS),
          Map.entry("§rdv", Kind.APPOINTMENT),
          Map.entry("§frequence", Kind.FREQUENCY),
          Map.entry("§tous", Kind.ALL_DAYS),
          Map.entry("§semaine", Kind.WEEKDAYS),
          Map.entry("§mois", Kind.MONTH),
          Map.entry("matin", Kind.MORNING),
          Map.entry("matins", Kind.MORNING),
          Map.entry("matinee", Kind.MORNING),
          Map.entry("ferme", Kind.CLOSED),
          Map.entry("fermee", Kind.CLOSED),
          Map.entry("fermes", Kind.CLOSED),
          Map.entry("fermees", Kind.CLOSED),
          Map.entry("fermeture", Kind.CLOSED),
          Map.entry("sauf", Kind.EXCEPT),
          Map.entry("excepte", Kind.EXCEPT),
          Map.entry("hors", Kind.EXCEPT),
          Map.entry("a", Kind.TO),
          Map.entry("au", Kind.TO),
          Map.entry("et", Kind.AND),
          Map.entry("midi", Kind.TIME),
          Map.entry("minuit", Kind.TIME),
          Map.entry("de", Kind.FILLER),
          Map.entry("des", Kind.FILLER),
          Map.entry("du", Kind.FILLER),
          Map.entry("d", Kind.FILLER),
          Map.entry("le", Kind.FILLER),
          Map.entry("les", Kind.FILLER),
          Map.entry("la", Kind.FILLER),
          Map.entry("l", Kind.FILLER),
          Map.entry("h", Kind.FILLER),
          Map.entry("horaire", Kind.FILLER),
          Map.entry("horaires", Kind.FILLER),
          Map.entry("ouvert", Kind.FILLER),
          Map.entry("ouverte", Kind.FILLER),
          Map.entry("ouverture", Kind.FILLER));

  private HoursTokenizer() {}

  /** The text without accents, in lower case, with one space between words. */
  static String normalise(String text) {
    String t =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[\\u00a0\\u202f\\u2007]", " ")
            .replaceAll("[’‘`´]", "'");
    return t.replaceAll("[ \\x0B\\f]+", " ");
  }

  static List<Token> tokens(String text) {
    String t = normalise(text);
    for (String[] e : EXPRESSIONS) {
      t = t.replaceAll(e[0], e[1]);
    }
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(t);
    while (m.find()) {
      String s = m.group();
      if (m.group("hm") != null) {
        tokens.add(time(s, m.group("h1"), m.group("m1")));
      } else if (m.group("hs") != null) {
        tokens.add(time(s, m.group("h2"), m.group("m2")));
      } else if (m.group("h") != null) {
        tokens.add(time(s, m.group("h3"), "00"));
      } else if (m.group("ord") != null) {
        tokens.add(new Token(Kind.ORDINAL, s, Integer.parseInt(m.group("o"))));
      } else if (m.group("num") != null) {
        tokens.add(new Token(Kind.NUMBER, s, s.length() > 4 ? 9999 : Integer.parseInt(s)));
      } else if (m.group("word") != null) {
        tokens.add(word(s));
      } else if (m.group("dash") != null) {
        tokens.add(new Token(Kind.DASH, s, 0));
      } else if (m.group("break") != null) {
        tokens.add(new Token(Kind.BREAK, s, 0));
      } else {
        tokens.add(other(s));
      }
    }
    return tokens;
  }

  private static Token time(String s, String hours, String minutes) {
    int h = Integer.parseInt(hours);
    int min = Integer.parseInt(minutes);
    if (h > 24 || min > 59 || (h == 24 && min > 0)) {
      return new Token(Kind.UNKNOWN, s, 0);
    }
    return new Token(Kind.TIME, s, h * 60 + min);
  }

  private static Token word(String s) {
    Integer day = DAYS.get(s.endsWith("s") && s.length() > 4 ? s.substring(0, s.length() - 1) : s);
    if (day != null) {
      return new Token(Kind.DAY, s, day);
    }
    Integer ordinal = ORDINALS.get(s);
    if (ordinal != null) {
      return new Token(Kind.ORDINAL, s, ordinal);
    }
    Kind kind = WORDS.getOrDefault(s, Kind.UNKNOWN);
    int value =
        switch (s) {
          case "midi" -> 12 * 60;
          case "minuit" -> 24 * 60;
          default -> 0;
        };
    return new Token(kind, s, value);
  }

  private static Token other(String s) {
    Kind kind =
        switch (s) {
          case "/" -> Kind.SLASH;
          case ",", "+" -> Kind.COMMA;
          case ":" -> Kind.COLON;
          case "&" -> Kind.AND;
          case "(", ")", "\"", "'", "*" -> Kind.FILLER;
          default -> Kind.UNKNOWN;
        };
    return new Token(kind, s, 0);
  }
}
