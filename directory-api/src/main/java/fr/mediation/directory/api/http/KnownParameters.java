package fr.mediation.directory.api.http;

import fr.mediation.directory.api.DirectoryApi;
import fr.mediation.directory.api.problem.UnknownParameterException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refuses the query parameters an endpoint does not take, with a 400 naming them and listing the
 * accepted ones: a typo ({@code servics=gratuit}) or a parameter of another endpoint would
 * otherwise be ignored, and the whole answer taken for a filtered one. The accepted names are those
 * the matched resource method reads, from its {@link QueryParam} parameters and the {@link
 * QueryParam} fields and setters of its {@link BeanParam} classes, and the names such a class
 * registered as read by name ({@link RegisteredParameters}): declaring a parameter is all it takes
 * for it to be accepted.
 */
@Provider
public class KnownParameters implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    if (method == null
        || !resource
            .getResourceClass()
            .getPackageName()
            .startsWith(DirectoryApi.class.getPackageName())) {
      return;
    }
    context.register(new Check(accepted(resource.getResourceClass(), method)));
  }

  /** The query parameters {@code method} of {@code type} reads. */
  public static Set<String> accepted(Class<?> type, Method method) {
    Set<String> names = new TreeSet<>();
    for (Annotation[] annotations : method.getParameterAnnotations()) {
      for (Annotation annotation : annotations) {
        if (annotation instanceof QueryParam query) {
          names.add(query.value());
        }
      }
    }
    for (int i = 0; i < method.getParameterCount(); i++) {
      if (method.getParameters()[i].isAnnotationPresent(BeanParam.class)) {
        addBean(method.getParameterTypes()[i], names);
      }
    }
    // Fields and properties of the resource class itself.
    addBean(type, names);
    return names;
  }

  private static void addBean(Class<?> bean, Set<String> names) {
    names.addAll(RegisteredParameters.of(bean));
    for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        add(field, field.getType(), names);
      }
      for (Method setter : c.getDeclaredMethods()) {
        add(setter, setter.getParameterCount() == 1 ? setter.getParameterTypes()[0] : null, names);
      }
    }
  }

  private static void add(AnnotatedElement element, Class<?> type, Set<String> names) {
    QueryParam query = element.getAnnotation(QueryParam.class);
    if (query != null) {
      names.add(query.value());
    }
    if (element.isAnnotationPresent(BeanParam.class) && type != null) {
      addBean(type, names);
    }
  }

  /** The check of one resource method. */
  static final class Check implements ContainerRequestFilter {
    private final Set<String> accepted;

    Check(Set<String> accepted) {
      this.accepted = Set.copyOf(accepted);
    }

    @Override
    public void filter(ContainerRequestContext request) {
      check(request.getUriInfo().getQueryParameters());
    }

    /** Refuses the names of {@code parameters} that are not accepted. */
    void check(Map<String, List<String>> parameters) {
      Map<String, String> unknown = new LinkedHashMap<>();
      parameters.forEach(
          (name, values) -> {
            if (!name.isBlank() && !accepted.contains(name)) {
              unknown.put(name, first(values));
            }
          });
      if (!unknown.isEmpty()) {
        throw new UnknownParameterException(unknown, accepted);
      }
    }

    private static String first(List<String> values) {
      return values == null || values.isEmpty() ? null : values.getFirst();
    }
  }
}
