package fr.mediation.directory.venue.field;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry of the standard's fields: each declares here, once, how its raw text is read into
 * its value object and written back as text. The row model ({@code VenueRecord}), the entity's
 * columns ({@code VenueFields}), the standard's rows and the exports iterate {@link #all()}; code
 * that needs one field's value reads it typed, e.g. {@code record.get(Fields.NOM)}.
 *
 * <p>To add a field of the standard: its {@link StandardField} constant, its value object and one
 * constant below (declaring it registers it), then a column of the same name (camel case) in {@code
 * VenueFields} with its migration. Tests fail when one of these is missing.
 */
public final class Fields {

  /** Longest free text kept for {@code presentation_detail}. */
  public static final int MAX_DETAIL_LENGTH = 20_000;

  /** Longest free text kept for the other free-text fields. */
  public static final int MAX_TEXT_LENGTH = 250;

  public static final Field<LocalId> ID =
      Field.of(StandardField.ID, (raw, row) -> new LocalId(raw), LocalId::value);
  public static final Field<Pivot> PIVOT =
      Field.of(StandardField.PIVOT, (raw, row) -> new Pivot(raw), Pivot::value)
          .indexed(IndexSpec.keyword())
          .documented("SIRET, RNA or other registry number.", "84288740800016");
  public static final Field<VenueName> NOM =
      Field.of(StandardField.NOM, (raw, row) -> new VenueName(raw), VenueName::value)
          .indexed(IndexSpec.fullText().withProjection().withSortKeyword())
          .documented("Name of the venue.", "Médiathèque Françoise Sagan");
  public static final Field<Commune> COMMUNE =
      Field.of(StandardField.COMMUNE, (raw, row) -> new Commune(raw), Commune::value)
          .indexed(IndexSpec.fullText().withProjection())
          .documented("Commune of the address.", "Paris");
  public static final Field<PostalCode> CODE_POSTAL =
      Field.of(StandardField.CODE_POSTAL, (raw, row) -> new PostalCode(raw), PostalCode::value)
          .indexed(IndexSpec.keyword().withProjection())
          .documented("Postal code, 5 digits.", "75010");
  public static final Field<InseeCode> CODE_INSEE =
      Field.of(StandardField.CODE_INSEE, (raw, row) -> new InseeCode(raw), InseeCode::value)
          .indexed(IndexSpec.keyword().withProjection())
          .documented("INSEE code of the commune.", "75110");
  public static final Field<Address> ADRESSE =
      Field.of(StandardField.ADRESSE, (raw, row) -> new Address(raw), Address::value)
          .indexed(IndexSpec.returned())
          .documented("Street address.", "8 rue Léon Schwartzenberg");
  public static final Field<String> COMPLEMENT_ADRESSE =
      Field.text(StandardField.COMPLEMENT_ADRESSE, MAX_TEXT_LENGTH * 4)
          .indexed(IndexSpec.returned())
          .documented("Floor, building, how to find the entrance.", null);

  /** The position, read from both columns; {@link #LONGITUDE} holds the same value. */
  public static final Field<Coordinates> LATITUDE =
      Field.readingRow(
              StandardField.LATITUDE,
              (raw, row) -> Coordinates.read(raw, row.raw(StandardField.LONGITUDE)),
              c -> Double.toString(c.latitude()),
              Coordinates::latitude,
              Field.Shape.NUMBER)
          .documented("WGS84 latitude.", "48.8763");

  public static final Field<Coordinates> LONGITUDE =
      Field.readingRow(
              StandardField.LONGITUDE,
              (raw, row) -> row.value(LATITUDE),
              c -> Double.toString(c.longitude()),
              Coordinates::longitude,
              Field.Shape.NUMBER)
          .documented("WGS84 longitude.", "2.3574");

  public static final Field<Set<Typology>> TYPOLOGIE =
      Field.labels(StandardField.TYPOLOGIE, Typology.class)
          .indexed(IndexSpec.keyword().withFacets())
          .documented("data·inclusion typology codes.", "BIB|MUNI");

