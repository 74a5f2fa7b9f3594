package fr.mediation.directory.api.problem;

import fr.mediation.directory.message.Message;
import java.util.List;

/** A request parameter with a value the API cannot use; answered with 400 problem details. */
public class InvalidParameterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final String value;
  private final String messageFr;

  /**
   * @param parameter the query or path parameter
   * @param value the value received ({@code null} if absent)
   * @param message why, in English: "lat must be between -90 and 90."
   * @param messageFr why, in French: "lat doit être un nombre entre -90 et 90."
   */
  public InvalidParameterException(
      String parameter, String value, String message, String messageFr) {
    super(message);
    this.parameter = parameter;
    this.value = value;
    this.messageFr = messageFr;
  }

  /** The same, {@code message} giving both languages. */
  public InvalidParameterException(String parameter, String value, Message message) {
    this(parameter, value, message.en(), message.fr());
  }

  public String parameter() {
    return parameter;
  }

  public String value() {
    return value;
  }

  public String messageFr() {
    return messageFr;
  }

  /** What went wrong, in French, for the problem's {@code detail}. */
  public String detailFr() {
    return messageFr + (value == null ? "" : " (reçu : " + value + ")");
  }

  /** The offending parameters, for the problem's {@code errors}. */
  public List<Problem.ParameterError> errors() {
    return List.of(new Problem.ParameterError(parameter, value, getMessage(), messageFr));
  }
}
