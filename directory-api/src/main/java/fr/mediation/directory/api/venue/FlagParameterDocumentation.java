package fr.mediation.directory.api.venue;

import fr.mediation.directory.venue.search.FlagFilter;
import fr.mediation.directory.venue.search.LabelFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents the yes/no filters of the registry ({@link FlagFilter}) in the served OpenAPI document:
 * {@link FilterParameters} reads them from the request by name, so the scanner does not see them.
 * Each operation taking the shared filters (those having every {@link LabelFilter} as a parameter:
 * the search, the clusters, the export and the change feed) gets one boolean query parameter per
 * flag, with its description and the example {@code true}, where the scanner would have put a
 * declared parameter: in the alphabetical order of the names, the order it gives them.
 */
public final class FlagParameterDocumentation {

  private static final Set<String> LABEL_PARAMETERS =
      Arrays.stream(LabelFilter.values()).map(LabelFilter::key).collect(Collectors.toSet());

  private FlagParameterDocumentation() {}

  /** Adds the flags' parameters to every operation of {@code openAPI} taking the filters. */
  public static void complete(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (PathItem path : openAPI.getPaths().getPathItems().values()) {
      if (path.getOperations() != null) {
        path.getOperations().values().forEach(FlagParameterDocumentation::complete);
      }
    }
  }

  private static void complete(Operation operation) {
    List<Parameter> parameters = operation.getParameters();
    if (parameters == null || !takesTheFilters(parameters)) {
      return;
    }
    List<Parameter> completed = new ArrayList<>(parameters);
    for (FlagFilter flag : FlagFilter.values()) {
      if (completed.stream().noneMatch(p -> flag.key().equals(p.getName()))) {
        int at = 0;
        while (at < completed.size() && completed.get(at).getName().compareTo(flag.key()) < 0) {
          at++;
        }
        completed.add(at, parameter(flag));
      }
    }
    operation.setParameters(completed);
  }

  private static boolean takesTheFilters(List<Parameter> parameters) {
    return parameters.stream()
        .filter(p -> p.getIn() == Parameter.In.QUERY)
        .map(Parameter::getName)
        .collect(Collectors.toSet())
        .containsAll(LABEL_PARAMETERS);
  }

  /** The query parameter of {@code flag}, as a declared boolean parameter is documented. */
  static Parameter parameter(FlagFilter flag) {
    return OASFactory.createParameter()
        .name(flag.key())
        .in(Parameter.In.QUERY)
        .description(flag.description())
        .example(true)
        .schema(OASFactory.createSchema().addType(SchemaType.BOOLEAN));
  }
}
