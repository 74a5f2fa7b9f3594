package fr.mediation.directory.venue.internal;

import fr.mediation.directory.venue.field.AccessMode;
import fr.mediation.directory.venue.field.Fee;
import fr.mediation.directory.venue.field.Mobility;
import fr.mediation.directory.venue.field.NationalProgramme;
import fr.mediation.directory.venue.field.Service;
import fr.mediation.directory.venue.field.SpecificPublic;
import fr.mediation.directory.venue.field.SpecificSupport;
import fr.mediation.directory.venue.field.StandardField;
import fr.mediation.directory.venue.field.StandardLabel;
import fr.mediation.directory.venue.field.StandardLabels;
import fr.mediation.directory.venue.field.SupportMode;
import fr.mediation.directory.venue.field.TrainingLabel;
import fr.mediation.directory.venue.field.Typology;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;
import org.hibernate.annotations.Immutable;

/**
 * Stores a list field of the standard in one column, in the standard's own form: labels joined with
 * {@code |}. Read back through the same tolerant parser as imports.
 *
 * <p>Each converter is marked {@link Immutable}: the sets it gives are never changed in place (a
 * venue's list is replaced whole, and the parser's sets are unmodifiable and shared), so Hibernate
 * keeps a reference as the snapshot it compares at flush. Without the mark, it copied every list of
 * every venue it loaded or saved by joining it and parsing the text back: a tenth of the work of
 * saving a merged venue.
 */
public final class LabelSetConverters {

  private LabelSetConverters() {}

  /** The shared logic; one concrete subclass per enumeration, as JPA requires. */
  abstract static class LabelSet<E extends Enum<E> & StandardLabel>
      implements AttributeConverter<Set<E>, String> {
    private final Class<E> type;
    private final StandardField field;

    LabelSet(Class<E> type, StandardField field) {
      this.type = type;
      this.field = field;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> values) {
      return values == null || values.isEmpty() ? null : StandardLabels.join(values);
    }

    @Override
    public Set<E> convertToEntityAttribute(String column) {
      return column == null || column.isBlank()
          ? Set.of()
          : StandardLabels.parseList(type, field, column);
    }
  }

  /** {@code typologie}. */
  @Converter
  @Immutable
  public static class TypologySet extends LabelSet<Typology> {
    public TypologySet() {
      super(Typology.class, StandardField.TYPOLOGIE);
    }
  }

  /** {@code itinerance}. */
  @Converter
  @Immutable
  public static class MobilitySet extends LabelSet<Mobility> {
    public MobilitySet() {
      super(Mobility.class, StandardField.ITINERANCE);
    }
  }

  /** {@code services}. */
  @Converter
  @Immutable
  public static class ServiceSet extends LabelSet<Service> {
    public ServiceSet() {
      super(Service.class, StandardField.SERVICES);
    }
  }

  /** {@code publics_specifiquement_adresses}. */
  @Converter
  @Immutable
  public static class SpecificPublicSet extends LabelSet<SpecificPublic> {
    public SpecificPublicSet() {
      super(SpecificPublic.class, StandardField.PUBLICS_SPECIFIQUEMENT_ADRESSES);
    }
  }

  /** {@code prise_en_charge_specifique}. */
  @Converter
  @Immutable
  public static class SpecificSupportSet extends LabelSet<SpecificSupport> {
    public SpecificSupportSet() {
      super(SpecificSupport.class, StandardField.PRISE_EN_CHARGE_SPECIFIQUE);
    }
  }

  /** {@code frais_a_charge}. */
  @Converter
  @Immutable
  public static class FeeSet extends LabelSet<Fee> {
    public FeeSet() {
      super(Fee.class, StandardField.FRAIS_A_CHARGE);
    }
  }

  /** {@code dispositif_programmes_nationaux}. */
  @Converter
  @Immutable
  public static class NationalProgrammeSet extends LabelSet<NationalProgramme> {
    public NationalProgrammeSet() {
      super(NationalProgramme.class, StandardField.DISPOSITIF_PROGRAMMES_NATIONAUX);
    }
  }

  /** {@code formations_labels}. */
  @Converter
  @Immutable
  public static class TrainingLabelSet extends LabelSet<TrainingLabel> {
    public TrainingLabelSet() {
      super(TrainingLabel.class, StandardField.FORMATIONS_LABELS);
    }
  }

  /** {@code modalites_acces}. */
  @Converter
  @Immutable
  public static class AccessModeSet extends LabelSet<AccessMode> {
    public AccessModeSet() {
      super(AccessMode.class, StandardField.MODALITES_ACCES);
    }
  }

  /** {@code modalites_accompagnement}. */
  @Converter
  @Immutable
  public static class SupportModeSet extends LabelSet<SupportMode> {
    public SupportModeSet() {
      super(SupportMode.class, StandardField.MODALITES_ACCOMPAGNEMENT);
    }
  }
}
