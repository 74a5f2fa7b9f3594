package fr.mediation.directory.federation;

import fr.mediation.directory.text.Folding;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of service a venue's name says it is: a France Services (and its former names), a
 * library, a public digital space, a town hall, a social centre... Two venues at one address are
 * the same place when they are the same kind of service, and two places when they are different
 * kinds (the town hall and the library it hosts).
 */
enum VenueKinds {
  FRANCE_SERVICES(
      "france service|services",
      "franceservice|franceservices",
      "msap",
      "mfs",
      "rsp",
      "maison|maisons de|des service|services",
      "relais de| service|services public|publics"),
  LIBRARY("mediatheque", "bibliotheque", "bib", "ludotheque", "bm"),
  DIGITAL_SPACE(
      "epn",
      "cyber base",
      "cyberbase",
      "cyber",
      "espace public| numerique|multimedia",
      "point numerique",
      "espace informatique"),
  TOWN_HALL("mairie", "hotel de ville", "relais mairie"),
  SOCIAL_CENTRE(
      "centre social",
      "centres sociaux",
      "ccas",
      "cias",
      "maison de quartier",
      "mjc",
      "maison des jeunes et de la culture",
      "centre socio culturel",
      "centre socioculturel",
      "espace de vie sociale",
      "evs"),
  EMPLOYMENT("mission locale", "pole emploi", "france travail"),
  YOUTH("pij", "bij", "point information jeunesse"),
  FAMILY_ALLOWANCES("point relais caf", "caf"),
  INTERCOMMUNALITY("communaute de communes", "communaute d agglomeration", "cc"),
  /** A fablab or makerspace: not the public digital space next door. */
  FABLAB("fab lab", "fablab", "makerspace", "repair cafe", "repaircafe");

  /**
   * The phrases naming each kind, by their first word: a name's words are looked up one by one,
   * where a regular expression per kind scanned every name ten times, character by character, for
   * every listing of every grouping.
   */
  private static final Map<String, List<Phrase>> BY_FIRST_WORD = new HashMap<>();

  private static final Set<String> MOBILE =
      Set.of("mobile", "itinerant", "itinerante", "bus", "camion", "caravane");

  /** A phrase of whole words naming {@code kind}. */
  private record Phrase(VenueKinds kind, String[] words) {}

  static {
    for (VenueKinds kind : values()) {
      for (String phrase : kind.phrases) {
        for (List<String> words : spelt(phrase)) {
          BY_FIRST_WORD
              .computeIfAbsent(words.get(0), w -> new ArrayList<>())
              .add(new Phrase(kind, words.toArray(String[]::new)));
        }
      }
    }
  }

  /**
   * The phrases naming the kind, as {@link #words} reads names: words separated by a space, each
   * word's spellings separated by {@code |}; an empty spelling makes the word optional ({@code
   * "espace public| numerique"} is "espace numerique" and "espace public numerique").
   */
  private final String[] phrases;

  VenueKinds(String... phrases) {
    this.phrases = phrases;
  }

  /** Every sequence of words {@code phrase} spells. */
  private static List<List<String>> spelt(String phrase) {
    List<List<String>> spelt = List.of(List.of());
    for (String slot : phrase.split(" ")) {
      List<List<String>> longer = new ArrayList<>();
      for (List<String> start : spelt) {
        for (String spelling : slot.split("\\|", -1)) {
          List<String> words = new ArrayList<>(start);
          if (!spelling.isEmpty()) {
            words.add(spelling);
          }
          longer.add(words);
        }
      }
      spelt = longer;
    }
    return spelt;
  }

  /** The kinds the words of a name ({@link #words}) name: those of the phrases among them. */
  static Set<VenueKinds> of(List<String> words) {
    Set<VenueKinds> kinds = EnumSet.noneOf(VenueKinds.class);
    for (int i = 0; i < words.size(); i++) {
      List<Phrase> starting = BY_FIRST_WORD.get(words.get(i));
      if (starting != null) {
        for (Phrase phrase : starting) {
          if (!kinds.contains(phrase.kind()) && startsAt(phrase.words(), words, i)) {
            kinds.add(phrase.kind());
          }
        }
      }
    }
    return kinds;
  }

  private static boolean startsAt(String[] phrase, List<String> words, int at) {
    if (at + phrase.length > words.size()) {
      return false;
    }
    for (int k = 1; k < phrase.length; k++) {
      if (!phrase[k].equals(words.get(at + k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the words of a name ({@link #words}) say the venue moves (a bus, a mobile EPN). */
  static boolean mobile(List<String> words) {
    for (String word : words) {
      if (MOBILE.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** A name's words as the phrases read them: lower case, no accents, letters and digits. */
  static List<String> words(String name) {
    return name == null ? List.of() : NameTokens.words(Folding.fold(name));
  }
}
