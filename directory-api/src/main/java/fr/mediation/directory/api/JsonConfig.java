package fr.mediation.directory.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B as the API writes it: properties in declaration order, absent values left out, names as
 * given by {@code @JsonbProperty} (the standard's snake_case field names).
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

  private final Jsonb jsonb =
      JsonbBuilder.create(
          new JsonbConfig()
              .withNullValues(false)
              .withPropertyOrderStrategy(PropertyOrderStrategy.ANY)
              .withFormatting(false));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
