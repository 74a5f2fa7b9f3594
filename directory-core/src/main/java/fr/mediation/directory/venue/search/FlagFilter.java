package fr.mediation.directory.venue.search;

import fr.mediation.directory.venue.VenueFields;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The yes/no filters, each declared once here: its API parameter and facet ({@link #key()}), the
 * index field that holds it ({@link #indexField()}), how that field is computed from a venue
 * ({@link #holds}, written by {@link FlagFields}), its description in the API's documentation
 * ({@link #description()}) and the checkbox of the citizens' search form when it has one ({@link
 * #formLabel()}). The API reads, accepts and documents the parameter of that name from this
 * registry; the predicate and the facet follow from the index field.
 */
public enum FlagFilter {
  /** The venue has an accessibility sheet (fiche_acces_libre). */
  FICHE_ACCES_LIBRE(
      IndexFields.ACCESS_SHEET,
      venue -> venue.getFicheAccesLibre() != null,
      "`true`: only venues with an accessibility sheet (`fiche_acces_libre`); `false`: only"
          + " without.",
      "avec une fiche d'accessibilité (fauteuil, handicap)"),
  /** The venue takes appointments online (prise_rdv). */
  PRISE_RDV(
      IndexFields.ONLINE_BOOKING,
      venue -> venue.getPriseRdv() != null,
      "`true`: only venues that take appointments online (`prise_rdv`); `false`: only without.",
      null),
  /** The venue's source states that it takes the pass numérique (APTIC cheques). */
  PASS_NUMERIQUE(
      IndexFields.PASS_NUMERIQUE,
      FlagFilter::mentionsPassNumerique,
      "`true`: only venues whose source states they take the pass numérique (APTIC cheques)"
          + " in their presentation or labels.",
      null);

  /** "Pass numérique" (APTIC cheques) as sources write it in their free texts. */
  private static final Pattern PASS_NUMERIQUE_WORDS =
      Pattern.compile("pass(es)?[ -]num[ée]riques?|\\baptic\\b", Pattern.CASE_INSENSITIVE);

  private final String indexField;
  private final Predicate<VenueFields> holds;
  private final String description;
  private final String formLabel;

  FlagFilter(
      String indexField, Predicate<VenueFields> holds, String description, String formLabel) {
    this.indexField = indexField;
    this.holds = holds;
    this.description = description;
    this.formLabel = formLabel;
  }

  /** The API parameter and facet name. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The boolean index field holding the flag of each venue. */
  public String indexField() {
    return indexField;
  }

  /** Whether {@code venue} has the flag: the value indexed in {@link #indexField()}. */
  public boolean holds(VenueFields venue) {
    return holds.test(venue);
  }

  /**
   * The parameter's description in the API's documentation, in English, as the OpenAPI document's
   * other descriptions ({@code `true`}: only venues that..., {@code `false`}: only without).
   */
  public String description() {
    return description;
  }

  /**
   * The text after "N'afficher que les lieux…" of the checkbox of the citizens' search form, in
   * French; {@code null} when the form does not offer this filter.
   */
  public String formLabel() {
    return formLabel;
  }

  private static boolean mentionsPassNumerique(VenueFields venue) {
    for (String text :
        new String[] {
          venue.getAutresFormationsLabels(),
          venue.getPresentationResume(),
          venue.getPresentationDetail()
        }) {
      if (text == null) {
        continue;
      }
      String lower = text.toLowerCase(Locale.ROOT);
      // Both spellings hold one of these words: the pattern runs only on the rare texts that do.
      if ((lower.contains("pass") || lower.contains("aptic"))
          && PASS_NUMERIQUE_WORDS.matcher(lower).find()) {
        return true;
      }
    }
    return false;
  }
}
