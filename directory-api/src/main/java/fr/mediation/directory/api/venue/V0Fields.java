package fr.mediation.directory.api.venue;

import fr.mediation.directory.venue.field.Field;
import fr.mediation.directory.venue.field.Fields;
import fr.mediation.directory.venue.field.StandardField;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the v0 export ({@link StandardV0}) does with each field of the standard, as the field's
 * declaration says ({@link Field#v0()}): copied as its standard text under a v0 column (when the
 * component's pattern for that column, if any, accepts it), reworded by {@link StandardV0}'s own
 * code (v0 wordings, joined lists), or not in v0 at all. {@code StandardV0Test} fails when a field
 * of the standard does not say, so a new field is either given its v0 column or explicitly left
 * out.
 */
final class V0Fields {

  /**
   * One field's place in v0.
   *
   * @param column the v0 column, {@code null} for a field v0 does not have
   * @param valid the component's pattern a copied value must match, {@code null} for any
   * @param copied whether the field's standard text is copied as is; otherwise {@link StandardV0}
   *     converts it
   */
  record V0Field(String column, Pattern valid, boolean copied) {

    /** Whether v0 has no column for the field. */
    boolean notInV0() {
      return column == null;
    }
  }

  /** The component's pattern of each v0 column it checks, for the values copied as is. */
  private static final Map<String, Pattern> VALID =
      Map.of(
          "pivot", StandardV0.PIVOT,
          "commune", StandardV0.COMMUNE,
          "code_postal", StandardV0.POSTCODE,
          "code_insee", StandardV0.INSEE,
          "telephone", StandardV0.PHONE,
          "accessibilite", StandardV0.URL,
          "prise_rdv", StandardV0.URL);

  /** Every field of the standard, in the standard's order. */
  static final Map<StandardField, V0Field> BY_FIELD = table();

  private V0Fields() {}

  private static Map<StandardField, V0Field> table() {
    Map<StandardField, V0Field> t = new EnumMap<>(StandardField.class);
    for (Field<?> field : Fields.all()) {
      Field.V0 v0 = field.v0();
      if (v0 == null) {
        throw new IllegalStateException(
            "Field of the standard " + field.key() + " declares no v0 column nor notInV0()");
      }
      t.put(
          field.standard(),
          new V0Field(v0.column(), v0.copied() ? VALID.get(v0.column()) : null, v0.copied()));
    }
    return t;
  }
}
