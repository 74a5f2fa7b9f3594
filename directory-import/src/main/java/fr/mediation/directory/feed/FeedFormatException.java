package fr.mediation.directory.feed;

/** A file that cannot be read at all (not a row: the whole file). Nothing is imported from it. */
public class FeedFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageFr;

  public FeedFormatException(String message) {
    super(message);
    this.messageFr = null;
  }

  /** With what went wrong in French too, for the hub's report. */
  public FeedFormatException(String message, String messageFr) {
    super(message);
    this.messageFr = messageFr;
  }

  public FeedFormatException(String message, Throwable cause) {
    super(message, cause);
    this.messageFr = null;
  }

  /** What went wrong, in French when it was given, else in English. */
  public String frenchMessage() {
    return messageFr != null ? messageFr : getMessage();
  }

  /** A JSON file that does not parse, with the position of the problem. */
  public static FeedFormatException invalidJson(jakarta.json.stream.JsonParsingException e) {
    return new FeedFormatException(
        "Invalid JSON at line "
            + e.getLocation().getLineNumber()
            + ", column "
            + e.getLocation().getColumnNumber()
            + ": "
            + e.getMessage(),
        e);
  }
}
