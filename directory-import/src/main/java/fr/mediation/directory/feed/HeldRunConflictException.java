package fr.mediation.directory.feed;

/** A held run cannot be released or discarded as asked: it says why, in English and French. */
public class HeldRunConflictException extends RuntimeException {

  private final String messageFr;

  public HeldRunConflictException(String message, String messageFr) {
    super(message);
    this.messageFr = messageFr;
  }

  public String messageFr() {
    return messageFr;
  }
}
