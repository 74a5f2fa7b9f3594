package fr.mediation.directory.feed.mapping;

import fr.mediation.directory.message.Message;
import java.util.List;

/**
 * A mapping file that does not follow the format of {@code docs/feed-mapping-v1.md}: either the
 * schema's violations, each with its JSON pointer and a message in French, or one rule the reader
 * checks beyond the schema.
 */
public class MappingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<MappingSchema.Violation> violations;

  private final String messageFr;

  public MappingException(String message) {
    super(message);
    this.violations = List.of();
    this.messageFr = message;
  }

  public MappingException(String message, Throwable cause) {
    super(message, cause);
    this.violations = List.of();
    this.messageFr = message;
  }

  /**
   * A mapping of {@code origin} that breaks the format's JSON Schema at each of {@code violations}.
   */
  public MappingException(String origin, List<MappingSchema.Violation> violations) {
    this(
        Message.of(
            MappingSchema.MESSAGES,
            "schema.refused",
            origin,
            String.join(" ; ", violations.stream().map(Object::toString).toList())),
        violations);
  }

  private MappingException(Message refusal, List<MappingSchema.Violation> violations) {
    super(refusal.en());
    this.violations = List.copyOf(violations);
    this.messageFr = refusal.fr();
  }

  /**
   * What is wrong, in English and in French: the schema's refusal in each language, another rule's
   * message as it is (English) in both.
   */
  public Message message() {
    return new Message(getMessage(), messageFr);
  }

  /** The schema's violations, each with its JSON pointer; empty for another kind of error. */
  public List<MappingSchema.Violation> violations() {
    return violations;
  }
}
