package fr.mediation.directory.api.ops;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

/**
 * Tells {@link RequestTiming} which resource template an API request matched ({@code
 * /api/v1/venues/{id}}), so that requests are counted by route and not by raw path (one series per
 * venue id would swamp the metrics).
 */
@Provider
public class RouteTemplate implements ContainerRequestFilter {

  @Context HttpServletRequest servletRequest;

  @Context UriInfo uriInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    String template = uriInfo.getMatchedResourceTemplate();
    if (template != null && !template.isEmpty()) {
      servletRequest.setAttribute(RequestTiming.ROUTE, template);
    }
  }
}
