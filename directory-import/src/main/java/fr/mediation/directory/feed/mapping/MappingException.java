package fr.mediation.directory.feed.mapping;

/** A mapping file that does not follow the format of {@code docs/feed-mapping-v1.md}. */
public class MappingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MappingException(String message) {
    super(message);
  }

  public MappingException(String message, Throwable cause) {
    super(message, cause);
  }
}
