package fr.mediation.directory.venue.search.internal;

import fr.mediation.directory.venue.VenueFields;
import fr.mediation.directory.venue.field.Field;
import fr.mediation.directory.venue.field.Fields;
import fr.mediation.directory.venue.field.IndexSpec;
import fr.mediation.directory.venue.internal.FieldColumns;
import fr.mediation.directory.venue.search.Analyzers;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * Maps each field of the registry {@link Fields} that declares an {@link IndexSpec} to an index
 * field named by its key, on its column of {@link VenueFields}: the index's fields of the standard
 * come from the registry, not from annotations repeated per column. Registered in {@code
 * persistence.xml} ({@code hibernate.search.mapping.configurer}).
 */
public class FieldIndexMapping implements HibernateOrmSearchMappingConfigurer {

  @Override
  public void configure(HibernateOrmMappingConfigurationContext context) {
    TypeMappingStep type = context.programmaticMapping().type(VenueFields.class);
    for (Field<?> field : Fields.all()) {
      IndexSpec spec = field.index();
      if (spec != null) {
        map(type.property(FieldColumns.columnName(field.standard())), field.key(), spec);
      }
    }
  }

  private static void map(PropertyMappingStep property, String name, IndexSpec spec) {
    Projectable projectable = spec.projectable() ? Projectable.YES : Projectable.DEFAULT;
    switch (spec.kind()) {
      case KEYWORD ->
          property
              .keywordField(name)
              .projectable(projectable)
              .aggregable(spec.aggregable() ? Aggregable.YES : Aggregable.DEFAULT)
              .sortable(spec.sortable() ? Sortable.YES : Sortable.DEFAULT);
      case FULL_TEXT ->
          property.fullTextField(name).analyzer(Analyzers.FRENCH).projectable(projectable);
      case GENERIC ->
          property
              .genericField(name)
              .searchable(spec.searchable() ? Searchable.DEFAULT : Searchable.NO)
              .projectable(projectable)
              .sortable(spec.sortable() ? Sortable.YES : Sortable.DEFAULT);
    }
    if (spec.sortKeyword()) {
      property.keywordField(name + "_sort").normalizer(Analyzers.SORT).sortable(Sortable.YES);
    }
  }
}
