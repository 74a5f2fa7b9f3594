package fr.mediation.directory.api.venue;

import fr.mediation.directory.api.http.RegisteredParameters;
import fr.mediation.directory.venue.search.FlagFilter;
import fr.mediation.directory.venue.search.LabelFilter;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters shared by the search, the clusters and the export: where, what, when. Read as text
 * and checked by {@link SearchParameters}, so that a wrong value is a 400 naming the parameter.
 *
 * <p>A {@link LabelFilter} is read from the field whose {@link QueryParam} is its key. A {@link
 * FlagFilter} is read from the request's query by its key: the registry is all the API needs for
 * it, since these parameters are accepted ({@link RegisteredParameters}) and documented ({@code
 * FlagParameterDocumentation}) from it.
 */
public class FilterParameters {

  /** The fields of the declared query parameters, by parameter name. */
  private static final Map<String, Field> BY_NAME = byName();

  /** The yes/no filters' parameter names, in the registry's order, read by name. */
  private static final Set<String> FLAG_NAMES =
      RegisteredParameters.register(
          FilterParameters.class, Arrays.stream(FlagFilter.values()).map(FlagFilter::key).toList());

  /** The request, whose query holds the registry's yes/no parameters (JAX-RS injects it). */
  @Context UriInfo request;

  /** The query parameters of a search made in the same process, without a request. */
  private Map<String, List<String>> given = Map.of();

  @Parameter(
      description =
          "Only venues in this box: `minLon,minLat,maxLon,maxLat` (WGS84 degrees, west, south,"
              + " east, north).",
      example = "2.25,48.81,2.42,48.90")
  @QueryParam("bbox")
  public String bbox;

  @Parameter(
      description =
          "Only venues in these communes: INSEE codes, comma-separated or repeated. A city with"
              + " arrondissements (Paris 75056, Lyon 69123, Marseille 13055) includes them.",
      example = "75056")
  @QueryParam("code_insee")
  public List<String> communes;

  @Parameter(
      description = "Only venues in these départements: codes (`75`, `2A`, `974`).",
      example = "974")
  @QueryParam("departement")
  public List<String> departements;

  @Parameter(
      description = "Only venues in these régions: INSEE codes of the région (`11` Île-de-France).",
      example = "11")
  @QueryParam("region")
  public List<String> regions;

  @Parameter(
      description =
          "Services offered: codes (e.g. `aide-aux-demarches-administratives`) or labels of the"
              + " standard. A venue matches if it offers any of them.",
      example = "aide-aux-demarches-administratives")
  @QueryParam("services")
  public List<String> services;

  @Parameter(
      description =
          "Publics the venue specifically welcomes (standard's `publics_specifiquement_adresses`):"
              + " codes or labels.",
      example = "jeunes")
  @QueryParam("publics_specifiquement_adresses")
  public List<String> publics;

  @Parameter(
      description =
          "Specific support the venue offers (standard's `prise_en_charge_specifique`): codes or"
              + " labels.",
      example = "surdite")
  @QueryParam("prise_en_charge_specifique")
  public List<String> supports;

  @Parameter(
      description = "Fee conditions: `gratuit`, `gratuit-sous-condition`, `payant`.",
      example = "gratuit")
  @QueryParam("frais_a_charge")
  public List<String> fees;

  @Parameter(
      description = "How to get access (standard's `modalites_acces`): codes or labels.",
      example = "se-presenter")
  @QueryParam("modalites_acces")
  public List<String> accessModes;

  @Parameter(
      description =
          "How people are helped (standard's `modalites_accompagnement`): codes or labels.",
      example = "accompagnement-individuel")
  @QueryParam("modalites_accompagnement")
  public List<String> supportModes;

  @Parameter(
      description =
          "National schemes and programmes (standard's `dispositif_programmes_nationaux`): codes"
              + " or labels.",
      example = "france-services")
  @QueryParam("dispositif_programmes_nationaux")
  public List<String> programmes;

