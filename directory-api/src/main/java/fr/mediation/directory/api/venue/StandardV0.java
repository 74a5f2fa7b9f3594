package fr.mediation.directory.api.venue;

import fr.mediation.directory.venue.VenueFields;
import fr.mediation.directory.venue.field.StandardLabel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A venue in the shape of the standard before v1 ("schéma des lieux de médiation numérique" 0.1.x),
 * as the national cartography's web component ({@code @gouvfr-anct/cartographie-nationale} 5.22.0,
 * npm) reads it: flat fields, lists joined with {@code ;}, the v0 wordings of services, fees
 * ({@code conditions_acces}), publics ({@code publics_accueillis}), national labels ({@code
 * labels_nationaux}, {@code labels_autres}) and kinds of help, one {@code courriel}, and {@code
 * accessibilite} for the accessibility sheet.
 *
 * <p>The v1 to v0 correspondence is the inverse of the one the import of v0 files uses ({@code
 * formats/standard-v0-csv.yaml} of directory-import), with the v0 values spelled as the component's
 * own enumerations spell them. The component throws the whole file away when one venue fails its
 * checks, so each venue is checked here with the component's own patterns: an optional value that
 * fails is left out, characters of an address that it refuses are replaced by spaces, and a venue
 * whose required fields still fail is left out of the export.
 */
final class StandardV0 {

  /**
   * The v0 columns, in the order of the v0 Table Schema ({@code cle_ban}, the BAN address key, has
   * no v1 field and stays empty).
   */
  static final List<String> COLUMNS =
      List.of(
          "id",
          "pivot",
          "nom",
          "commune",
          "code_postal",
          "code_insee",
          "adresse",
          "complement_adresse",
          "latitude",
          "longitude",
          "cle_ban",
          "typologie",
          "telephone",
          "courriel",
          "site_web",
          "horaires",
          "presentation_resume",
          "presentation_detail",
          "source",
          "structure_parente",
          "date_maj",
          "services",
          "publics_accueillis",
          "conditions_acces",
          "labels_nationaux",
          "labels_autres",
          "modalites_accompagnement",
          "accessibilite",
          "prise_rdv");

  private static final Map<String, List<String>> SERVICES =
      Map.of(
          "Aide aux démarches administratives",
              List.of("Réaliser des démarches administratives avec un accompagnement"),
          "Maîtrise des outils numériques du quotidien",
              List.of("Utiliser le numérique au quotidien"),
          "Insertion professionnelle via le numérique",
              List.of("Favoriser mon insertion professionnelle"),
          "Utilisation sécurisée du numérique", List.of("Promouvoir la citoyenneté numérique"),
          "Parentalité et éducation avec le numérique",
              List.of("Soutenir la parentalité et l'éducation avec le numérique"),
          "Loisirs et créations numériques", List.of("Créer avec le numérique"),
          "Compréhension du monde numérique", List.of("Approfondir ma culture numérique"),
          "Accès internet et matériel informatique",
              List.of("Accéder à une connexion internet", "Accéder à du matériel"),
          "Acquisition de matériel informatique à prix solidaire",
              List.of("S'équiper en matériel informatique"));

  private static final Map<String, String> FEES =
      Map.of(
          "Gratuit", "Gratuit : Je peux accéder gratuitement au lieu et à ses services",
          "Gratuit sous condition",
              "Gratuit sous condition : La gratuité est conditionnée à des critères (situation"
                  + " familiale, convention avec un organisme social...)",
          "Payant", "Payant : L'accès au lieu et/ou à ses services est payant");

  /** Publics and particular needs of v1 to v0's publics_accueillis (others have none). */
  private static final Map<String, String> PUBLICS =
      Map.of(
          "Jeunes", "Jeunes (16-26 ans)",
          "Familles et/ou enfants", "Familles/enfants",
          "Seniors", "Seniors (+ 65 ans)",
          "Femmes", "Uniquement femmes",
          "Surdité", "Surdité",
          "Handicaps mentaux",
              "Handicaps mentaux : déficiences limitant les activités d'une personne",
          "Illettrisme", "Personnes en situation d'illettrisme",
          "Langues étrangères (anglais)", "Public langues étrangères",
          "Langues étrangères (autres)", "Public langues étrangères",
          "Déficience visuelle", "Déficience visuelle");

  /** National schemes and labels of v1 that v0 names; the others go to labels_autres. */
  private static final Map<String, String> LABELS =
      Map.of(
          "Aidants Connect", "Aidants Connect",
          "Conseillers numériques", "CNFS",
          "France Services", "France Services",
          "Grande école du numérique", "Grandes écoles du numérique",
          "Point d'accès numérique CAF", "Point numérique CAF",
          "Fabriques de Territoire", "Fabriques de Territoire");

