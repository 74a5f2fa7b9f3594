package fr.mediation.directory.venue;

import fr.mediation.directory.venue.field.AccessMode;
import fr.mediation.directory.venue.field.Fee;
import fr.mediation.directory.venue.field.Mobility;
import fr.mediation.directory.venue.field.NationalProgramme;
import fr.mediation.directory.venue.field.Service;
import fr.mediation.directory.venue.field.SpecificPublic;
import fr.mediation.directory.venue.field.SpecificSupport;
import fr.mediation.directory.venue.field.StandardField;
import fr.mediation.directory.venue.field.SupportMode;
import fr.mediation.directory.venue.field.TrainingLabel;
import fr.mediation.directory.venue.field.Typology;
import fr.mediation.directory.venue.internal.FieldColumns;
import fr.mediation.directory.venue.internal.LabelSetConverters;
import fr.mediation.directory.venue.search.internal.VenueIndexBinder;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.MappedSuperclass;
import java.lang.invoke.MethodHandles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

/**
 * The fields of the national standard shared by a source's listing ({@link Venue}) and the venue
 * citizens see ({@link MergedVenue}): one column per field of the registry {@link
 * fr.mediation.directory.venue.field.Fields}, named after its key in camel case. Copies, the
 * standard's row and the search mapping of these columns derive from the registry ({@link
 * FieldColumns}, {@code FieldIndexMapping}); the columns themselves stay declared here because JPA
 * needs them. Values are already normalised by the value objects of {@link
 * fr.mediation.directory.venue.field}.
 *
 * <p>Just over 400 lines because JPA needs one column per field of the standard and existing code
 * reads one getter per field; a new field needs neither getter nor copy ({@link #standardText}).
 * The copies (from a record, from another venue, from a staged row's text) stay here because they
 * write the private columns through the registry's bound handles.
 */
@MappedSuperclass
@TypeBinding(binder = @TypeBinderRef(type = VenueIndexBinder.class))
@GeoPointBinding(
    fieldName = VenueFields.LOCATION,
    projectable = Projectable.YES,
    sortable = Sortable.YES)
public abstract class VenueFields {

  /** Index field holding the venue's position. */
  public static final String LOCATION = "location";

  @Column(nullable = false)
  private String pivot;

  @Column(nullable = false)
  private String nom;

  @Column(nullable = false)
  private String commune;

  @Column(name = "code_postal", nullable = false)
  private String codePostal;

  @Column(name = "code_insee")
  private String codeInsee;

  @Column(nullable = false)
  private String adresse;

  @Column(name = "complement_adresse")
  private String complementAdresse;

  @Latitude private Double latitude;

  @Longitude private Double longitude;

  @Convert(converter = LabelSetConverters.TypologySet.class)
  private Set<Typology> typologie = Set.of();

  private String telephone;

  private String courriels;

  @Column(name = "site_web")
  private String siteWeb;

  private String horaires;

  /**
   * The hub's text of hours that could not be read exactly (null when {@code horaires} says all):
   * the venue is then never said open or closed at a time.
   */
  @GenericField(name = "horaires_source", searchable = Searchable.NO, projectable = Projectable.YES)
  @Column(name = "horaires_source")
  private String horairesSource;

  @Column(name = "presentation_resume")
  private String presentationResume;

  @Column(name = "presentation_detail")
  private String presentationDetail;

  private String source;

  @Convert(converter = LabelSetConverters.MobilitySet.class)
  private Set<Mobility> itinerance = Set.of();

  @Column(name = "structure_parente")
  private String structureParente;

  @Column(name = "date_maj", nullable = false)
  private LocalDate dateMaj;

  @Convert(converter = LabelSetConverters.ServiceSet.class)
  private Set<Service> services = Set.of();

  @Column(name = "publics_specifiquement_adresses")
  @Convert(converter = LabelSetConverters.SpecificPublicSet.class)
  private Set<SpecificPublic> publicsSpecifiquementAdresses = Set.of();

  @Column(name = "prise_en_charge_specifique")
  @Convert(converter = LabelSetConverters.SpecificSupportSet.class)
  private Set<SpecificSupport> priseEnChargeSpecifique = Set.of();

  @Column(name = "frais_a_charge")
  @Convert(converter = LabelSetConverters.FeeSet.class)
  private Set<Fee> fraisACharge = Set.of();

  @Column(name = "dispositif_programmes_nationaux")
  @Convert(converter = LabelSetConverters.NationalProgrammeSet.class)
  private Set<NationalProgramme> dispositifProgrammesNationaux = Set.of();

  @Column(name = "formations_labels")
  @Convert(converter = LabelSetConverters.TrainingLabelSet.class)
  private Set<TrainingLabel> formationsLabels = Set.of();

  @Column(name = "autres_formations_labels")
  private String autresFormationsLabels;

  @Column(name = "modalites_acces")
  @Convert(converter = LabelSetConverters.AccessModeSet.class)
  private Set<AccessMode> modalitesAcces = Set.of();

  @Column(name = "modalites_accompagnement")
  @Convert(converter = LabelSetConverters.SupportModeSet.class)
  private Set<SupportMode> modalitesAccompagnement = Set.of();

  @Column(name = "fiche_acces_libre")
  private String ficheAccesLibre;

  @Column(name = "prise_rdv")
  private String priseRdv;

  /** When the source stopped publishing the venue; {@code null} while it is published. */
  @GenericField(name = "retired_at")
  @Column(name = "retired_at")
  private Instant retiredAt;

