package fr.mediation.directory.federation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kinds of service a venue's name says it is: a France Services (and its former names), a
 * library, a public digital space, a town hall, a social centre... Two venues at one address are
 * the same place when they are the same kind of service, and two places when they are different
 * kinds (the town hall and the library it hosts).
 */
enum VenueKinds {
  FRANCE_SERVICES,
  LIBRARY,
  DIGITAL_SPACE,
  TOWN_HALL,
  SOCIAL_CENTRE,
  EMPLOYMENT,
  YOUTH,
  FAMILY_ALLOWANCES,
  INTERCOMMUNALITY,
  /** A fablab or makerspace: not the public digital space next door. */
  FABLAB;

  private static final Map<VenueKinds, Pattern> PATTERNS =
      Map.of(
          FRANCE_SERVICES,
          Pattern.compile(
              "\\b(france ?services?|msap|mfs|rsp|maisons? (de|des) services?( au public)?"
                  + "|relais (de )?services? publics?|espace france services?)\\b"),
          LIBRARY,
          Pattern.compile("\\b(mediatheque|bibliotheque|bib|ludotheque|bm)\\b"),
          DIGITAL_SPACE,
          Pattern.compile(
              "\\b(epn|cyber ?base|cyber|espace (public )?(numerique|multimedia)|point numerique"
                  + "|espace informatique)\\b"),
          FABLAB,
          Pattern.compile("\\b(fab ?lab|makerspace|repair ?cafe)\\b"),
          TOWN_HALL,
          Pattern.compile("\\b(mairie|hotel de ville|relais mairie)\\b"),
          SOCIAL_CENTRE,
          Pattern.compile(
              "\\b(centre social|centres sociaux|ccas|cias|maison de quartier|mjc"
                  + "|maison des jeunes et de la culture"
                  + "|centre socio ?culturel|espace de vie sociale|evs)\\b"),
          EMPLOYMENT,
          Pattern.compile("\\b(mission locale|pole emploi|france travail)\\b"),
          YOUTH,
          Pattern.compile("\\b(pij|bij|point information jeunesse)\\b"),
          FAMILY_ALLOWANCES,
          Pattern.compile("\\b(point relais caf|caf)\\b"),
          INTERCOMMUNALITY,
          Pattern.compile("\\b(communaute de communes|communaute d agglomeration|cc)\\b"));

  private static final Pattern MOBILE =
      Pattern.compile("\\b(mobile|itinerante?|bus|camion|caravane)\\b");

  /** The kinds a name read as {@link #plain} names. */
  static Set<VenueKinds> ofPlain(String text) {
    Set<VenueKinds> kinds = EnumSet.noneOf(VenueKinds.class);
    PATTERNS.forEach(
        (kind, pattern) -> {
          if (pattern.matcher(text).find()) {
            kinds.add(kind);
          }
        });
    return kinds;
  }

  /** Whether a name read as {@link #plain} says the venue moves (a bus, a mobile EPN). */
  static boolean mobilePlain(String text) {
    return MOBILE.matcher(text).find();
  }

  /** Lower case, no accents, words of letters and digits separated by one space. */
  static String plain(String name) {
    return name == null ? "" : NameTokens.spaced(NameTokens.folded(name));
  }
}
