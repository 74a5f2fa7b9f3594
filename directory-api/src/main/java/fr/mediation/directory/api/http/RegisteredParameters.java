package fr.mediation.directory.api.http;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.util.Set;

/**
 * A {@link BeanParam} class that reads some query parameters by name from the request rather than
 * through {@link QueryParam} fields (the parameters of a registry, such as the yes/no filters):
 * {@link KnownParameters} accepts the names it gives. Such a class has a constructor without
 * arguments, as JAX-RS requires of a bean.
 */
public interface RegisteredParameters {

  /** The names of the query parameters read by name, besides the declared ones. */
  Set<String> registeredNames();
}
