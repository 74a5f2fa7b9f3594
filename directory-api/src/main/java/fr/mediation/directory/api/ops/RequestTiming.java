package fr.mediation.directory.api.ops;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * Times every request of the application (API, pages, assets, widget) by route: the API's resource
 * template (set by {@link RouteTemplate}), else the servlet mapping's pattern ({@code /lieux/*}),
 * {@code /} for the home page and {@code static} for files. {@code /metrics} and {@code /health}
 * are Liberty's, not timed. The WAR's web.xml declares it first of the application's filters, so
 * that the time a request waited for its turn and the refusals of the rate limits are timed too.
 */
public class RequestTiming extends HttpFilter {

  /** Request attribute holding the matched API template. */
  static final String ROUTE = RequestTiming.class.getName() + ".route";

  @Inject Metrics metrics;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long start = System.nanoTime();
    int status = 500;
    try {
      chain.doFilter(request, response);
      status = response.getStatus();
    } finally {
      metrics.request(
          route(request), request.getMethod(), status, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  static String route(HttpServletRequest request) {
    Object template = request.getAttribute(ROUTE);
    if (template != null) {
      return template.toString();
    }
    HttpServletMapping mapping = request.getHttpServletMapping();
    if (mapping == null || mapping.getMappingMatch() == null) {
      return "other";
    }
    return switch (mapping.getMappingMatch()) {
      case CONTEXT_ROOT -> "/";
      case DEFAULT -> "static";
      default -> mapping.getPattern();
    };
  }
}