  private static final Map<String, String> SUPPORT =
      Map.of(
          "En autonomie", "Seul : j'ai accès à du matériel et une connexion",
          "Accompagnement individuel",
              "Avec de l'aide : je suis accompagné seul dans l'usage du numérique",
          "Dans un atelier collectif",
              "Dans un atelier : j'apprends collectivement à utiliser le numérique");

  /** The data·inclusion typologies v0 knows (the component refuses others). */
  private static final Set<String> TYPOLOGIES =
      Set.of(
          "ACI",
          "ACIPHC",
          "AFPA",
          "AI",
          "ASE",
          "ASSO_CHOMEUR",
          "ASSO",
          "Autre",
          "BIB",
          "CAARUD",
          "CADA",
          "CAF",
          "CAP_EMPLOI",
          "CAVA",
          "CC",
          "CCAS",
          "CCONS",
          "CD",
          "CHRS",
          "CHU",
          "CIAS",
          "CIDFF",
          "CITMET",
          "CPH",
          "CS",
          "CSAPA",
          "DEETS",
          "DEPT",
          "DIPLP",
          "E2C",
          "EA",
          "EATT",
          "EI",
          "EITI",
          "EPCI",
          "EPIDE",
          "ESS",
          "ETTI",
          "FAIS",
          "GEIQ",
          "HUDA",
          "MDE",
          "MDEF",
          "MDPH",
          "MDS",
          "MJC",
          "ML",
          "MQ",
          "MSA",
          "MUNI",
          "OACAS",
          "ODC",
          "OF",
          "OIL",
          "OPCS",
          "PAD",
          "PE",
          "PENSION",
          "PIJ_BIJ",
          "PIMMS",
          "PJJ",
          "PLIE",
          "PREF",
          "PREVENTION",
          "REG",
          "RFS",
          "RS_FJT",
          "SCP",
          "SPIP",
          "TIERS_LIEUX",
          "UDAF");

  /**
   * What {@code \s} matches in JavaScript (Unicode spaces and line terminators, U+FEFF included),
   * wider than Java's ASCII {@code \s}: written out wherever the component's patterns say {@code
   * \s}, so that a value is refused here whenever the component would refuse it.
   */
  private static final String JS_SPACE =
      "\\s\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";

  // The component's own checks (its JavaScript patterns, \w and \d being ASCII there as here).
  static final Pattern POSTCODE = Pattern.compile("^\\d{5}$");
  static final Pattern INSEE =
      Pattern.compile("^(?:[013-9]\\d|2[AB1-9])(?:0?\\d{3}|-\\d-\\d{2}-\\d{3})$");
  static final Pattern COMMUNE =
      Pattern.compile(
          "^[A-Za-z\\d\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff\\u0153-\\u0178\\u0152\\-'\\u2019"
              + JS_SPACE
              + "]+$");
  private static final Pattern STREET_CHAR =
      Pattern.compile(
          "[0-9A-Za-z\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff\\u0153-\\u0178\\u0152\\-,()\\xb0.&:+\\u2013|;'\\u2019/"
              + JS_SPACE
              + "]");
  private static final Pattern EMAIL =
      Pattern.compile(
          "^(?:(?:[^<>()\\[\\]\\\\.,;:"
              + JS_SPACE
              + "@\"]+(?:\\.[^<>()\\[\\]\\\\.,;:"
              + JS_SPACE
              + "@\"]+)*)|(?:\".+\"))@"
              + "(?:(?:\\[\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}])"
              + "|(?:(?:[A-Za-z\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff\\-\\d]+\\.)+[a-zA-Z]{2,}))$");
  private static final String PHONE_SEPARATOR = "[" + JS_SPACE + ".-]";
  private static final String SPACE = "[" + JS_SPACE + "]";
  static final Pattern PHONE =
      Pattern.compile(
          "^(?:(?:\\+|00)(?:33|594|262|596|269|687|689|590|508|681)"
              + PHONE_SEPARATOR
              + "{0,3}(?:\\(0\\)"
              + PHONE_SEPARATOR
              + "{0,3})?|0)(?:(?:[1-9](?:"
              + PHONE_SEPARATOR
              + "?\\d{2}){4}|\\d{2}(?:"
              + PHONE_SEPARATOR
              + "\\d{3}){2})|"
              + SPACE
              + "\\d{3}(?:"
              + SPACE
              + "\\d{2}){3})$");
  static final Pattern URL =
      Pattern.compile(
          "^[A-Za-z]{3,9}:(?://)?(?:[;:&=+$,\\w-]+@)?[A-Za-z0-9.-]+"
              + "(?:(?:/[+~,%/.\\w_-]*)?\\??[-+=&;%@.\\w_]*#?[.!/\\\\\\w]*)?$");
  static final Pattern PIVOT = Pattern.compile("^(?:.{14}|W[a-zA-Z0-9]{9})$");

  private StandardV0() {}

