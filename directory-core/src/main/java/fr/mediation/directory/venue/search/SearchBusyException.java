package fr.mediation.directory.venue.search;

/** Every slot for a costly search is taken: the client should try again shortly. */
public class SearchBusyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Seconds a client should wait before trying again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  public SearchBusyException() {
    super("Too many costly searches at once");
  }
}