  /** Read with the postal code, which tells an overseas number from a metropolitan one. */
  public static final Field<PhoneNumber> TELEPHONE =
      Field.of(
              StandardField.TELEPHONE,
              (raw, row) -> {
                PostalCode codePostal = row.value(CODE_POSTAL);
                return codePostal == null ? new PhoneNumber(raw) : PhoneNumber.of(raw, codePostal);
              },
              PhoneNumber::value)
          .indexed(IndexSpec.returned())
          .documented("Phone number, E.164.", "+33153244120");

  public static final Field<EmailAddresses> COURRIELS =
      Field.of(
              StandardField.COURRIELS,
              (raw, row) -> EmailAddresses.parse(raw),
              EmailAddresses::joined)
          .documented("Contact e-mail addresses.", null);
  public static final Field<WebUrls> SITE_WEB =
      Field.of(StandardField.SITE_WEB, (raw, row) -> WebUrls.parse(raw), WebUrls::joined)
          .documented("Website and social network URLs.", null);
  public static final Field<OpeningHours> HORAIRES =
      Field.of(StandardField.HORAIRES, (raw, row) -> new OpeningHours(raw), OpeningHours::value)
          .indexed(IndexSpec.returned())
          .documented(
              "Opening hours in the OpenStreetMap opening_hours syntax.",
              "Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00");
  public static final Field<Summary> PRESENTATION_RESUME =
      Field.of(StandardField.PRESENTATION_RESUME, (raw, row) -> new Summary(raw), Summary::value)
          .indexed(IndexSpec.fullText())
          .documented("Short presentation, at most 280 characters.", null);
  public static final Field<String> PRESENTATION_DETAIL =
      Field.text(StandardField.PRESENTATION_DETAIL, MAX_DETAIL_LENGTH)
          .indexed(IndexSpec.fullText())
          .documented("Longer presentation.", null);
  public static final Field<String> SOURCE =
      Field.text(StandardField.SOURCE, MAX_TEXT_LENGTH)
          .documented("Who collected the data (the standard's `source`).", "Hubik");
  public static final Field<Set<Mobility>> ITINERANCE =
      Field.labels(StandardField.ITINERANCE, Mobility.class)
          .indexed(IndexSpec.keyword().withFacets())
          .documented("Fixe and/or Itinérant (mobile venue such as a digital bus).", null);
  public static final Field<String> STRUCTURE_PARENTE =
      Field.text(StandardField.STRUCTURE_PARENTE, MAX_TEXT_LENGTH)
          .documented("Network or organisation the venue belongs to.", null);
  public static final Field<UpdateDate> DATE_MAJ =
      Field.stored(
              StandardField.DATE_MAJ,
              (raw, row) -> UpdateDate.parse(raw),
              d -> d.value().toString(),
              UpdateDate::value,
              Field.Shape.DATE)
          .indexed(IndexSpec.generic().withSort())
          .documented("When the source last updated the venue (YYYY-MM-DD).", "2025-06-01");
  public static final Field<Set<Service>> SERVICES =
      Field.labels(StandardField.SERVICES, Service.class)
          .indexed(IndexSpec.keyword().withFacets().withProjection())
          .documented("Services offered (labels of the standard).", null);
  public static final Field<Set<SpecificPublic>> PUBLICS_SPECIFIQUEMENT_ADRESSES =
      Field.labels(StandardField.PUBLICS_SPECIFIQUEMENT_ADRESSES, SpecificPublic.class)
          .indexed(IndexSpec.keyword().withFacets())
          .documented("Publics the venue is specifically for; absent means everyone.", null);
  public static final Field<Set<SpecificSupport>> PRISE_EN_CHARGE_SPECIFIQUE =
      Field.labels(StandardField.PRISE_EN_CHARGE_SPECIFIQUE, SpecificSupport.class)
          .indexed(IndexSpec.keyword().withFacets())
          .documented("Specific needs the venue can support (deafness, illiteracy...).", null);
  public static final Field<Set<Fee>> FRAIS_A_CHARGE =
      Field.labels(StandardField.FRAIS_A_CHARGE, Fee.class)
          .indexed(IndexSpec.keyword().withFacets().withProjection())
          .documented("Fee conditions.", "Gratuit");
  public static final Field<Set<NationalProgramme>> DISPOSITIF_PROGRAMMES_NATIONAUX =
      Field.labels(StandardField.DISPOSITIF_PROGRAMMES_NATIONAUX, NationalProgramme.class)
          .indexed(IndexSpec.keyword().withFacets())
          .documented("National programmes the venue belongs to.", null);
  public static final Field<Set<TrainingLabel>> FORMATIONS_LABELS =
      Field.labels(StandardField.FORMATIONS_LABELS, TrainingLabel.class)
          .indexed(IndexSpec.keyword().withFacets())
          .documented("Trainings and labels of the standard's list.", null);
  public static final Field<String> AUTRES_FORMATIONS_LABELS =
      Field.text(StandardField.AUTRES_FORMATIONS_LABELS, MAX_TEXT_LENGTH * 4)
          .documented("Other trainings or labels, free text.", null);
  public static final Field<Set<AccessMode>> MODALITES_ACCES =
      Field.labels(StandardField.MODALITES_ACCES, AccessMode.class)
          .indexed(IndexSpec.keyword().withFacets())
          .documented("How to get there: walk in, phone, e-mail, online appointment...", null);
  public static final Field<Set<SupportMode>> MODALITES_ACCOMPAGNEMENT =
      Field.labels(StandardField.MODALITES_ACCOMPAGNEMENT, SupportMode.class)
          .indexed(IndexSpec.keyword().withFacets())
          .documented("Kinds of help: on one's own, individual, workshop, remote.", null);
  public static final Field<WebUrl> FICHE_ACCES_LIBRE =
      url(StandardField.FICHE_ACCES_LIBRE)
          .documented("URL of the venue's accessibility sheet on Acceslibre.", null);
  public static final Field<WebUrl> PRISE_RDV =
      url(StandardField.PRISE_RDV).documented("URL to book an appointment online.", null);

