package fr.mediation.directory.api.cors;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets any site read venues and places from a browser ({@code Access-Control-Allow-Origin: *}) on
 * GET and HEAD of {@code /venues*} and {@code /places*}: the data is public and no cookie is used.
 * Everything else (sources, keys, admin) stays same-origin.
 */
@Provider
public class PublicReadCors implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return;
    }
    String path = request.getUriInfo().getPath();
    if (path.startsWith("/")) {
      path = path.substring(1);
    }
    if (path.startsWith("venues") || path.startsWith("places")) {
      response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
      response.getHeaders().putSingle("Access-Control-Expose-Headers", "Content-Language");
    }
  }
}
