package fr.mediation.directory.api.access;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * The filters that check keys before a resource method runs, bound by {@link AdminKeyRequired} and
 * {@link SourceKeyRequired}; a refusal is thrown as a problem, answered by the problem mappers.
 */
public final class KeyFilters {

  private KeyFilters() {}

  /** The administrator's key, for {@link AdminKeyRequired} resources. */
  @Provider
  @AdminKeyRequired
  @Priority(Priorities.AUTHENTICATION)
  public static class Admin implements ContainerRequestFilter {

    @Inject Access access;

    @Override
    public void filter(ContainerRequestContext request) {
      access.requireAdmin(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    }
  }

  /** A source's key (or the administrator's), for {@link SourceKeyRequired} resources. */
  @Provider
  @SourceKeyRequired
  @Priority(Priorities.AUTHENTICATION)
  public static class Source implements ContainerRequestFilter {

    @Inject Access access;

    @Context ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
      access.requireSource(
          required(resource.getResourceMethod(), resource.getResourceClass()),
          request.getUriInfo().getPathParameters().getFirst("id"),
          request.getHeaderString(HttpHeaders.AUTHORIZATION));
    }

    /** The method's annotation, else its class's. */
    static SourceKeyRequired required(Method method, Class<?> type) {
      SourceKeyRequired onMethod = method.getAnnotation(SourceKeyRequired.class);
      return onMethod != null ? onMethod : type.getAnnotation(SourceKeyRequired.class);
    }
  }
}
