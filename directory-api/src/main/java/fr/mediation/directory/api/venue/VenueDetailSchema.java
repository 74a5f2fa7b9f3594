package fr.mediation.directory.api.venue;

import fr.mediation.directory.venue.field.Field;
import fr.mediation.directory.venue.field.Fields;
import fr.mediation.directory.venue.field.StandardField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Documents the fields of the standard in the schema {@code VenueDetail} of the served OpenAPI
 * document, from the registry: each field's description and example ({@link Field#documented}) and
 * its JSON form ({@link Field.Shape}). The directory's own properties keep the schemas generated
 * from {@link VenueDetail}'s components; all are listed in {@link VenueDetail#propertyOrder()}.
 */
public final class VenueDetailSchema {

  private VenueDetailSchema() {}

  /** Completes the schema {@code VenueDetail} of {@code openAPI}, if the document has it. */
  public static void complete(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Schema detail = openAPI.getComponents().getSchemas().get("VenueDetail");
    if (detail == null) {
      return;
    }
    Map<String, Schema> generated =
        detail.getProperties() == null ? Map.of() : detail.getProperties();
    Map<String, Schema> properties = new LinkedHashMap<>();
    for (String name : VenueDetail.propertyOrder()) {
      Schema schema =
          VenueDetail.isStandard(name)
              ? of(Fields.of(StandardField.byKey(name).orElseThrow()))
              : generated.get(name);
      if (schema != null) {
        properties.put(name, schema);
      }
    }
    detail.setProperties(properties);
  }

  /** The schema of {@code field}'s value as {@link VenueDetail} writes it. */
  static Schema of(Field<?> field) {
    Schema schema =
        switch (field.shape()) {
          case LIST ->
              OASFactory.createSchema()
                  .addType(SchemaType.ARRAY)
                  .items(OASFactory.createSchema().addType(SchemaType.STRING));
          case NUMBER -> OASFactory.createSchema().addType(SchemaType.NUMBER).format("double");
          case DATE -> OASFactory.createSchema().addType(SchemaType.STRING).format("date");
          case TEXT -> OASFactory.createSchema().addType(SchemaType.STRING);
        };
    schema.setDescription(field.description());
    if (field.example() != null) {
      Object example =
          field.shape() == Field.Shape.DATE ? field.example() : field.json(field.example());
      schema.setExamples(List.of(example));
    }
    return schema;
  }
}
