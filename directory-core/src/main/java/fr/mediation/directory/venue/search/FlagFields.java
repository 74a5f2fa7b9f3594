package fr.mediation.directory.venue.search;

import fr.mediation.directory.venue.VenueFields;
import java.util.EnumMap;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;

/**
 * The index fields of the {@link FlagFilter}s, declared and written from the registry, so that
 * registering a flag is enough for the venue index binder to index it.
 */
public final class FlagFields {

  private final Map<FlagFilter, IndexFieldReference<Boolean>> fields;

  private FlagFields(Map<FlagFilter, IndexFieldReference<Boolean>> fields) {
    this.fields = fields;
  }

  /** Declares one aggregable boolean field per flag (aggregable: flags are facets). */
  public static FlagFields declare(IndexSchemaElement schema, IndexFieldTypeFactory types) {
    var flag = types.asBoolean().aggregable(Aggregable.YES).toIndexFieldType();
    Map<FlagFilter, IndexFieldReference<Boolean>> fields = new EnumMap<>(FlagFilter.class);
    for (FlagFilter filter : FlagFilter.values()) {
      fields.put(filter, schema.field(filter.indexField(), flag).toReference());
    }
    return new FlagFields(fields);
  }

  /** Writes every flag of {@code venue}. */
  public void write(DocumentElement target, VenueFields venue) {
    fields.forEach((filter, field) -> target.addValue(field, filter.holds(venue)));
  }
}
