package fr.mediation.directory.feed;

/** A file that cannot be read at all (not a row: the whole file). Nothing is imported from it. */
public class FeedFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public FeedFormatException(String message) {
    super(message);
  }

  public FeedFormatException(String message, Throwable cause) {
    super(message, cause);
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
