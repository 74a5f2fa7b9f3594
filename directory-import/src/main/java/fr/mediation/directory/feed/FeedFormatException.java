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
}
