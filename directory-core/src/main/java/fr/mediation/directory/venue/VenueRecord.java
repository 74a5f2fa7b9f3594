package fr.mediation.directory.venue;

import fr.mediation.directory.venue.field.AccessMode;
import fr.mediation.directory.venue.field.Address;
import fr.mediation.directory.venue.field.Commune;
import fr.mediation.directory.venue.field.Coordinates;
import fr.mediation.directory.venue.field.EmailAddresses;
import fr.mediation.directory.venue.field.Fee;
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
import fr.mediation.directory.venue.field.StandardLabel;
import fr.mediation.directory.venue.field.StandardLabels;
import fr.mediation.directory.venue.field.Summary;
import fr.mediation.directory.venue.field.SupportMode;
import fr.mediation.directory.venue.field.TrainingLabel;
import fr.mediation.directory.venue.field.Typology;
import fr.mediation.directory.venue.field.UpdateDate;
import fr.mediation.directory.venue.field.VenueName;
import fr.mediation.directory.venue.field.WebUrl;
import fr.mediation.directory.venue.field.WebUrls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One venue of the national standard, every field validated and normalised by its value object.
 * Optional fields are {@code null} (single values) or empty (lists). This is the row model every
 * source adapter produces and the import sink consumes.
 *
 * <p>{@code horairesSource}, not a field of the standard, is the hub's own text of hours that could
 * not be read exactly: {@code horaires} then holds only the days read with certainty (or nothing).
 */
