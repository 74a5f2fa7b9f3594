package fr.mediation.directory.api.problem;

import fr.mediation.directory.message.Message;
import java.util.List;

/**
 * A source's mapping that breaks the mapping format's JSON Schema; answered with 422 problem
 * details listing each violation with its JSON pointer, in French.
 */
public class InvalidMappingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem.ParameterError> errors;

  /**
   * @param violations each violation: its JSON pointer in the mapping and its French message
   */
  public InvalidMappingException(List<Violation> violations) {
    super(violations.size() + " violation(s) of the mapping format's JSON Schema.");
    this.errors =
        violations.stream()
            .map(
                v ->
                    new Problem.ParameterError(
                        "mapping",
                        v.pointer(),
                        null,
                        "Breaks the mapping format's JSON Schema at " + v.pointer() + ".",
                        v.messageFr()))
            .toList();
  }

  /** One violation: where, and why in French. */
  public record Violation(String pointer, String messageFr) {}

  /** What went wrong, in French, for the problem's {@code detail}. */
  public String detailFr() {
    return Message.french(ProblemMappers.MESSAGES, "mapping.invalid", errors.size());
  }

  public List<Problem.ParameterError> errors() {
    return errors;
  }
}