  /**
   * The v0 row of {@code venue} (its directory id as {@code id}), columns in {@link #COLUMNS}'
   * order, absent values left out; empty when the component would refuse the venue.
   */
  static Optional<Map<String, String>> row(String id, VenueFields venue) {
    Map<String, String> row = new LinkedHashMap<>();
    String street = street(venue.getAdresse());
    if (isBlank(venue.getNom())
        || venue.getPivot() == null
        || !PIVOT.matcher(venue.getPivot()).matches()
        || venue.getCommune() == null
        || !COMMUNE.matcher(venue.getCommune()).matches()
        || venue.getCodePostal() == null
        || !POSTCODE.matcher(venue.getCodePostal()).matches()
        || street == null
        || venue.getDateMaj() == null) {
      return Optional.empty();
    }
    put(row, "id", id);
    V0Fields.BY_FIELD.forEach(
        (field, v0) -> {
          String text = v0.copied() ? venue.standardText(field) : null;
          if (text != null && (v0.valid() == null || v0.valid().matcher(text).matches())) {
            put(row, v0.column(), text);
          }
        });
    put(row, "adresse", street);
    if (venue.getLatitude() != null && venue.getLongitude() != null) {
      put(row, "latitude", venue.getLatitude().toString());
      put(row, "longitude", venue.getLongitude().toString());
    }
    put(
        row,
        "typologie",
        join(venue.getTypologie().stream().map(StandardLabel::label).filter(TYPOLOGIES::contains)));
    if (venue.getCourriels() != null) {
      String first = venue.getCourriels().split("\\|")[0].strip();
      if (EMAIL.matcher(first).matches()) {
        put(row, "courriel", first);
      }
    }
    if (venue.getSiteWeb() != null) {
      put(row, "site_web", venue.getSiteWeb().replace('|', ';'));
    }
    Set<String> services = new LinkedHashSet<>();
    venue.getServices().forEach(s -> services.addAll(SERVICES.getOrDefault(s.label(), List.of())));
    if (services.isEmpty()) {
      return Optional.empty(); // the component requires at least one service
    }
    put(row, "services", String.join(";", services));
    Set<String> publics = new LinkedHashSet<>();
    venue.getPublicsSpecifiquementAdresses().forEach(p -> add(publics, PUBLICS.get(p.label())));
    venue.getPriseEnChargeSpecifique().forEach(p -> add(publics, PUBLICS.get(p.label())));
    put(row, "publics_accueillis", String.join(";", publics));
    Set<String> fees = new LinkedHashSet<>();
    venue.getFraisACharge().forEach(f -> add(fees, FEES.get(f.label())));
    put(row, "conditions_acces", String.join(";", fees));
    Set<String> labels = new LinkedHashSet<>();
    List<String> others = new ArrayList<>();
    for (StandardLabel label : venue.getDispositifProgrammesNationaux()) {
      labelOf(label, labels, others);
    }
    for (StandardLabel label : venue.getFormationsLabels()) {
      labelOf(label, labels, others);
    }
    if (venue.getAutresFormationsLabels() != null) {
      for (String other : venue.getAutresFormationsLabels().split("\\|")) {
        if (!other.isBlank()) {
          others.add(other.strip().replace(';', ','));
        }
      }
    }
    put(row, "labels_nationaux", String.join(";", labels));
    put(row, "labels_autres", String.join(";", others));
    Set<String> support = new LinkedHashSet<>();
    venue.getModalitesAccompagnement().forEach(m -> add(support, SUPPORT.get(m.label())));
    put(row, "modalites_accompagnement", String.join(";", support));
    Map<String, String> ordered = new LinkedHashMap<>();
    COLUMNS.stream().filter(row::containsKey).forEach(c -> ordered.put(c, row.get(c)));
    return Optional.of(ordered);
  }

  private static void labelOf(StandardLabel label, Set<String> labels, List<String> others) {
    String v0 = LABELS.get(label.label());
    if (v0 != null) {
      labels.add(v0);
    } else {
      others.add(label.label().replace(';', ','));
    }
  }

  /** The street with the characters the component refuses replaced by spaces; null if empty. */
  static String street(String adresse) {
    if (adresse == null) {
      return null;
    }
    StringBuilder kept = new StringBuilder();
    adresse
        .codePoints()
        .forEach(
            c -> {
              String ch = new String(Character.toChars(c));
              kept.append(STREET_CHAR.matcher(ch).matches() ? ch : " ");
            });
    String street = kept.toString().replaceAll("\\s+", " ").strip();
    return street.isEmpty() ? null : street;
  }

  private static String join(java.util.stream.Stream<String> values) {
    return String.join(";", values.toList());
  }

  private static void add(Set<String> values, String value) {
    if (value != null) {
      values.add(value);
    }
  }

  private static void put(Map<String, String> row, String key, String value) {
    if (value != null && !value.isBlank()) {
      row.put(key, value);
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
