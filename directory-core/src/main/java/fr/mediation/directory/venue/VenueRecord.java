package fr.mediation.directory.venue;

import fr.mediation.directory.venue.field.AccessMode;
import fr.mediation.directory.venue.field.Address;
import fr.mediation.directory.venue.field.Commune;
import fr.mediation.directory.venue.field.Coordinates;
import fr.mediation.directory.venue.field.EmailAddresses;
import fr.mediation.directory.venue.field.Fee;
import fr.mediation.directory.venue.field.Field;
import fr.mediation.directory.venue.field.Fields;
import fr.mediation.directory.venue.field.InseeCode;
import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.LocalId;
import fr.mediation.directory.venue.field.Mobility;
import fr.mediation.directory.venue.field.NationalProgramme;
import fr.mediation.directory.venue.field.OpeningHours;
import fr.mediation.directory.venue.field.PhoneNumber;
import fr.mediation.directory.venue.field.Pivot;
import fr.mediation.directory.venue.field.PostalCode;
import fr.mediation.directory.venue.field.Service;
import fr.mediation.directory.venue.field.SpecificPublic;
import fr.mediation.directory.venue.field.SpecificSupport;
import fr.mediation.directory.venue.field.StandardField;
import fr.mediation.directory.venue.field.Summary;
import fr.mediation.directory.venue.field.SupportMode;
import fr.mediation.directory.venue.field.TrainingLabel;
import fr.mediation.directory.venue.field.Typology;
import fr.mediation.directory.venue.field.UpdateDate;
import fr.mediation.directory.venue.field.VenueName;
import fr.mediation.directory.venue.field.WebUrl;
import fr.mediation.directory.venue.field.WebUrls;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One venue of the national standard, every field validated and normalised by its value object
 * (read through the registry {@link Fields}). Optional fields are {@code null} (single values) or
 * empty (lists). This is the row model every source adapter produces and the import sink consumes.
 *
 * <p>{@code horairesSource}, not a field of the standard, is the hub's own text of hours that could
 * not be read exactly: {@code horaires} then holds only the days read with certainty (or nothing).
 */
public final class VenueRecord {

  /** Longest free text kept for {@code presentation_detail}. */
  public static final int MAX_DETAIL_LENGTH = Fields.MAX_DETAIL_LENGTH;

  /** Longest free text kept for the other free-text fields. */
  public static final int MAX_TEXT_LENGTH = Fields.MAX_TEXT_LENGTH;

  /** Longest hub's text of hours kept (longer: cut, with an ellipsis). */
  public static final int MAX_HOURS_SOURCE_LENGTH = 2000;

  /** Each field's value, indexed by its {@link StandardField#ordinal()}. */
  private final Object[] values;

  private final String horairesSource;

  private VenueRecord(Object[] values, String horairesSource) {
    this.values = values;
    this.horairesSource = horairesSource;
  }

  /**
   * Validates a row of the standard given as text, field by field.
   *
   * @param row the standard's fields and their raw values; absent or blank means empty
   * @throws InvalidRowException with every field error of the row (not only the first)
   */
  public static VenueRecord parse(Map<StandardField, String> row) {
    Object[] values = new Object[StandardField.inOrder().size()];
    List<InvalidFieldException> errors = new ArrayList<>();
    Field.Row reader =
        new Field.Row() {
          @Override
          public String raw(StandardField field) {
            String value = row.get(field);
            return value == null || value.isBlank() ? null : value;
          }

          @Override
          public <V> V value(Field<V> field) {
            return field.cast(values[field.standard().ordinal()]);
          }
        };
    for (Field<?> field : Fields.all()) {
      Object value;
      try {
        value = field.parse(reader);
      } catch (InvalidFieldException e) {
        errors.add(e);
        value = field.empty();
      }
      values[field.standard().ordinal()] = value;
    }
    if (!errors.isEmpty()) {
      throw new InvalidRowException(errors);
    }
    return new VenueRecord(values, null);
  }

  /** The value of {@code field}: {@code null} (or the empty set for labels) when absent. */
  public <T> T get(Field<T> field) {
    return field.cast(values[field.standard().ordinal()]);
  }

  /**
   * The venue as a row of the standard: each field's text form (lists {@code |}-joined); empty
   * fields are absent.
   */
  public Map<StandardField, String> toStandardRow() {
    Map<StandardField, String> row = new EnumMap<>(StandardField.class);
    for (Field<?> field : Fields.all()) {
      String text = textOf(field);
      if (text != null && !text.isBlank()) {
        row.put(field.standard(), text);
      }
    }
    return row;
  }

  private <T> String textOf(Field<T> field) {
    return field.text(get(field));
  }

