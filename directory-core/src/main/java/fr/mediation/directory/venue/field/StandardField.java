package fr.mediation.directory.venue.field;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 32 fields of the national standard "schéma des lieux de médiation numérique" v1.x, in the
 * standard's column order, each declared once here: its key, its names in messages, whether the
 * standard requires it, and its {@link Field}: how its raw text becomes its value object, its text
 * in the standard's files, what its database column holds, its index for search, its description in
 * the API and its place in the v0 export. Everything else iterates {@link Fields#all()}; code that
 * reads one field's value typed uses {@link Fields}' handles ({@code record.get(Fields.NOM)}).
 *
 * <p>To add a field of the standard: its constant here, then its column of the same name (camel
 * case) in {@code VenueFields} with its migration. Tests fail when one of these is missing.
 *
 * <p>Over 400 lines because it is the registry's table: one declaration of about ten lines for each
 * of the standard's 32 fields, and no logic beyond looking them up.
 */
public enum StandardField {
  ID(
      "id",
      "identifier",
      "identifiant",
      true,
      f -> Field.of(f, (raw, row) -> new LocalId(raw), LocalId::value).v0Reworded("id")),
  PIVOT(
      "pivot",
      "pivot (SIRET or RNA)",
      "pivot (SIRET ou RNA)",
      true,
      f ->
          Field.of(f, (raw, row) -> new Pivot(raw), Pivot::value)
              .indexed(IndexSpec.keyword())
              .documented("SIRET, RNA or other registry number.", "84288740800016")
              .v0("pivot")),
  NOM(
      "nom",
      "name",
      "nom",
      true,
      f ->
          Field.of(f, (raw, row) -> new VenueName(raw), VenueName::value)
              .indexed(IndexSpec.fullText().withProjection().withSortKeyword())
              .documented("Name of the venue.", "Médiathèque Françoise Sagan")
              .v0("nom")),
  COMMUNE(
      "commune",
      "commune",
      "commune",
      true,
      f ->
          Field.of(f, (raw, row) -> new Commune(raw), Commune::value)
              .indexed(IndexSpec.fullText().withProjection())
              .documented("Commune of the address.", "Paris")
              .v0("commune")),
  CODE_POSTAL(
      "code_postal",
      "postal code",
      "code postal",
      true,
      f ->
          Field.of(f, (raw, row) -> new PostalCode(raw), PostalCode::value)
              .indexed(IndexSpec.keyword().withProjection())
              .documented("Postal code, 5 digits.", "75010")
              .v0("code_postal")),
  CODE_INSEE(
      "code_insee",
      "INSEE code",
      "code INSEE",
      false,
      f ->
          Field.of(f, (raw, row) -> new InseeCode(raw), InseeCode::value)
              .indexed(IndexSpec.keyword().withProjection())
              .documented("INSEE code of the commune.", "75110")
              .v0("code_insee")),
  ADRESSE(
      "adresse",
      "address",
      "adresse",
      true,
      f ->
          Field.of(f, (raw, row) -> new Address(raw), Address::value)
              .indexed(IndexSpec.returned())
              .documented("Street address.", "8 rue Léon Schwartzenberg")
              .v0Reworded("adresse")),
  COMPLEMENT_ADRESSE(
      "complement_adresse",
      "address complement",
      "complément d'adresse",
      false,
      f ->
          Field.text(f, Fields.MAX_TEXT_LENGTH * 4)
              .indexed(IndexSpec.returned())
              .documented("Floor, building, how to find the entrance.", null)
              .v0("complement_adresse")),
  /** The position, read from both columns; {@link #LONGITUDE} holds the same value. */
  LATITUDE(
      "latitude",
      "latitude",
      "latitude",
      false,
      f ->
          Field.readingRow(
                  f,
                  Coordinates::read,
                  c -> Double.toString(c.latitude()),
                  Coordinates::latitude,
                  Field.Shape.NUMBER)
              .documented("WGS84 latitude.", "48.8763")
              .v0Reworded("latitude")),
  LONGITUDE(
      "longitude",
      "longitude",
      "longitude",
      false,
      f ->
          Field.readingRow(
                  f,
                  (raw, row) -> row.value(Fields.LATITUDE),
                  c -> Double.toString(c.longitude()),
                  Coordinates::longitude,
                  Field.Shape.NUMBER)
              .documented("WGS84 longitude.", "2.3574")
              .v0Reworded("longitude")),
  TYPOLOGIE(
      "typologie",
      "typology",
      "typologie",
      false,
      f ->
          Field.labels(f, Typology.class)
              .indexed(IndexSpec.keyword().withFacets())
              .documented("data·inclusion typology codes.", "BIB|MUNI")
              .v0Reworded("typologie")),
  /** Read with the postal code, which tells an overseas number from a metropolitan one. */
  TELEPHONE(
      "telephone",
      "phone number",
      "téléphone",
      false,
      f ->
          Field.of(
                  f,
                  (raw, row) -> {
                    PostalCode codePostal = row.value(Fields.CODE_POSTAL);
                    return codePostal == null
                        ? new PhoneNumber(raw)
                        : PhoneNumber.of(raw, codePostal);
                  },
                  PhoneNumber::value)
              .indexed(IndexSpec.returned())
              .documented("Phone number, E.164.", "+33153244120")
              .v0("telephone")),
  COURRIELS(
      "courriels",
      "e-mail address",
      "courriel",
      false,
      f ->
          Field.list(f, (raw, row) -> EmailAddresses.parse(raw), EmailAddresses::joined)
              .documented("Contact e-mail addresses.", null)
              .v0Reworded("courriel")),
  SITE_WEB(
      "site_web",
      "website",
      "site web",
      false,
      f ->
          Field.list(f, (raw, row) -> WebUrls.parse(raw), WebUrls::joined)
              .documented("Website and social network URLs.", null)
              .v0Reworded("site_web")),
  HORAIRES(
      "horaires",
      "opening hours",
      "horaires",
      false,
      f ->
          Field.of(f, (raw, row) -> new OpeningHours(raw), OpeningHours::value)
              .indexed(IndexSpec.returned())
              .documented(
                  "Opening hours in the OpenStreetMap opening_hours syntax.",
                  "Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00")
              .v0("horaires")),
  PRESENTATION_RESUME(
      "presentation_resume",
      "summary",
      "présentation résumée",
      false,
      f ->
          Field.of(f, (raw, row) -> new Summary(raw), Summary::value)
              .indexed(IndexSpec.fullText())
              .documented("Short presentation, at most 280 characters.", null)
              .v0("presentation_resume")),
  PRESENTATION_DETAIL(
      "presentation_detail",
      "description",
      "présentation détaillée",
      false,
      f ->
          Field.text(f, Fields.MAX_DETAIL_LENGTH)
              .indexed(IndexSpec.fullText())
              .documented("Longer presentation.", null)
              .v0("presentation_detail")),
  SOURCE(
      "source",
      "source",
      "source",
      false,
      f ->
          Field.text(f, Fields.MAX_TEXT_LENGTH)
              .documented("Who collected the data (the standard's `source`).", "Hubik")
              .v0("source")),
  ITINERANCE(
      "itinerance",
      "mobility",
      "itinérance",
      false,
      f ->
          Field.labels(f, Mobility.class)
              .indexed(IndexSpec.keyword().withFacets())
              .documented("Fixe and/or Itinérant (mobile venue such as a digital bus).", null)
              .notInV0()),
  STRUCTURE_PARENTE(
      "structure_parente",
      "parent organisation",
      "structure parente",
      false,
      f ->
          Field.text(f, Fields.MAX_TEXT_LENGTH)
              .documented("Network or organisation the venue belongs to.", null)
              .v0("structure_parente")),
  DATE_MAJ(
      "date_maj",
      "update date",
      "date de mise à jour",
      true,
      f ->
          Field.stored(
                  f,
                  (raw, row) -> UpdateDate.parse(raw),
                  d -> d.value().toString(),
                  UpdateDate::value,
                  Field.Shape.DATE)
              .indexed(IndexSpec.generic().withSort())
              .documented("When the source last updated the venue (YYYY-MM-DD).", "2025-06-01")
              .v0("date_maj")),
  SERVICES(
      "services",
      "service",
      "service",
      false,
      f ->
          Field.labels(f, Service.class)
              .indexed(IndexSpec.keyword().withFacets().withProjection())
              .documented("Services offered (labels of the standard).", null)
              .v0Reworded("services")),
  PUBLICS_SPECIFIQUEMENT_ADRESSES(
      "publics_specifiquement_adresses",
      "specific public",
      "public spécifiquement adressé",
      false,
      f ->
          Field.labels(f, SpecificPublic.class)
              .indexed(IndexSpec.keyword().withFacets())
              .documented("Publics the venue is specifically for; absent means everyone.", null)
              .v0Reworded("publics_accueillis")),
  PRISE_EN_CHARGE_SPECIFIQUE(
      "prise_en_charge_specifique",
      "specific support",
      "prise en charge spécifique",
      false,
      f ->
          Field.labels(f, SpecificSupport.class)
              .indexed(IndexSpec.keyword().withFacets())
              .documented("Specific needs the venue can support (deafness, illiteracy...).", null)
              .v0Reworded("publics_accueillis")),
  FRAIS_A_CHARGE(
      "frais_a_charge",
      "fee condition",
      "frais à charge",
      false,
      f ->
          Field.labels(f, Fee.class)
              .indexed(IndexSpec.keyword().withFacets().withProjection())
              .documented("Fee conditions.", "Gratuit")
              .v0Reworded("conditions_acces")),
  DISPOSITIF_PROGRAMMES_NATIONAUX(
      "dispositif_programmes_nationaux",
      "national programme",
      "dispositif ou programme national",
      false,
      f ->
          Field.labels(f, NationalProgramme.class)
              .indexed(IndexSpec.keyword().withFacets())
              .documented("National programmes the venue belongs to.", null)
              .v0Reworded("labels_nationaux")),
  FORMATIONS_LABELS(
      "formations_labels",
      "training or label",
      "formation ou label",
      false,
      f ->
          Field.labels(f, TrainingLabel.class)
              .indexed(IndexSpec.keyword().withFacets())
              .documented("Trainings and labels of the standard's list.", null)
              .v0Reworded("labels_nationaux")),
  AUTRES_FORMATIONS_LABELS(
      "autres_formations_labels",
      "other trainings or labels",
      "autres formations ou labels",
      false,
      f ->
          Field.text(f, Fields.MAX_TEXT_LENGTH * 4)
              .documented("Other trainings or labels, free text.", null)
              .v0Reworded("labels_autres")),
  MODALITES_ACCES(
      "modalites_acces",
      "access mode",
      "modalité d'accès",
      false,
      f ->
          Field.labels(f, AccessMode.class)
              .indexed(IndexSpec.keyword().withFacets())
              .documented("How to get there: walk in, phone, e-mail, online appointment...", null)
              .notInV0()),
  MODALITES_ACCOMPAGNEMENT(
      "modalites_accompagnement",
      "support mode",
      "modalité d'accompagnement",
      false,
      f ->
          Field.labels(f, SupportMode.class)
              .indexed(IndexSpec.keyword().withFacets())
              .documented("Kinds of help: on one's own, individual, workshop, remote.", null)
              .v0Reworded("modalites_accompagnement")),
  FICHE_ACCES_LIBRE(
      "fiche_acces_libre",
      "Acceslibre sheet URL",
      "fiche Acceslibre",
      false,
      f ->
          Field.url(f)
              .documented("URL of the venue's accessibility sheet on Acceslibre.", null)
              .v0("accessibilite")),
  PRISE_RDV(
      "prise_rdv",
      "appointment URL",
      "lien de prise de rendez-vous",
      false,
      f -> Field.url(f).documented("URL to book an appointment online.", null).v0("prise_rdv"));

  private static final List<StandardField> ALL = List.of(values());

  private static final Map<String, StandardField> BY_KEY =
      ALL.stream().collect(Collectors.toUnmodifiableMap(StandardField::key, f -> f));

  private final String key;
  private final String englishName;
  private final String frenchName;
  private final boolean required;
  private final Field<?> field;

  StandardField(
      String key,
      String englishName,
      String frenchName,
      boolean required,
      Function<StandardField, Field<?>> field) {
    this.key = key;
    this.englishName = englishName;
    this.frenchName = frenchName;
    this.required = required;
    this.field = field.apply(this);
  }

  /** Whether the field holds a list of values ({@code |}-separated in the standard's CSV). */
  public boolean isList() {
    return field.shape() == Field.Shape.LIST;
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

  /** How the field is read, written, stored, indexed and documented. */
  public Field<?> field() {
    return field;
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
