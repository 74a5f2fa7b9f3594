package fr.mediation.directory.api.venue.parameter;

import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.StandardField;
import fr.mediation.directory.venue.field.StandardLabel;
import fr.mediation.directory.venue.field.StandardLabels;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A value of one of the standard's enumerations, by its code or its label (case and accents
 * ignored, as {@link StandardLabels#parse} reads them); refused with the list of accepted codes.
 *
 * @param <E> the enumeration
 */
public final class LabelConverter<E extends Enum<E> & StandardLabel>
    implements ParameterConverter<E> {

  private final Class<E> type;
  private final StandardField field;

  public LabelConverter(Class<E> type, StandardField field) {
    this.type = type;
    this.field = field;
  }

  @Override
  public E convert(String name, String raw) {
    try {
      return StandardLabels.parse(type, field, raw);
    } catch (InvalidFieldException e) {
      String accepted =
          Arrays.stream(type.getEnumConstants())
              .map(StandardLabel::code)
              .collect(Collectors.joining(", "));
      throw ParameterConverter.refused(name, raw, "label", accepted);
    }
  }
}
