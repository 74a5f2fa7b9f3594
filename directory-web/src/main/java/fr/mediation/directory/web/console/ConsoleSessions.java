package fr.mediation.directory.web.console;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.mediation.directory.web.protect.RateLimitFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * The console's sessions, in memory, behind a cookie of its own ({@value #COOKIE}, path {@code
 * /console}): {@code HttpOnly}, {@code SameSite=Strict} (the console is reached by its address or a
 * bookmark, never needs to be signed in when arriving from another site, and no other site can make
 * a signed-in request), {@code Secure} when the client reached the service over HTTPS (directly or
 * through a trusted proxy's {@code X-Forwarded-Proto}). A session ends after {@link #IDLE} without
 * a request, or {@link #LONGEST} after sign-in. The container's own session is not used: its
 * cookie's attributes are fixed by the server's configuration, not by the request's scheme.
 */
@ApplicationScoped
public class ConsoleSessions {

  static final String COOKIE = "console";
  static final Duration IDLE = Duration.ofMinutes(30);
  static final Duration LONGEST = Duration.ofHours(10);

  private static final SecureRandom RANDOM = new SecureRandom();

  Clock clock = Clock.systemUTC();

  private final Cache<String, ConsoleSession> sessions =
      Caffeine.newBuilder().maximumSize(20_000).expireAfterAccess(IDLE).build();

  /** The request's session, if its cookie names a live one. */
  Optional<ConsoleSession> current(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null) {
        ConsoleSession session = sessions.getIfPresent(cookie.getValue());
        if (session != null && session.startedAt().plus(LONGEST).isAfter(clock.instant())) {
          return Optional.of(session);
        }
      }
    }
    return Optional.empty();
  }

  /** The request's session, or a new one (not signed in) whose cookie goes with the answer. */
  ConsoleSession currentOrNew(HttpServletRequest request, HttpServletResponse response) {
    return current(request).orElseGet(() -> start(request, response, null));
  }

  /**
   * Signs {@code user} in: the request's session (if any) is dropped and a new one, with a new id
   * and a new CSRF token, takes its place (no session fixation).
   */
  ConsoleSession signIn(
      HttpServletRequest request, HttpServletResponse response, ConsoleUser user) {
    current(request).ifPresent(s -> sessions.invalidate(s.id()));
    return start(request, response, user);
  }

  /** Ends the request's session and clears its cookie. */
  void signOut(HttpServletRequest request, HttpServletResponse response) {
    current(request).ifPresent(s -> sessions.invalidate(s.id()));
    response.addHeader("Set-Cookie", cookie(request, "", 0));
  }

  /** Whether {@code given} is the session's CSRF token (compared in constant time). */
  static boolean validToken(ConsoleSession session, String given) {
    return session != null
        && given != null
        && MessageDigest.isEqual(
            session.csrf().getBytes(StandardCharsets.UTF_8),
            given.getBytes(StandardCharsets.UTF_8));
  }

  private ConsoleSession start(
      HttpServletRequest request, HttpServletResponse response, ConsoleUser user) {
    ConsoleSession session =
        new ConsoleSession(randomToken(), randomToken(), user, clock.instant());
    sessions.put(session.id(), session);
    response.addHeader("Set-Cookie", cookie(request, session.id(), -1));
    return session;
  }

  /** The {@code Set-Cookie} value: a session cookie, or an expired one ({@code maxAge} 0). */
  static String cookie(HttpServletRequest request, String value, int maxAge) {
    StringBuilder c =
        new StringBuilder(COOKIE)
            .append('=')
            .append(value)
            .append("; Path=")
            .append(request.getContextPath())
            .append("/console; HttpOnly; SameSite=Strict");
    if (maxAge >= 0) {
      c.append("; Max-Age=").append(maxAge);
    }
    if (Boolean.TRUE.equals(request.getAttribute(RateLimitFilter.HTTPS)) || request.isSecure()) {
      c.append("; Secure");
    }
    return c.toString();
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
