package fr.mediation.directory.api.problem;

import fr.mediation.directory.message.Message;
import java.util.MissingResourceException;

/**
 * Titles and details of the HTTP errors that JAX-RS raises itself, in French as the problems are:
 * the {@code http.*} messages of the problems' bundle, by status; a status without words of its own
 * takes those of any client or server error.
 */
final class HttpErrors {

  private HttpErrors() {}

  /** The problem's title for {@code status}. */
  static String title(int status) {
    return text(status, "title");
  }

  /** The problem's detail for {@code status}, for people. */
  static String detail(int status) {
    return text(status, "detail");
  }

  private static String text(int status, String part) {
    String number = String.valueOf(status);
    try {
      return Message.french(ProblemMappers.MESSAGES, "http." + number + "." + part, number);
    } catch (MissingResourceException unnamed) {
      String kind = status >= 500 ? "server" : "client";
      return Message.french(ProblemMappers.MESSAGES, "http." + kind + "." + part, number);
    }
  }
}
