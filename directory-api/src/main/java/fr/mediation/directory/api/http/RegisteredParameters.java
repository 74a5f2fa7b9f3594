package fr.mediation.directory.api.http;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The query parameters a {@link BeanParam} class reads by name from the request rather than through
 * {@link QueryParam} fields (the parameters of a registry, such as the yes/no filters), by class.
 * The class registers them in a static initialiser, keeping the set {@link #register} returns;
 * {@link KnownParameters} accepts them without making an instance of the class.
 */
public final class RegisteredParameters {

  private static final Map<Class<?>, Set<String>> BY_CLASS = new ConcurrentHashMap<>();

  private RegisteredParameters() {}

  /**
   * Records that {@code bean} reads the query parameters {@code names} by name, besides its
   * declared ones, and returns them (unmodifiable, in their order).
   */
  public static Set<String> register(Class<?> bean, Collection<String> names) {
    Set<String> registered = Collections.unmodifiableSet(new LinkedHashSet<>(names));
    BY_CLASS.put(bean, registered);
    return registered;
  }

  /**
   * The names {@code bean} registered, none when it registered none. The class is initialised (its
   * static initialisers run, registering its names) but no instance is made.
   */
  static Set<String> of(Class<?> bean) {
    try {
      Class.forName(bean.getName(), true, bean.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("The class of a bean of parameters went missing: " + bean, e);
    }
    return BY_CLASS.getOrDefault(bean, Set.of());
  }
}