  /**
   * The constants above, in the standard's order: a new constant is registered by being declared.
   */
  private static final List<Field<?>> ALL = declared();

  private static final Map<StandardField, Field<?>> BY_STANDARD = byStandard();

  private Fields() {}

  private static Field<WebUrl> url(StandardField standard) {
    return Field.of(standard, (raw, row) -> new WebUrl(standard, raw), WebUrl::value);
  }

  /** The {@code Field} constants of this class, read once at class loading. */
  private static List<Field<?>> declared() {
    List<Field<?>> fields = new ArrayList<>();
    for (java.lang.reflect.Field constant : Fields.class.getDeclaredFields()) {
      if (constant.getType() == Field.class && Modifier.isStatic(constant.getModifiers())) {
        try {
          fields.add((Field<?>) constant.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    fields.sort(Comparator.comparing(Field::standard));
    return List.copyOf(fields);
  }

  private static Map<StandardField, Field<?>> byStandard() {
    Map<StandardField, Field<?>> map = new EnumMap<>(StandardField.class);
    for (Field<?> field : ALL) {
      if (map.put(field.standard(), field) != null) {
        throw new IllegalStateException("Field registered twice: " + field);
      }
    }
    return map;
  }

  /** Every registered field, in the standard's column order. */
  public static List<Field<?>> all() {
    return ALL;
  }

  /** The registered field of the standard's {@code field}. */
  public static Field<?> of(StandardField field) {
    Field<?> registered = BY_STANDARD.get(field);
    if (registered == null) {
      throw new IllegalStateException("Field of the standard not registered: " + field.key());
    }
    return registered;
  }
}
