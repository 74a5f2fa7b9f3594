package fr.mediation.directory.api.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Cross-origin reads: any site may read venues and places from a browser ({@code
 * Access-Control-Allow-Origin: *} on GET and HEAD, and the preflight of such requests), as the
 * partner widget does. Sources, their reports and the admin API, which take keys, stay same-origin.
 */
@Provider
@PreMatching
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String ORIGIN = "Origin";
  private static final String REQUEST_METHOD = "Access-Control-Request-Method";

  @Override
  public void filter(ContainerRequestContext request) {
    if (HttpMethod.OPTIONS.equals(request.getMethod())
        && request.getHeaderString(ORIGIN) != null
        && request.getHeaderString(REQUEST_METHOD) != null
        && isPublicRead(request)) {
      request.abortWith(
          Response.noContent()
              .header("Access-Control-Allow-Origin", "*")
              .header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
              .header("Access-Control-Allow-Headers", "Accept, If-None-Match, Content-Type")
              .header("Access-Control-Max-Age", "86400")
              .build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String method = request.getMethod();
    if ((HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
        && isPublicRead(request)) {
      MultivaluedMap<String, Object> headers = response.getHeaders();
      headers.putSingle("Access-Control-Allow-Origin", "*");
      headers.putSingle("Access-Control-Expose-Headers", "ETag, Link, Content-Disposition");
    }
  }

  private static boolean isPublicRead(ContainerRequestContext request) {
    // The public reads: venues and places. Sources, reports and the admin API stay same-origin.
    String path = request.getUriInfo().getPath();
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return relative.equals("venues")
        || relative.startsWith("venues/")
        || relative.equals("places")
        || relative.startsWith("places/");
  }
}
