package fr.mediation.directory.venue.field;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The 32 fields of the national standard "schéma des lieux de médiation numérique" v1.x, in the
 * standard's column order, with the names used in messages.
 */
public enum StandardField {
  ID("id", "identifier", "identifiant", true),
  PIVOT("pivot", "pivot (SIRET or RNA)", "pivot (SIRET ou RNA)", true),
  NOM("nom", "name", "nom", true),
  COMMUNE("commune", "commune", "commune", true),
  CODE_POSTAL("code_postal", "postal code", "code postal", true),
  CODE_INSEE("code_insee", "INSEE code", "code INSEE", false),
  ADRESSE("adresse", "address", "adresse", true),
  COMPLEMENT_ADRESSE("complement_adresse", "address complement", "complément d'adresse", false),
  LATITUDE("latitude", "latitude", "latitude", false),
  LONGITUDE("longitude", "longitude", "longitude", false),
  TYPOLOGIE("typologie", "typology", "typologie", false),
  TELEPHONE("telephone", "phone number", "téléphone", false),
  COURRIELS("courriels", "e-mail address", "courriel", false),
  SITE_WEB("site_web", "website", "site web", false),
  HORAIRES("horaires", "opening hours", "horaires", false),
  PRESENTATION_RESUME("presentation_resume", "summary", "présentation résumée", false),
  PRESENTATION_DETAIL("presentation_detail", "description", "présentation détaillée", false),
  SOURCE("source", "source", "source", false),
  ITINERANCE("itinerance", "mobility", "itinérance", false),
  STRUCTURE_PARENTE("structure_parente", "parent organisation", "structure parente", false),
  DATE_MAJ("date_maj", "update date", "date de mise à jour", true),
  SERVICES("services", "service", "service", false),
  PUBLICS_SPECIFIQUEMENT_ADRESSES(
      "publics_specifiquement_adresses", "specific public", "public spécifiquement adressé", false),
  PRISE_EN_CHARGE_SPECIFIQUE(
      "prise_en_charge_specifique", "specific support", "prise en charge spécifique", false),
  FRAIS_A_CHARGE("frais_a_charge", "fee condition", "frais à charge", false),
  DISPOSITIF_PROGRAMMES_NATIONAUX(
      "dispositif_programmes_nationaux",
      "national programme",
      "dispositif ou programme national",
      false),
  FORMATIONS_LABELS("formations_labels", "training or label", "formation ou label", false),
  AUTRES_FORMATIONS_LABELS(
      "autres_formations_labels",
      "other trainings or labels",
      "autres formations ou labels",
      false),
  MODALITES_ACCES("modalites_acces", "access mode", "modalité d'accès", false),
  MODALITES_ACCOMPAGNEMENT(
      "modalites_accompagnement", "support mode", "modalité d'accompagnement", false),
  FICHE_ACCES_LIBRE("fiche_acces_libre", "Acceslibre sheet URL", "fiche Acceslibre", false),
  PRISE_RDV("prise_rdv", "appointment URL", "lien de prise de rendez-vous", false);

  private static final List<StandardField> ALL = List.of(values());

  /** The fields holding lists ({@code |}-separated in the standard's CSV). */
  private static final java.util.Set<StandardField> LISTS =
      java.util.EnumSet.of(
          TYPOLOGIE,
          COURRIELS,
          SITE_WEB,
          ITINERANCE,
          SERVICES,
          PUBLICS_SPECIFIQUEMENT_ADRESSES,
          PRISE_EN_CHARGE_SPECIFIQUE,
          FRAIS_A_CHARGE,
          DISPOSITIF_PROGRAMMES_NATIONAUX,
          FORMATIONS_LABELS,
          MODALITES_ACCES,
          MODALITES_ACCOMPAGNEMENT);

  private static final Map<String, StandardField> BY_KEY =
      ALL.stream().collect(Collectors.toUnmodifiableMap(StandardField::key, f -> f));

  private final String key;
  private final String englishName;
  private final String frenchName;
  private final boolean required;

  StandardField(String key, String englishName, String frenchName, boolean required) {
    this.key = key;
    this.englishName = englishName;
    this.frenchName = frenchName;
    this.required = required;
  }

  /** Whether the field holds a list of values ({@code |}-separated in the standard's CSV). */
  public boolean isList() {
    return LISTS.contains(this);
  }

  /** The standard's own column name, e.g. {@code code_postal}. */
  public String key() {
    return key;
  }

  /** The name used in English messages, e.g. "postal code". */
  public String englishName() {
    return englishName;
  }

  /** The name used in French messages, e.g. "code postal". */
  public String frenchName() {
    return frenchName;
  }

  /** Whether the standard requires a value. */
  public boolean required() {
    return required;
  }

  /** All fields in the standard's column order. */
  public static List<StandardField> inOrder() {
    return ALL;
  }

  /** The field whose key is {@code key}, if any. */
  public static Optional<StandardField> byKey(String key) {
    return Optional.ofNullable(key == null ? null : BY_KEY.get(key));
  }
}