  /**
   * {@code SOURCE} when the source gave the position, else how precisely the directory placed the
   * venue ({@code ADDRESS}, {@code STREET}, {@code COMMUNE}, {@code POSTCODE}).
   */
  @Column(name = "position_precision")
  private String positionPrecision;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** The directory's id of the venue. */
  public abstract String getId();

  /** The value of the standard's {@code id} field in {@link #toStandardRow()}. */
  protected abstract String standardId();

  /** Each field of the registry bound to its column below. */
  private static final FieldColumns COLUMNS =
      FieldColumns.bind(MethodHandles.lookup(), VenueFields.class);

  /** Replaces every field of the standard with the values of {@code record}. */
  protected final void copyFields(VenueRecord record) {
    COLUMNS.write(this, record);
    horairesSource = record.horairesSource();
  }

  /**
   * Replaces every field of the standard with those of {@code row}, a row of the standard written
   * by {@link #toStandardRow()} for valid values (a staged row), read back without validating it
   * again.
   */
  protected final void restoreFields(Map<StandardField, String> row, String hoursSource) {
    COLUMNS.restore(this, row);
    horairesSource = hoursSource;
  }

  /** Replaces every field of the standard with those of {@code other} (the position included). */
  protected final void copyFields(VenueFields other) {
    COLUMNS.copy(other, this);
    positionPrecision = other.positionPrecision;
    horairesSource = other.horairesSource;
  }

  /**
   * The venue as a row of the national standard: each field's key and its value in the standard's
   * text form (lists {@code |}-joined); blank fields are absent.
   */
  public final Map<StandardField, String> toStandardRow() {
    Map<StandardField, String> row = new EnumMap<>(StandardField.class);
    String id = standardId();
    if (id != null && !id.isBlank()) {
      row.put(StandardField.ID, id);
    }
    COLUMNS.putTexts(this, row);
    return row;
  }

  /**
   * The standard's text of {@code field} (lists {@code |}-joined), {@code null} when blank: what a
   * field without its own getter shows in the API and exports.
   */
  public final String standardText(StandardField field) {
    return field == StandardField.ID ? standardId() : COLUMNS.text(this, field);
  }

  public String getPivot() {
    return pivot;
  }

  public String getNom() {
    return nom;
  }

  public String getCommune() {
    return commune;
  }

  public String getCodePostal() {
    return codePostal;
  }

  public String getCodeInsee() {
    return codeInsee;
  }

  public String getAdresse() {
    return adresse;
  }

  public String getComplementAdresse() {
    return complementAdresse;
  }

  public Double getLatitude() {
    return latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public Set<Typology> getTypologie() {
    return typologie;
  }

  public String getTelephone() {
    return telephone;
  }

  public String getCourriels() {
    return courriels;
  }

  public String getSiteWeb() {
    return siteWeb;
  }

  public String getHoraires() {
    return horaires;
  }

  /** The hub's text of hours not read exactly; null when {@link #getHoraires()} says all. */
  public String getHorairesSource() {
    return horairesSource;
  }

  /** Sets the hub's text of hours not read exactly (a merged venue takes its listing's). */
  protected void setHorairesSource(String text) {
    horairesSource = text;
  }

  /**
   * Temporary closures and exceptional hours recorded beside the standard's fields: none for a
   * listing, those of the venue citizens see for a merged venue.
   */
  public java.util.List<fr.mediation.directory.venue.hours.Closure> closures() {
    return java.util.List.of();
  }

  /**
   * The hours to tell whether the venue is open at a time: none when they were not read exactly (a
   * partly read week would be a guess).
   */
  public String hoursForOpenState() {
    return horairesSource == null ? horaires : null;
  }

  public String getPresentationResume() {
    return presentationResume;
  }

  public String getPresentationDetail() {
    return presentationDetail;
  }

  public String getSource() {
    return source;
  }

  public Set<Mobility> getItinerance() {
    return itinerance;
  }

  public String getStructureParente() {
    return structureParente;
  }

  public LocalDate getDateMaj() {
    return dateMaj;
  }

  public Set<Service> getServices() {
    return services;
  }

  public Set<SpecificPublic> getPublicsSpecifiquementAdresses() {
    return publicsSpecifiquementAdresses;
  }

  public Set<SpecificSupport> getPriseEnChargeSpecifique() {
    return priseEnChargeSpecifique;
  }

  public Set<Fee> getFraisACharge() {
    return fraisACharge;
  }

  public Set<NationalProgramme> getDispositifProgrammesNationaux() {
    return dispositifProgrammesNationaux;
  }

  public Set<TrainingLabel> getFormationsLabels() {
    return formationsLabels;
  }

  public String getAutresFormationsLabels() {
    return autresFormationsLabels;
  }

  public Set<AccessMode> getModalitesAcces() {
    return modalitesAcces;
  }

  public Set<SupportMode> getModalitesAccompagnement() {
    return modalitesAccompagnement;
  }

  public String getFicheAccesLibre() {
    return ficheAccesLibre;
  }

  public String getPriseRdv() {
    return priseRdv;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getRetiredAt() {
    return retiredAt;
  }

  public String getPositionPrecision() {
    return positionPrecision;
  }

  /** Records how precise the venue's position is. */
  public void setPositionPrecision(String positionPrecision) {
    this.positionPrecision = positionPrecision;
  }

  protected void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  protected void setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }

  protected void setRetiredAt(Instant retiredAt) {
    this.retiredAt = retiredAt;
  }
}
