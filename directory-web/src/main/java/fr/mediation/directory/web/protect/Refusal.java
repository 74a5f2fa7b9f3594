package fr.mediation.directory.web.protect;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A request refused before it is served, with {@code Retry-After} and never cached: problem details
 * for the API, the server's French error page for the status ({@code web.xml}) for people.
 */
final class Refusal {

  private Refusal() {}

  /** Refuses {@code request} with {@code status}, to be tried again in {@code seconds}. */
  static void send(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      long seconds,
      String title,
      String detail)
      throws IOException {
    response.setHeader("Retry-After", String.valueOf(seconds));
    response.setHeader("Cache-Control", "no-store");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/")) {
      request.setAttribute(RateLimitFilter.RETRY_AFTER, seconds);
      response.sendError(status);
      return;
    }
    String body =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status)
            .add("detail", detail)
            .add("instance", request.getRequestURI())
            .build()
            .toString();
    response.setStatus(status);
    response.setContentType("application/problem+json;charset=UTF-8");
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }
}