  /** The same venue in another commune and position (after checking them against the reference). */
  public VenueRecord withPlace(Commune commune, InseeCode codeInsee, Coordinates coordinates) {
    Object[] copy = values.clone();
    copy[StandardField.COMMUNE.ordinal()] = commune;
    copy[StandardField.CODE_INSEE.ordinal()] = codeInsee;
    copy[StandardField.LATITUDE.ordinal()] = coordinates;
    copy[StandardField.LONGITUDE.ordinal()] = coordinates;
    return new VenueRecord(copy, horairesSource);
  }

  /**
   * The same venue whose hours could not be read exactly from the hub's text {@code text}: {@code
   * horaires} keeps only what was read with certainty.
   */
  public VenueRecord withHoursSource(String text) {
    String t = text == null || text.isBlank() ? null : text.strip();
    if (t != null && t.length() > MAX_HOURS_SOURCE_LENGTH) {
      t = t.substring(0, MAX_HOURS_SOURCE_LENGTH - 1) + "…";
    }
    return new VenueRecord(values, t);
  }

  /** The hub's text of hours not read exactly; {@code null} when {@code horaires} says all. */
  public String horairesSource() {
    return horairesSource;
  }

  // Typed shortcuts, kept for the code written before the registry: a new field needs none,
  // {@link #get(Field)} reads it.

  public LocalId id() {
    return get(Fields.ID);
  }

  public Pivot pivot() {
    return get(Fields.PIVOT);
  }

  public VenueName nom() {
    return get(Fields.NOM);
  }

  public Commune commune() {
    return get(Fields.COMMUNE);
  }

  public PostalCode codePostal() {
    return get(Fields.CODE_POSTAL);
  }

  public InseeCode codeInsee() {
    return get(Fields.CODE_INSEE);
  }

  public Address adresse() {
    return get(Fields.ADRESSE);
  }

  /** The position (latitude and longitude together), {@code null} when absent. */
  public Coordinates coordinates() {
    return get(Fields.LATITUDE);
  }

  public PhoneNumber telephone() {
    return get(Fields.TELEPHONE);
  }

  public EmailAddresses courriels() {
    return get(Fields.COURRIELS);
  }

  public WebUrls siteWeb() {
    return get(Fields.SITE_WEB);
  }

  public OpeningHours horaires() {
    return get(Fields.HORAIRES);
  }

  public UpdateDate dateMaj() {
    return get(Fields.DATE_MAJ);
  }

  public String complementAdresse() {
    return get(Fields.COMPLEMENT_ADRESSE);
  }

  public Set<Typology> typologie() {
    return get(Fields.TYPOLOGIE);
  }

  public Summary presentationResume() {
    return get(Fields.PRESENTATION_RESUME);
  }

  public String presentationDetail() {
    return get(Fields.PRESENTATION_DETAIL);
  }

  public String source() {
    return get(Fields.SOURCE);
  }

  public Set<Mobility> itinerance() {
    return get(Fields.ITINERANCE);
  }

  public String structureParente() {
    return get(Fields.STRUCTURE_PARENTE);
  }

  public Set<Service> services() {
    return get(Fields.SERVICES);
  }

  public Set<SpecificPublic> publicsSpecifiquementAdresses() {
    return get(Fields.PUBLICS_SPECIFIQUEMENT_ADRESSES);
  }

  public Set<SpecificSupport> priseEnChargeSpecifique() {
    return get(Fields.PRISE_EN_CHARGE_SPECIFIQUE);
  }

  public Set<Fee> fraisACharge() {
    return get(Fields.FRAIS_A_CHARGE);
  }

  public Set<NationalProgramme> dispositifProgrammesNationaux() {
    return get(Fields.DISPOSITIF_PROGRAMMES_NATIONAUX);
  }

  public Set<TrainingLabel> formationsLabels() {
    return get(Fields.FORMATIONS_LABELS);
  }

  public String autresFormationsLabels() {
    return get(Fields.AUTRES_FORMATIONS_LABELS);
  }

  public Set<AccessMode> modalitesAcces() {
    return get(Fields.MODALITES_ACCES);
  }

  public Set<SupportMode> modalitesAccompagnement() {
    return get(Fields.MODALITES_ACCOMPAGNEMENT);
  }

  public WebUrl ficheAccesLibre() {
    return get(Fields.FICHE_ACCES_LIBRE);
  }

  public WebUrl priseRdv() {
    return get(Fields.PRISE_RDV);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VenueRecord other
        && Arrays.equals(values, other.values)
        && Objects.equals(horairesSource, other.horairesSource);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values) * 31 + Objects.hashCode(horairesSource);
  }

  @Override
  public String toString() {
    return "VenueRecord" + toStandardRow();
  }
}
