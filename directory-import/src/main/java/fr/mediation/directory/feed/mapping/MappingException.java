package fr.mediation.directory.feed.mapping;

import java.util.List;

/**
 * A mapping file that does not follow the format of {@code docs/feed-mapping-v1.md}: either the
 * schema's violations, each with its JSON pointer and a message in French, or one rule the reader
 * checks beyond the schema.
 */
public class MappingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<MappingSchema.Violation> violations;

  public MappingException(String message) {
    super(message);
    this.violations = List.of();
  }

  public MappingException(String message, Throwable cause) {
    super(message, cause);
    this.violations = List.of();
  }

  /** A mapping that breaks the format's JSON Schema at each of {@code violations}. */
  public MappingException(String origin, List<MappingSchema.Violation> violations) {
    super(
        origin
            + " ne suit pas le format des correspondances (schéma JSON) : "
            + String.join(" ; ", violations.stream().map(Object::toString).toList()));
    this.violations = List.copyOf(violations);
  }

  /** The schema's violations, each with its JSON pointer; empty for another kind of error. */
  public List<MappingSchema.Violation> violations() {
    return violations;
  }
}
