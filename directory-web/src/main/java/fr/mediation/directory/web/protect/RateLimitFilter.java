package fr.mediation.directory.web.protect;

import fr.mediation.directory.api.ops.Metrics;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Per-client budgets on the API and the pages ({@code directory.rate.requests-per-minute}) and on
 * error reports, the API's and the pages' form ({@code directory.rate.reports-per-hour}), and on
 * the console's sign-in attempts ({@code directory.rate.sign-ins-per-hour}): beyond them, 429
 * problem details (the French error page for people) with {@code Retry-After}. Static assets are
 * not counted. Clients are told apart by {@link ClientAddress}; addresses in {@code
 * directory.rate.exempt} are never limited. Declared in the WAR's web.xml, after the requests'
 * timing and before the turns.
 */
public class RateLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The request attribute giving the pages' error page the seconds to wait. */
  public static final String RETRY_AFTER = "directory.rate.retry-after";

  /**
   * The request attribute saying whether the client reached the service over HTTPS: the
   * connection's own scheme or, on a trusted proxy's connection, its {@code X-Forwarded-Proto}.
   */
  public static final String HTTPS = "directory.client.https";

  /** Paths whose requests are not counted: files of the pages and of the widget. */
  private static final List<String> STATIC = List.of("/assets/", "/widget/");

  private transient RateLimits requests;
  private transient RateLimits reports;
  private transient RateLimits signIns;
  private transient ClientAddress clients;
  private transient Set<String> exempt;

  @Inject transient Metrics metrics;

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    Config settings = ConfigProvider.getConfig();
    requests =
        new RateLimits(
            settings
                .getOptionalValue("directory.rate.requests-per-minute", Integer.class)
                .orElse(600),
            Duration.ofMinutes(1));
    reports =
        new RateLimits(
            settings.getOptionalValue("directory.rate.reports-per-hour", Integer.class).orElse(20),
            Duration.ofHours(1));
    signIns =
        new RateLimits(
            settings.getOptionalValue("directory.rate.sign-ins-per-hour", Integer.class).orElse(10),
            Duration.ofHours(1));
    clients =
        new ClientAddress(
            settings.getOptionalValue("directory.rate.client-header", String.class).orElse(null),
            addresses(
                settings
                    .getOptionalValue("directory.rate.trusted-proxies", String.class)
                    .orElse("127.0.0.1,::1,0:0:0:0:0:0:0:1")));
    exempt = addresses(settings.getOptionalValue("directory.rate.exempt", String.class).orElse(""));
  }

  private static Set<String> addresses(String list) {
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(a -> !a.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (STATIC.stream().anyMatch(path::startsWith)) {
      chain.doFilter(request, response);
      return;
    }
    request.setAttribute(
        HTTPS,
        request.isSecure()
            || (clients.trustedProxies().contains(request.getRemoteAddr())
                && "https".equalsIgnoreCase(strip(request.getHeader("X-Forwarded-Proto")))));
    String forwarded = clients.header() == null ? null : request.getHeader(clients.header());
    String client = clients.resolve(request.getRemoteAddr(), forwarded);
    if (!exempt.contains(client)) {
      OptionalLong wait = requests.take(client);
      if (wait.isPresent()) {
        refuse(
            request,
            response,
            "requests",
            wait.getAsLong(),
            "Trop de requêtes depuis votre adresse : réessayez dans quelques instants.");
        return;
      }
      if (isSignIn(request.getMethod(), path)) {
        wait = signIns.take(client);
        if (wait.isPresent()) {
          refuse(
              request,
              response,
              "sign-ins",
              wait.getAsLong(),
              "Trop de tentatives de connexion depuis votre adresse : réessayez plus tard.");
          return;
        }
      }
      if (isReport(request.getMethod(), path)) {
        wait = reports.take(client);
        if (wait.isPresent()) {
          refuse(
              request,
              response,
              "reports",
              wait.getAsLong(),
              "Trop de signalements envoyés depuis votre adresse : réessayez plus tard.");
          return;
        }
      }
    }
    chain.doFilter(request, response);
  }

  /** The first value of a header that proxies may have made a list; null when absent. */
  private static String strip(String header) {
    return header == null ? null : header.split(",", 2)[0].strip();
  }

  /** An attempt to sign in to the console. */
  static boolean isSignIn(String method, String path) {
    return "POST".equals(method) && path.equals("/console/connexion");
  }

  /** A new error report: by the API or by the form of a venue's page. */
  static boolean isReport(String method, String path) {
    return "POST".equals(method)
        && (path.equals("/api/v1/error-reports")
            || (path.startsWith("/lieux/") && path.endsWith("/signaler")));
  }

  /** 429 with {@code Retry-After} ({@link Refusal}), counted by the limit's name. */
  private void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      String limit,
      long seconds,
      String detail)
      throws IOException {
    if (metrics != null) {
      metrics.rateLimitRefused(limit);
    }
    Refusal.send(request, response, 429, seconds, "Trop de requêtes", detail);
  }
}
