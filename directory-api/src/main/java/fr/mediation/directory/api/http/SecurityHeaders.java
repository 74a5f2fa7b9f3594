package fr.mediation.directory.api.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code X-Content-Type-Options: nosniff} on every answer of the API, errors included: a browser
 * must not read a JSON or CSV answer (whose text comes partly from sources) as HTML or script.
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
  }
}
