package fr.mediation.directory.venue.field;

import java.util.List;
import java.util.Set;

/**
 * The fields of the standard as one list, and typed handles on those that code reads by type:
 * {@code record.get(Fields.NOM)} is a {@link VenueName}. Each field is declared once, by its {@link
 * StandardField} constant; the row model ({@code VenueRecord}), the entity's columns ({@code
 * VenueFields}), the standard's rows and the exports iterate {@link #all()}. A new field needs a
 * handle here only when code reads its value typed.
 */
public final class Fields {

  /** Longest free text kept for {@code presentation_detail}. */
  public static final int MAX_DETAIL_LENGTH = 20_000;

  /** Longest free text kept for the other free-text fields. */
  public static final int MAX_TEXT_LENGTH = 250;

  public static final Field<LocalId> ID = handle(StandardField.ID);
  public static final Field<Pivot> PIVOT = handle(StandardField.PIVOT);
  public static final Field<VenueName> NOM = handle(StandardField.NOM);
  public static final Field<Commune> COMMUNE = handle(StandardField.COMMUNE);
  public static final Field<PostalCode> CODE_POSTAL = handle(StandardField.CODE_POSTAL);
  public static final Field<InseeCode> CODE_INSEE = handle(StandardField.CODE_INSEE);
  public static final Field<Address> ADRESSE = handle(StandardField.ADRESSE);
  public static final Field<String> COMPLEMENT_ADRESSE = handle(StandardField.COMPLEMENT_ADRESSE);
  public static final Field<Coordinates> LATITUDE = handle(StandardField.LATITUDE);
  public static final Field<Coordinates> LONGITUDE = handle(StandardField.LONGITUDE);
  public static final Field<Set<Typology>> TYPOLOGIE = handle(StandardField.TYPOLOGIE);
  public static final Field<PhoneNumber> TELEPHONE = handle(StandardField.TELEPHONE);
  public static final Field<EmailAddresses> COURRIELS = handle(StandardField.COURRIELS);
  public static final Field<WebUrls> SITE_WEB = handle(StandardField.SITE_WEB);
  public static final Field<OpeningHours> HORAIRES = handle(StandardField.HORAIRES);
  public static final Field<Summary> PRESENTATION_RESUME =
      handle(StandardField.PRESENTATION_RESUME);
  public static final Field<String> PRESENTATION_DETAIL = handle(StandardField.PRESENTATION_DETAIL);
  public static final Field<String> SOURCE = handle(StandardField.SOURCE);
  public static final Field<Set<Mobility>> ITINERANCE = handle(StandardField.ITINERANCE);
  public static final Field<String> STRUCTURE_PARENTE = handle(StandardField.STRUCTURE_PARENTE);
  public static final Field<UpdateDate> DATE_MAJ = handle(StandardField.DATE_MAJ);
  public static final Field<Set<Service>> SERVICES = handle(StandardField.SERVICES);
  public static final Field<Set<SpecificPublic>> PUBLICS_SPECIFIQUEMENT_ADRESSES =
      handle(StandardField.PUBLICS_SPECIFIQUEMENT_ADRESSES);
  public static final Field<Set<SpecificSupport>> PRISE_EN_CHARGE_SPECIFIQUE =
      handle(StandardField.PRISE_EN_CHARGE_SPECIFIQUE);
  public static final Field<Set<Fee>> FRAIS_A_CHARGE = handle(StandardField.FRAIS_A_CHARGE);
  public static final Field<Set<NationalProgramme>> DISPOSITIF_PROGRAMMES_NATIONAUX =
      handle(StandardField.DISPOSITIF_PROGRAMMES_NATIONAUX);
  public static final Field<Set<TrainingLabel>> FORMATIONS_LABELS =
      handle(StandardField.FORMATIONS_LABELS);
  public static final Field<String> AUTRES_FORMATIONS_LABELS =
      handle(StandardField.AUTRES_FORMATIONS_LABELS);
  public static final Field<Set<AccessMode>> MODALITES_ACCES =
      handle(StandardField.MODALITES_ACCES);
  public static final Field<Set<SupportMode>> MODALITES_ACCOMPAGNEMENT =
      handle(StandardField.MODALITES_ACCOMPAGNEMENT);
  public static final Field<WebUrl> FICHE_ACCES_LIBRE = handle(StandardField.FICHE_ACCES_LIBRE);
  public static final Field<WebUrl> PRISE_RDV = handle(StandardField.PRISE_RDV);

  /** Every field, in the standard's column order. */
  private static final List<Field<?>> ALL =
      StandardField.inOrder().stream().<Field<?>>map(StandardField::field).toList();

  private Fields() {}

  /**
   * The field of {@code standard} as its declared value type, which the handle's declaration names:
   * {@code FieldRoundTripTest} checks that every handle's type is that of the values its field
   * reads.
   */
  @SuppressWarnings("unchecked")
  private static <T> Field<T> handle(StandardField standard) {
    return (Field<T>) standard.field();
  }

  /** Every field, in the standard's column order. */
  public static List<Field<?>> all() {
    return ALL;
  }

  /** The field of the standard's {@code field}. */
  public static Field<?> of(StandardField field) {
    return field.field();
  }
}
