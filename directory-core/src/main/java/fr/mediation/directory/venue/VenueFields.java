package fr.mediation.directory.venue;

import fr.mediation.directory.venue.field.AccessMode;
import fr.mediation.directory.venue.field.Fee;
import fr.mediation.directory.venue.field.Mobility;
import fr.mediation.directory.venue.field.NationalProgramme;
import fr.mediation.directory.venue.field.Service;
import fr.mediation.directory.venue.field.SpecificPublic;
import fr.mediation.directory.venue.field.SpecificSupport;
import fr.mediation.directory.venue.field.StandardField;
import fr.mediation.directory.venue.field.StandardLabels;
import fr.mediation.directory.venue.field.SupportMode;
import fr.mediation.directory.venue.field.TrainingLabel;
import fr.mediation.directory.venue.field.Typology;
import fr.mediation.directory.venue.internal.LabelSetConverters;
import fr.mediation.directory.venue.search.Analyzers;
import fr.mediation.directory.venue.search.internal.VenueIndexBinder;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

/**
 * The fields of the national standard shared by a source's listing ({@link Venue}) and the venue
 * citizens see ({@link MergedVenue}), with their search mapping. Values are already normalised by
 * the value objects of {@link fr.mediation.directory.venue.field}.
 *
 * <p>Over 400 lines because it holds one column, with its index mapping and getter, per field of
 * the standard (and the hub's text of unread hours): its length follows the standard's. Deriving
 * these from one registry of fields is the way to shorten it, not splitting it.
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

  @KeywordField
  @Column(nullable = false)
  private String pivot;

  @FullTextField(analyzer = Analyzers.FRENCH, projectable = Projectable.YES)
  @KeywordField(name = "nom_sort", normalizer = Analyzers.SORT, sortable = Sortable.YES)
  @Column(nullable = false)
  private String nom;

  @FullTextField(analyzer = Analyzers.FRENCH, projectable = Projectable.YES)
  @Column(nullable = false)
  private String commune;

  @KeywordField(name = "code_postal", projectable = Projectable.YES)
  @Column(name = "code_postal", nullable = false)
  private String codePostal;

  @KeywordField(name = "code_insee", projectable = Projectable.YES)
  @Column(name = "code_insee")
  private String codeInsee;

  @GenericField(searchable = Searchable.NO, projectable = Projectable.YES)
  @Column(nullable = false)
  private String adresse;

  @GenericField(
      name = "complement_adresse",
      searchable = Searchable.NO,
      projectable = Projectable.YES)
  @Column(name = "complement_adresse")
  private String complementAdresse;

  @Latitude private Double latitude;

  @Longitude private Double longitude;

  @KeywordField(aggregable = Aggregable.YES)
  @Convert(converter = LabelSetConverters.TypologySet.class)
  private Set<Typology> typologie = Set.of();

  @GenericField(searchable = Searchable.NO, projectable = Projectable.YES)
  private String telephone;

  private String courriels;

  @Column(name = "site_web")
  private String siteWeb;

  @GenericField(searchable = Searchable.NO, projectable = Projectable.YES)
  private String horaires;

  /**
   * The hub's text of hours that could not be read exactly (null when {@code horaires} says all):
   * the venue is then never said open or closed at a time.
   */
  @GenericField(name = "horaires_source", searchable = Searchable.NO, projectable = Projectable.YES)
  @Column(name = "horaires_source")
  private String horairesSource;

  @FullTextField(name = "presentation_resume", analyzer = Analyzers.FRENCH)
  @Column(name = "presentation_resume")
  private String presentationResume;

  @FullTextField(name = "presentation_detail", analyzer = Analyzers.FRENCH)
  @Column(name = "presentation_detail")
  private String presentationDetail;

  private String source;

  @KeywordField(aggregable = Aggregable.YES)
  @Convert(converter = LabelSetConverters.MobilitySet.class)
  private Set<Mobility> itinerance = Set.of();

  @Column(name = "structure_parente")
  private String structureParente;

  @GenericField(name = "date_maj", sortable = Sortable.YES)
  @Column(name = "date_maj", nullable = false)
  private LocalDate dateMaj;

  @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
  @Convert(converter = LabelSetConverters.ServiceSet.class)
  private Set<Service> services = Set.of();

  @KeywordField(name = "publics_specifiquement_adresses", aggregable = Aggregable.YES)
  @Column(name = "publics_specifiquement_adresses")
  @Convert(converter = LabelSetConverters.SpecificPublicSet.class)
  private Set<SpecificPublic> publicsSpecifiquementAdresses = Set.of();

  @KeywordField(name = "prise_en_charge_specifique", aggregable = Aggregable.YES)
  @Column(name = "prise_en_charge_specifique")
  @Convert(converter = LabelSetConverters.SpecificSupportSet.class)
  private Set<SpecificSupport> priseEnChargeSpecifique = Set.of();

  @KeywordField(name = "frais_a_charge", aggregable = Aggregable.YES, projectable = Projectable.YES)
  @Column(name = "frais_a_charge")
  @Convert(converter = LabelSetConverters.FeeSet.class)
  private Set<Fee> fraisACharge = Set.of();

  @KeywordField(name = "dispositif_programmes_nationaux", aggregable = Aggregable.YES)
  @Column(name = "dispositif_programmes_nationaux")
  @Convert(converter = LabelSetConverters.NationalProgrammeSet.class)
  private Set<NationalProgramme> dispositifProgrammesNationaux = Set.of();

  @KeywordField(name = "formations_labels", aggregable = Aggregable.YES)
  @Column(name = "formations_labels")
  @Convert(converter = LabelSetConverters.TrainingLabelSet.class)
  private Set<TrainingLabel> formationsLabels = Set.of();

  @Column(name = "autres_formations_labels")
  private String autresFormationsLabels;

  @KeywordField(name = "modalites_acces", aggregable = Aggregable.YES)
  @Column(name = "modalites_acces")
  @Convert(converter = LabelSetConverters.AccessModeSet.class)
  private Set<AccessMode> modalitesAcces = Set.of();

  @KeywordField(name = "modalites_accompagnement", aggregable = Aggregable.YES)
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

  /** Replaces every field of the standard with the values of {@code record}. */
  protected final void copyFields(VenueRecord record) {
    pivot = record.pivot().value();
    nom = record.nom().value();
    commune = record.commune().value();
    codePostal = record.codePostal().value();
    codeInsee = record.codeInsee() == null ? null : record.codeInsee().value();
    adresse = record.adresse().value();
    complementAdresse = record.complementAdresse();
    latitude = record.coordinates() == null ? null : record.coordinates().latitude();
    longitude = record.coordinates() == null ? null : record.coordinates().longitude();
    typologie = record.typologie();
    telephone = record.telephone() == null ? null : record.telephone().value();
    courriels = record.courriels() == null ? null : record.courriels().joined();
    siteWeb = record.siteWeb() == null ? null : record.siteWeb().joined();
    horaires = record.horaires() == null ? null : record.horaires().value();
    horairesSource = record.horairesSource();
    presentationResume =
        record.presentationResume() == null ? null : record.presentationResume().value();
    presentationDetail = record.presentationDetail();
    source = record.source();
    itinerance = record.itinerance();
    structureParente = record.structureParente();
    dateMaj = record.dateMaj().value();
    services = record.services();
    publicsSpecifiquementAdresses = record.publicsSpecifiquementAdresses();
    priseEnChargeSpecifique = record.priseEnChargeSpecifique();
    fraisACharge = record.fraisACharge();
    dispositifProgrammesNationaux = record.dispositifProgrammesNationaux();
    formationsLabels = record.formationsLabels();
    autresFormationsLabels = record.autresFormationsLabels();
    modalitesAcces = record.modalitesAcces();
    modalitesAccompagnement = record.modalitesAccompagnement();
    ficheAccesLibre = record.ficheAccesLibre() == null ? null : record.ficheAccesLibre().value();
    priseRdv = record.priseRdv() == null ? null : record.priseRdv().value();
  }

  /** Replaces every field of the standard with those of {@code other} (the position included). */
  protected final void copyFields(VenueFields other) {
    pivot = other.pivot;
    nom = other.nom;
    commune = other.commune;
    codePostal = other.codePostal;
    codeInsee = other.codeInsee;
    adresse = other.adresse;
    complementAdresse = other.complementAdresse;
    latitude = other.latitude;
    longitude = other.longitude;
    positionPrecision = other.positionPrecision;
    typologie = other.typologie;
    telephone = other.telephone;
    courriels = other.courriels;
    siteWeb = other.siteWeb;
    horaires = other.horaires;
    horairesSource = other.horairesSource;
    presentationResume = other.presentationResume;
    presentationDetail = other.presentationDetail;
    source = other.source;
    itinerance = other.itinerance;
    structureParente = other.structureParente;
    dateMaj = other.dateMaj;
    services = other.services;
    publicsSpecifiquementAdresses = other.publicsSpecifiquementAdresses;
    priseEnChargeSpecifique = other.priseEnChargeSpecifique;
    fraisACharge = other.fraisACharge;
    dispositifProgrammesNationaux = other.dispositifProgrammesNationaux;
    formationsLabels = other.formationsLabels;
    autresFormationsLabels = other.autresFormationsLabels;
    modalitesAcces = other.modalitesAcces;
    modalitesAccompagnement = other.modalitesAccompagnement;
    ficheAccesLibre = other.ficheAccesLibre;
    priseRdv = other.priseRdv;
  }

  /**
   * The venue as a row of the national standard: each field's key and its value in the standard's
   * text form (lists {@code |}-joined); blank fields are absent.
   */
  public final Map<StandardField, String> toStandardRow() {
    Map<StandardField, String> row = new EnumMap<>(StandardField.class);
    put(row, StandardField.ID, standardId());
    put(row, StandardField.PIVOT, pivot);
    put(row, StandardField.NOM, nom);
    put(row, StandardField.COMMUNE, commune);
    put(row, StandardField.CODE_POSTAL, codePostal);
    put(row, StandardField.CODE_INSEE, codeInsee);
    put(row, StandardField.ADRESSE, adresse);
    put(row, StandardField.COMPLEMENT_ADRESSE, complementAdresse);
    put(row, StandardField.LATITUDE, latitude == null ? null : latitude.toString());
    put(row, StandardField.LONGITUDE, longitude == null ? null : longitude.toString());
    put(row, StandardField.TYPOLOGIE, StandardLabels.join(typologie));
    put(row, StandardField.TELEPHONE, telephone);
    put(row, StandardField.COURRIELS, courriels);
    put(row, StandardField.SITE_WEB, siteWeb);
    put(row, StandardField.HORAIRES, horaires);
    put(row, StandardField.PRESENTATION_RESUME, presentationResume);
    put(row, StandardField.PRESENTATION_DETAIL, presentationDetail);
    put(row, StandardField.SOURCE, source);
    put(row, StandardField.ITINERANCE, StandardLabels.join(itinerance));
    put(row, StandardField.STRUCTURE_PARENTE, structureParente);
    put(row, StandardField.DATE_MAJ, dateMaj == null ? null : dateMaj.toString());
    put(row, StandardField.SERVICES, StandardLabels.join(services));
    put(
        row,
        StandardField.PUBLICS_SPECIFIQUEMENT_ADRESSES,
        StandardLabels.join(publicsSpecifiquementAdresses));
    put(
        row,
        StandardField.PRISE_EN_CHARGE_SPECIFIQUE,
        StandardLabels.join(priseEnChargeSpecifique));
    put(row, StandardField.FRAIS_A_CHARGE, StandardLabels.join(fraisACharge));
    put(
        row,
        StandardField.DISPOSITIF_PROGRAMMES_NATIONAUX,
        StandardLabels.join(dispositifProgrammesNationaux));
    put(row, StandardField.FORMATIONS_LABELS, StandardLabels.join(formationsLabels));
    put(row, StandardField.AUTRES_FORMATIONS_LABELS, autresFormationsLabels);
    put(row, StandardField.MODALITES_ACCES, StandardLabels.join(modalitesAcces));
    put(row, StandardField.MODALITES_ACCOMPAGNEMENT, StandardLabels.join(modalitesAccompagnement));
    put(row, StandardField.FICHE_ACCES_LIBRE, ficheAccesLibre);
    put(row, StandardField.PRISE_RDV, priseRdv);
    return row;
  }

  private static void put(Map<StandardField, String> row, StandardField field, String value) {
    if (value != null && !value.isBlank()) {
      row.put(field, value);
    }
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
