package fr.mediation.directory.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.web.protect.RateLimitFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleSessionsTest {

  /** A request whose attributes are {@code attributes}, on a plain connection. */
  private static HttpServletRequest request(Map<String, Object> attributes) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            ConsoleSessionsTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getContextPath" -> "";
                  case "isSecure" -> false;
                  case "getAttribute" -> attributes.get((String) args[0]);
                  default -> null;
                });
  }

  @Test
  void theCookieIsHttpOnlyStrictAndOnTheConsolesPathOnly() {
    String cookie = ConsoleSessions.cookie(request(Map.of()), "abc", -1);

    assertThat(cookie)
        .isEqualTo("console=abc; Path=/console; HttpOnly; SameSite=Strict")
        .doesNotContain("Secure");
  }

  @Test
  void theCookieIsSecureWhenTheClientCameOverHttps() {
    String cookie = ConsoleSessions.cookie(request(Map.of(RateLimitFilter.HTTPS, true)), "abc", -1);

    assertThat(cookie).endsWith("; Secure");
  }

  @Test
  void signingOutExpiresTheCookie() {
    assertThat(ConsoleSessions.cookie(request(Map.of()), "", 0)).contains("console=;", "Max-Age=0");
  }

  @Test
  void onlyTheSessionsOwnTokenIsValid() {
    ConsoleSession session = new ConsoleSession("id", "token", null, Instant.EPOCH);

    assertThat(ConsoleSessions.validToken(session, "token")).isTrue();
    assertThat(ConsoleSessions.validToken(session, "tokeN")).isFalse();
    assertThat(ConsoleSessions.validToken(session, null)).isFalse();
    assertThat(ConsoleSessions.validToken(null, "token")).isFalse();
  }

  @Test
  void aHubMayOnlyReadItsOwnSourceAndTheAdministratorAny() {
    assertThat(ConsoleUser.hub("gironde").mayRead("gironde")).isTrue();
    assertThat(ConsoleUser.hub("gironde").mayRead("landes")).isFalse();
    assertThat(ConsoleUser.hub("gironde").mayRead(null)).isFalse();
    assertThat(ConsoleUser.administrator().mayRead("landes")).isTrue();
    assertThat(ConsoleUser.administrator().who()).isEqualTo("admin");
    assertThat(ConsoleUser.hub("gironde").who()).isEqualTo("gironde");
  }
}