  @Parameter(
      description = "Trainings and labels (standard's `formations_labels`): codes or labels.",
      example = "forme-a-mon-espace-sante")
  @QueryParam("formations_labels")
  public List<String> trainingLabels;

  @Parameter(
      description =
          "Kinds of structure (standard's `typologie`): codes such as `bib`, `cs`, `mairie`.",
      example = "bib")
  @QueryParam("typologie")
  public List<String> typologies;

  @Parameter(description = "`itinerant` (moves, like a digital bus) or `fixe`.", example = "fixe")
  @QueryParam("itinerance")
  public List<String> mobility;

  @Parameter(
      description =
          "`true`: only venues open now, by their opening hours (OSM syntax) read in the venue's"
              + " own time zone (overseas included) with the public holidays of its territory.",
      example = "true",
      schema = @Schema(type = SchemaType.BOOLEAN))
  @QueryParam("ouvert_maintenant")
  public String openNow;

  @Parameter(
      description =
          "Only venues open at this date-time: with an offset (`2026-11-28T10:00:00+01:00`,"
              + " `...Z`) an instant, read on each venue's clock; without one"
              + " (`2026-11-28T10:00`), the same wall-clock time for every venue.",
      example = "2026-11-28T10:00",
      schema = @Schema(type = SchemaType.STRING, format = "date-time"))
  @QueryParam("ouvert_le")
  public String openAt;

  @Parameter(
      description = "`true`: only venues open at some time on Saturdays.",
      example = "true",
      schema = @Schema(type = SchemaType.BOOLEAN))
  @QueryParam("ouvert_samedi")
  public String openSaturday;

  /** The values given for {@code filter}'s parameter, {@code null} when absent. */
  @SuppressWarnings("unchecked")
  List<String> values(LabelFilter filter) {
    return (List<String>) read(filter.key());
  }

  /**
   * The value given for {@code flag}'s parameter (the first one when repeated, as for a declared
   * parameter), {@code null} when absent.
   */
  String value(FlagFilter flag) {
    List<String> values =
        request != null ? request.getQueryParameters().get(flag.key()) : given.get(flag.key());
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  /** Whether a query parameter {@code name} is declared here or read from the registry. */
  static boolean declares(String name) {
    return BY_NAME.containsKey(name) || FLAG_NAMES.contains(name);
  }

  /** Every filter's parameter name: the declared ones in their order, then the registry's. */
  static Set<String> names() {
    Set<String> names = new LinkedHashSet<>(BY_NAME.keySet());
    names.addAll(FLAG_NAMES);
    return Collections.unmodifiableSet(names);
  }

  /**
   * The filters of {@code values} (by parameter name) as JAX-RS would read them from a request's
   * query; names that are not filters are ignored.
   */
  static FilterParameters of(Map<String, List<String>> values) {
    FilterParameters filters = new FilterParameters();
    BY_NAME.forEach(
        (name, field) -> {
          List<String> value = values.get(name);
          if (value == null || value.isEmpty()) {
            return;
          }
          try {
            field.set(
                filters, field.getType() == List.class ? new ArrayList<>(value) : value.get(0));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        });
    filters.given = new LinkedHashMap<>(values);
    return filters;
  }

  private Object read(String name) {
    Field field = BY_NAME.get(name);
    if (field == null) {
      throw new IllegalStateException("No query parameter " + name + " in FilterParameters");
    }
    try {
      return field.get(this);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Field> byName() {
    Map<String, Field> fields = new LinkedHashMap<>();
    for (Field field : FilterParameters.class.getDeclaredFields()) {
      QueryParam parameter = field.getAnnotation(QueryParam.class);
      if (parameter == null) {
        continue;
      }
      if (field.getType() != List.class && field.getType() != String.class) {
        throw new IllegalStateException("Unsupported filter type: " + field);
      }
      fields.put(parameter.value(), field);
    }
    return Collections.unmodifiableMap(fields);
  }
}
