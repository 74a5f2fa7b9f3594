package fr.mediation.directory.venue;

import fr.mediation.directory.venue.field.InvalidFieldException;
import java.util.List;
import java.util.stream.Collectors;

/** A row of the standard with one or more invalid fields; lists them all. */
public class InvalidRowException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<InvalidFieldException> errors;

  public InvalidRowException(List<InvalidFieldException> errors) {
    super(errors.stream().map(Throwable::getMessage).collect(Collectors.joining(" ")));
    this.errors = List.copyOf(errors);
  }

  /** Every invalid field of the row, in the standard's column order. */
  public List<InvalidFieldException> errors() {
    return errors;
  }
}