public record VenueRecord(
    LocalId id,
    Pivot pivot,
    VenueName nom,
    Commune commune,
    PostalCode codePostal,
    InseeCode codeInsee,
    Address adresse,
    String complementAdresse,
    Coordinates coordinates,
    Set<Typology> typologie,
    PhoneNumber telephone,
    EmailAddresses courriels,
    WebUrls siteWeb,
    OpeningHours horaires,
    Summary presentationResume,
    String presentationDetail,
    String source,
    Set<Mobility> itinerance,
    String structureParente,
    UpdateDate dateMaj,
    Set<Service> services,
    Set<SpecificPublic> publicsSpecifiquementAdresses,
    Set<SpecificSupport> priseEnChargeSpecifique,
    Set<Fee> fraisACharge,
    Set<NationalProgramme> dispositifProgrammesNationaux,
    Set<TrainingLabel> formationsLabels,
    String autresFormationsLabels,
    Set<AccessMode> modalitesAcces,
    Set<SupportMode> modalitesAccompagnement,
    WebUrl ficheAccesLibre,
    WebUrl priseRdv,
    String horairesSource) {

  /** Longest free text kept for {@code presentation_detail}. */
  public static final int MAX_DETAIL_LENGTH = 20_000;

  /** Longest free text kept for the other free-text fields. */
  public static final int MAX_TEXT_LENGTH = 250;

  /**
   * Validates a row of the standard given as text, field by field.
   *
   * @param row the standard's fields and their raw values; absent or blank means empty
   * @throws InvalidRowException with every field error of the row (not only the first)
   */
  public static VenueRecord parse(Map<StandardField, String> row) {
    Parser p = new Parser(row);
    PostalCode codePostal = p.required(StandardField.CODE_POSTAL, PostalCode::new);
    VenueRecord record =
        new VenueRecord(
            p.required(StandardField.ID, LocalId::new),
            p.required(StandardField.PIVOT, Pivot::new),
            p.required(StandardField.NOM, VenueName::new),
            p.required(StandardField.COMMUNE, Commune::new),
            codePostal,
            p.optional(StandardField.CODE_INSEE, InseeCode::new),
            p.required(StandardField.ADRESSE, Address::new),
            p.text(StandardField.COMPLEMENT_ADRESSE, MAX_TEXT_LENGTH * 4),
            p.coordinates(),
            p.labels(StandardField.TYPOLOGIE, Typology.class),
            p.optional(
                StandardField.TELEPHONE,
                raw -> codePostal == null ? new PhoneNumber(raw) : PhoneNumber.of(raw, codePostal)),
            p.optional(StandardField.COURRIELS, EmailAddresses::parse),
            p.optional(StandardField.SITE_WEB, WebUrls::parse),
            p.optional(StandardField.HORAIRES, OpeningHours::new),
            p.optional(StandardField.PRESENTATION_RESUME, Summary::new),
            p.text(StandardField.PRESENTATION_DETAIL, MAX_DETAIL_LENGTH),
            p.text(StandardField.SOURCE, MAX_TEXT_LENGTH),
            p.labels(StandardField.ITINERANCE, Mobility.class),
            p.text(StandardField.STRUCTURE_PARENTE, MAX_TEXT_LENGTH),
            p.required(StandardField.DATE_MAJ, UpdateDate::parse),
            p.labels(StandardField.SERVICES, Service.class),
            p.labels(StandardField.PUBLICS_SPECIFIQUEMENT_ADRESSES, SpecificPublic.class),
            p.labels(StandardField.PRISE_EN_CHARGE_SPECIFIQUE, SpecificSupport.class),
            p.labels(StandardField.FRAIS_A_CHARGE, Fee.class),
            p.labels(StandardField.DISPOSITIF_PROGRAMMES_NATIONAUX, NationalProgramme.class),
            p.labels(StandardField.FORMATIONS_LABELS, TrainingLabel.class),
            p.text(StandardField.AUTRES_FORMATIONS_LABELS, MAX_TEXT_LENGTH * 4),
            p.labels(StandardField.MODALITES_ACCES, AccessMode.class),
            p.labels(StandardField.MODALITES_ACCOMPAGNEMENT, SupportMode.class),
            p.optional(
                StandardField.FICHE_ACCES_LIBRE,
                raw -> new WebUrl(StandardField.FICHE_ACCES_LIBRE, raw)),
            p.optional(StandardField.PRISE_RDV, raw -> new WebUrl(StandardField.PRISE_RDV, raw)),
            null);
    if (!p.errors.isEmpty()) {
      throw new InvalidRowException(p.errors);
    }
    return record;
  }

  /** The same venue in another commune and position (after checking them against the reference). */
  public VenueRecord withPlace(Commune commune, InseeCode codeInsee, Coordinates coordinates) {
    return copy(commune, codeInsee, coordinates, horairesSource);
  }

  /** Longest hub's text of hours kept (longer: cut, with an ellipsis). */
  public static final int MAX_HOURS_SOURCE_LENGTH = 2000;

  /**
   * The same venue whose hours could not be read exactly from the hub's text {@code text}: {@code
   * horaires} keeps only what was read with certainty.
   */
  public VenueRecord withHoursSource(String text) {
    String t = text == null || text.isBlank() ? null : text.strip();
    if (t != null && t.length() > MAX_HOURS_SOURCE_LENGTH) {
      t = t.substring(0, MAX_HOURS_SOURCE_LENGTH - 1) + "…";
    }
    return copy(commune, codeInsee, coordinates, t);
  }

  /** This venue with the values that normalisation may change after parsing. */
  private VenueRecord copy(
      Commune commune, InseeCode codeInsee, Coordinates coordinates, String horairesSource) {
    return new VenueRecord(
        id,
        pivot,
        nom,
        commune,
        codePostal,
        codeInsee,
        adresse,
        complementAdresse,
        coordinates,
        typologie,
        telephone,
        courriels,
        siteWeb,
        horaires,
        presentationResume,
        presentationDetail,
        source,
        itinerance,
        structureParente,
        dateMaj,
        services,
        publicsSpecifiquementAdresses,
        priseEnChargeSpecifique,
        fraisACharge,
        dispositifProgrammesNationaux,
        formationsLabels,
        autresFormationsLabels,
        modalitesAcces,
        modalitesAccompagnement,
        ficheAccesLibre,
        priseRdv,
        horairesSource);
  }

  /** Collects the errors of one row while parsing each field. */
  private static final class Parser {
    private final Map<StandardField, String> row;
    private final List<InvalidFieldException> errors = new ArrayList<>();

    Parser(Map<StandardField, String> row) {
      this.row = row;
    }

    private String raw(StandardField field) {
      String value = row.get(field);
      return value == null || value.isBlank() ? null : value;
    }

    <T> T required(StandardField field, Function<String, T> factory) {
      String raw = raw(field);
      if (raw == null) {
        errors.add(InvalidFieldException.missing(field));
        return null;
      }
      return create(raw, factory);
    }

    <T> T optional(StandardField field, Function<String, T> factory) {
      String raw = raw(field);
      return raw == null ? null : create(raw, factory);
    }

    private <T> T create(String raw, Function<String, T> factory) {
      try {
        return factory.apply(raw);
      } catch (InvalidFieldException e) {
        errors.add(e);
        return null;
      }
    }

    <E extends Enum<E> & StandardLabel> Set<E> labels(StandardField field, Class<E> type) {
      String raw = raw(field);
      if (raw == null) {
        return Set.of();
      }
      Set<E> values = create(raw, r -> StandardLabels.parseList(type, field, r));
      return values == null ? Set.of() : values;
    }

    String text(StandardField field, int maxLength) {
      String raw = raw(field);
      if (raw == null) {
        return null;
      }
      String text = raw.strip();
      if (text.length() > maxLength) {
        errors.add(
            new InvalidFieldException(
                field,
                text.substring(0, 40) + "…",
                "Expected at most " + maxLength + " characters, got " + text.length() + ".",
                maxLength + " caractères au plus, " + text.length() + " reçus."));
        return null;
      }
      return text;
    }

    Coordinates coordinates() {
      String lat = raw(StandardField.LATITUDE);
      String lon = raw(StandardField.LONGITUDE);
      if (lat == null && lon == null) {
        return null;
      }
      if (lat == null || lon == null) {
        StandardField missing = lat == null ? StandardField.LATITUDE : StandardField.LONGITUDE;
        errors.add(
            new InvalidFieldException(
                missing,
                null,
                "Latitude and longitude go together: one without the other cannot be placed.",
                "La latitude et la longitude vont ensemble : l'une sans l'autre ne situe rien."));
        return null;
      }
      return create(lat, l -> Coordinates.parse(l, lon));
    }
  }
}
