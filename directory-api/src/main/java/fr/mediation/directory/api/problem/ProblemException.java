package fr.mediation.directory.api.problem;

import fr.mediation.directory.message.Message;
import java.util.Map;

/**
 * An error with its HTTP status, answered as problem details: for the cases that are neither a bad
 * parameter nor a missing resource (401, 403, 409, 413, 422...).
 */
public class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;
  private final String detailFr;
  private final transient Object body;
  private final Map<String, String> headers;

  /**
   * @param status the HTTP status
   * @param title the kind of problem, in French
   * @param message what went wrong, in English (logs)
   * @param detailFr what went wrong, in French (the answer's detail)
   */
  public ProblemException(int status, String title, String message, String detailFr) {
    this(status, title, message, detailFr, null, Map.of());
  }

  /**
   * @param message what went wrong, in English (logs) and French (the answer's detail)
   */
  public ProblemException(int status, String title, Message message) {
    this(status, title, message.en(), message.fr());
  }

  /**
   * @param body an entity to answer instead of problem details (e.g. a held run's report), or null
   * @param headers response headers (e.g. WWW-Authenticate)
   */
  public ProblemException(
      int status,
      String title,
      String message,
      String detailFr,
      Object body,
      Map<String, String> headers) {
    super(message);
    this.status = status;
    this.title = title;
    this.detailFr = detailFr;
    this.body = body;
    this.headers = Map.copyOf(headers);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detailFr() {
    return detailFr;
  }

  public Object body() {
    return body;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
