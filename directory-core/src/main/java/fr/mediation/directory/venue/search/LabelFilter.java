package fr.mediation.directory.venue.search;

import fr.mediation.directory.venue.field.AccessMode;
import fr.mediation.directory.venue.field.Fee;
import fr.mediation.directory.venue.field.Mobility;
import fr.mediation.directory.venue.field.NationalProgramme;
import fr.mediation.directory.venue.field.Service;
import fr.mediation.directory.venue.field.SpecificPublic;
import fr.mediation.directory.venue.field.SpecificSupport;
import fr.mediation.directory.venue.field.StandardField;
import fr.mediation.directory.venue.field.StandardLabel;
import fr.mediation.directory.venue.field.SupportMode;
import fr.mediation.directory.venue.field.TrainingLabel;
import fr.mediation.directory.venue.field.Typology;

/**
 * The filters on the standard's enumerated fields. Each one's {@link #key()} is the standard's
 * field name, which is also the index field and the API parameter.
 */
public enum LabelFilter {
  SERVICES(StandardField.SERVICES, Service.class),
  PUBLICS_SPECIFIQUEMENT_ADRESSES(
      StandardField.PUBLICS_SPECIFIQUEMENT_ADRESSES, SpecificPublic.class),
  PRISE_EN_CHARGE_SPECIFIQUE(StandardField.PRISE_EN_CHARGE_SPECIFIQUE, SpecificSupport.class),
  FRAIS_A_CHARGE(StandardField.FRAIS_A_CHARGE, Fee.class),
  MODALITES_ACCES(StandardField.MODALITES_ACCES, AccessMode.class),
  MODALITES_ACCOMPAGNEMENT(StandardField.MODALITES_ACCOMPAGNEMENT, SupportMode.class),
  DISPOSITIF_PROGRAMMES_NATIONAUX(
      StandardField.DISPOSITIF_PROGRAMMES_NATIONAUX, NationalProgramme.class),
  FORMATIONS_LABELS(StandardField.FORMATIONS_LABELS, TrainingLabel.class),
  TYPOLOGIE(StandardField.TYPOLOGIE, Typology.class),
  ITINERANCE(StandardField.ITINERANCE, Mobility.class);

  private final StandardField field;
  private final Class<? extends Enum<?>> type;

  LabelFilter(StandardField field, Class<? extends Enum<?>> type) {
    this.field = field;
    this.type = type;
  }

  /** The standard's field name: index field, API parameter and facet name. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public StandardField field() {
    return field;
  }

  /** The enumeration of the field's values; its constants implement {@link StandardLabel}. */
  public Class<? extends Enum<?>> type() {
    return type;
  }
}
