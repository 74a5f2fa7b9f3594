package fr.mediation.directory.api.venue;

import fr.mediation.directory.venue.field.StandardField;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the v0 export ({@link StandardV0}) does with each field of the standard, declared once per
 * field: copied as its standard text under a v0 column (when the component's pattern, if any,
 * accepts it), converted by {@link StandardV0}'s own code (v0 wordings, joined lists), or not in v0
 * at all. {@code StandardV0Test} fails when a field of the standard has no entry here, so a new
 * field is either given its v0 column or explicitly left out.
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

  private static final V0Field NOT_IN_V0 = new V0Field(null, null, false);

  /** Every field of the standard, in the standard's order. */
  static final Map<StandardField, V0Field> BY_FIELD = table();

  private V0Fields() {}

  private static Map<StandardField, V0Field> table() {
    Map<StandardField, V0Field> t = new EnumMap<>(StandardField.class);
    t.put(StandardField.ID, converted("id")); // the directory's id, not the source's
    t.put(StandardField.PIVOT, copied("pivot", StandardV0.PIVOT));
    t.put(StandardField.NOM, copied("nom", null));
    t.put(StandardField.COMMUNE, copied("commune", StandardV0.COMMUNE));
    t.put(StandardField.CODE_POSTAL, copied("code_postal", StandardV0.POSTCODE));
    t.put(StandardField.CODE_INSEE, copied("code_insee", StandardV0.INSEE));
    t.put(StandardField.ADRESSE, converted("adresse"));
    t.put(StandardField.COMPLEMENT_ADRESSE, copied("complement_adresse", null));
    t.put(StandardField.LATITUDE, converted("latitude"));
    t.put(StandardField.LONGITUDE, converted("longitude"));
    t.put(StandardField.TYPOLOGIE, converted("typologie"));
    t.put(StandardField.TELEPHONE, copied("telephone", StandardV0.PHONE));
    t.put(StandardField.COURRIELS, converted("courriel"));
    t.put(StandardField.SITE_WEB, converted("site_web"));
    t.put(StandardField.HORAIRES, copied("horaires", null));
    t.put(StandardField.PRESENTATION_RESUME, copied("presentation_resume", null));
    t.put(StandardField.PRESENTATION_DETAIL, copied("presentation_detail", null));
    t.put(StandardField.SOURCE, copied("source", null));
    t.put(StandardField.ITINERANCE, NOT_IN_V0);
    t.put(StandardField.STRUCTURE_PARENTE, copied("structure_parente", null));
    t.put(StandardField.DATE_MAJ, copied("date_maj", null));
    t.put(StandardField.SERVICES, converted("services"));
    t.put(StandardField.PUBLICS_SPECIFIQUEMENT_ADRESSES, converted("publics_accueillis"));
    t.put(StandardField.PRISE_EN_CHARGE_SPECIFIQUE, converted("publics_accueillis"));
    t.put(StandardField.FRAIS_A_CHARGE, converted("conditions_acces"));
    t.put(StandardField.DISPOSITIF_PROGRAMMES_NATIONAUX, converted("labels_nationaux"));
    t.put(StandardField.FORMATIONS_LABELS, converted("labels_nationaux"));
    t.put(StandardField.AUTRES_FORMATIONS_LABELS, converted("labels_autres"));
    t.put(StandardField.MODALITES_ACCES, NOT_IN_V0);
    t.put(StandardField.MODALITES_ACCOMPAGNEMENT, converted("modalites_accompagnement"));
    t.put(StandardField.FICHE_ACCES_LIBRE, copied("accessibilite", StandardV0.URL));
    t.put(StandardField.PRISE_RDV, copied("prise_rdv", StandardV0.URL));
    return t;
  }

  private static V0Field copied(String column, Pattern valid) {
    return new V0Field(column, valid, true);
  }

  private static V0Field converted(String column) {
    return new V0Field(column, null, false);
  }
}
