package fr.mediation.directory.report;

/** A report that cannot be stored: names the field, in English and in French. */
public class InvalidReportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final String messageFr;

  public InvalidReportException(String field, String value, String message, String messageFr) {
    super(message);
    this.field = field;
    this.value = value;
    this.messageFr = messageFr;
  }

  /** The field at fault: {@code message}, {@code contact} or {@code venue_id}. */
  public String field() {
    return field;
  }

  /** The value given (shortened when long), or {@code null}. */
  public String value() {
    return value;
  }

  public String messageFr() {
    return messageFr;
  }
}
