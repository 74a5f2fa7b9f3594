package fr.mediation.directory.web.console;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * One page of the console (a CDI bean: the {@link ConsoleServlet} finds every one). Its {@link
 * #path()} is matched against the address after {@code /console}; its groups are given to the
 * handlers. The servlet has already checked, before a handler runs: that someone is signed in
 * (unless {@link #signedIn()} is false), that they are the administrator when {@link #adminOnly()}
 * (a hub gets 404), and on every POST that the form's {@code _csrf} is the session's (else 403).
 * The handler still applies the access rule to the sources it shows: {@link
 * ConsoleRequest#source(String)}.
 */
public interface ConsolePage {

  /** The addresses of the page after {@code /console} ({@code ""} is {@code /console} itself). */
  Pattern path();

  /** Whether only the administrator may open it. */
  default boolean adminOnly() {
    return false;
  }

  /** Whether one must be signed in (the sign-in page itself says no). */
  default boolean signedIn() {
    return true;
  }

  void get(ConsoleRequest request) throws IOException;

  /** A form's submission; by default the page has none (405). */
  default void post(ConsoleRequest request) throws IOException {
    request.response().setHeader("Allow", "GET");
    request.error(405, "Action impossible", "Cette adresse ne permet pas cette action.");
  }
}
