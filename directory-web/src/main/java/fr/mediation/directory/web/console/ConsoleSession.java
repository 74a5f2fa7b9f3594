package fr.mediation.directory.web.console;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A browser's session of the console: its CSRF token (a form's hidden {@code _csrf} must carry it)
 * and, once signed in, who. A session before sign-in exists only to carry the sign-in form's token;
 * signing in replaces it by a new one (new id, new token).
 */
final class ConsoleSession {

  private final String id;
  private final String csrf;
  private final ConsoleUser user;
  private final Instant startedAt;
  private final Map<String, Object> kept = new ConcurrentHashMap<>();

  ConsoleSession(String id, String csrf, ConsoleUser user, Instant startedAt) {
    this.id = id;
    this.csrf = csrf;
    this.user = user;
    this.startedAt = startedAt;
  }

  String id() {
    return id;
  }

  String csrf() {
    return csrf;
  }

  /** Who is signed in; null before sign-in. */
  ConsoleUser user() {
    return user;
  }

  Instant startedAt() {
    return startedAt;
  }

  /**
   * What a page keeps for the session's next request (a dry run's report shown after its redirect):
   * gone with the session.
   */
  Map<String, Object> kept() {
    return kept;
  }
}
