package fr.mediation.directory.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person wrote in a "commune or postcode" box, once submitted: the place it designates, the
 * places to choose from when it designates several (homonyms, a postcode shared by several
 * communes), or what they may have meant. The type-ahead suggestions are {@link Places}'; this
 * reads a whole answer, including what those suggestions write ("Besançon (25000)").
 */
public final class PlaceInput {

  /** A commune (or arrondissement) to search around, with the postcode that was typed. */
  public record Place(Commune commune, String postcode) {

    /** "Besançon (25000)", or the name alone when the reference gives it no postcode. */
    public String label() {
      return postcode == null ? commune.name() : commune.name() + " (" + postcode + ")";
    }

    /** "Saint-Denis (11300, Aude)": the label with the département's name, for homonyms. */
    public String labelWithDepartement() {
      String departement =
          Departements.get()
              .byCode(commune.departement())
              .map(Departements.Departement::name)
              .orElse(commune.departement());
      return commune.name() + " (" + (postcode == null ? "" : postcode + ", ") + departement + ")";
    }

    public double latitude() {
      return commune.latitude();
    }

    public double longitude() {
      return commune.longitude();
    }
  }

  /** How an input resolved. */
  public sealed interface Resolution {}

  /** One place. */
  public record Found(Place place) implements Resolution {}

  /**
   * Several places: {@code exact} when each is named exactly as written (homonyms, or a postcode's
   * communes), else places whose names are close to what was written.
   */
  public record Choices(List<Place> places, boolean exact) implements Resolution {}

  /** Nothing resembles the input. */
  public record Unknown() implements Resolution {}

  private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
  private static final Pattern INSEE = Pattern.compile("(?i)(\\d{2}|2[ab])\\d{3}");
  private static final Pattern LEADING_POSTCODE = Pattern.compile("^(\\d{5})\\s+(.+)$");
  private static final Pattern TRAILING_POSTCODE =
      Pattern.compile("^(.+?)[\\s,]*\\(?(\\d{5})\\)?$");
  private static final int MAX_CHOICES = 10;

  private PlaceInput() {}

  /** Resolves what was written, using the official commune reference. */
  public static Resolution resolve(String text) {
    if (text == null || text.isBlank()) {
      return new Unknown();
    }
    Communes communes = Communes.get();
    String q = text.strip();
    if (POSTCODE.matcher(q).matches()) {
      List<Place> served =
          communes.byPostcode(q).stream()
              .filter(Commune::hasPosition)
              .map(c -> new Place(c, q))
              .limit(MAX_CHOICES)
              .toList();
      if (!served.isEmpty()) {
        return served.size() == 1 ? new Found(served.getFirst()) : new Choices(served, true);
      }
    }
    if (INSEE.matcher(q).matches()) {
      var byInsee = communes.byInsee(q).map(communes::currentOf).filter(Commune::hasPosition);
      if (byInsee.isPresent()) {
        return new Found(place(byInsee.get(), null));
      }
    }
    String name = q;
    String postcode = null;
    Matcher leading = LEADING_POSTCODE.matcher(q);
    Matcher trailing = TRAILING_POSTCODE.matcher(q);
    if (leading.matches()) {
      postcode = leading.group(1);
      name = leading.group(2);
    } else if (trailing.matches()) {
      name = trailing.group(1);
      postcode = trailing.group(2);
    }
    if (postcode != null) {
      var found = communes.find(postcode, name).filter(Commune::hasPosition);
      if (found.isPresent()) {
        return new Found(place(found.get(), postcode));
      }
    }
    List<Place> named = named(communes, name);
    if (named.size() == 1) {
      return new Found(named.getFirst());
    }
    if (!named.isEmpty()) {
      return new Choices(named, true);
    }
    Map<String, Place> close = new LinkedHashMap<>();
    for (Places.Place p : Places.get().find(name, MAX_CHOICES)) {
      if (p.commune().hasPosition()) {
        close.putIfAbsent(p.commune().insee(), place(p.commune(), p.postcode()));
      }
    }
    return close.isEmpty() ? new Unknown() : new Choices(new ArrayList<>(close.values()), false);
  }

  /** The commune or arrondissement of this INSEE code, as a choice among several designates it. */
  public static Resolution byInsee(String insee, String postcode) {
    Communes communes = Communes.get();
    return communes
        .byInsee(insee)
        .map(communes::currentOf)
        .filter(Commune::hasPosition)
        .<Resolution>map(c -> new Found(place(c, postcode)))
        .orElseGet(Unknown::new);
  }

  /**
   * The current communes and arrondissements named exactly so, the most populated first: all of
   * them (up to 30 homonyms, "Saint-Aubin"), so that a person's commune is always among them.
   */
  private static List<Place> named(Communes communes, String name) {
    return communes.named(name).stream()
        .filter(Commune::isCurrent)
        .filter(Commune::hasPosition)
        .sorted(
            Comparator.comparingInt((Commune c) -> c.population() == null ? 0 : c.population())
                .reversed())
        .map(c -> place(c, null))
        .toList();
  }

  /** A place with the typed postcode when it is the commune's, else its first (main) one. */
  private static Place place(Commune c, String postcode) {
    if (postcode != null && c.postcodes().contains(postcode)) {
      return new Place(c, postcode);
    }
    return new Place(c, c.postcodes().isEmpty() ? null : c.postcodes().getFirst());
  }
}
