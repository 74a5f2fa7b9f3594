package fr.mediation.directory.api.problem;

import fr.mediation.directory.api.DirectoryApi;
import fr.mediation.directory.api.venue.FlagParameterDocumentation;
import fr.mediation.directory.api.venue.VenueDetailSchema;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Writes once, in the served OpenAPI document, what every error answer has in common: each 4xx and
 * 5xx response an operation documents without a body is problem details ({@link Problem}); an
 * operation that needs a key answers 401 (and, for a source's key, 403) as the shared responses of
 * {@link DirectoryApi}'s components say. Resources document only what is their own: the status and
 * why. It also has {@link VenueDetailSchema} document the standard's fields of the venue detail
 * from their registry, and {@link FlagParameterDocumentation} the yes/no filters from theirs, this
 * being the application's one filter.
 */
public class ProblemDocumentation implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    if (components != null && components.getResponses() != null) {
      components.getResponses().values().forEach(ProblemDocumentation::problemWhenBodiless);
    }
    VenueDetailSchema.complete(openAPI);
    FlagParameterDocumentation.complete(openAPI);
  }

  @Override
  public Operation filterOperation(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      return operation;
    }
    if (requires(operation, DirectoryApi.ADMIN_KEY)) {
      addIfAbsent(responses, "401", DirectoryApi.ADMIN_KEY_MISSING);
    }
    if (requires(operation, DirectoryApi.SOURCE_KEY)) {
      addIfAbsent(responses, "401", DirectoryApi.SOURCE_KEY_MISSING);
      addIfAbsent(responses, "403", DirectoryApi.OTHER_SOURCES_KEY);
    }
    Map<String, APIResponse> all = responses.getAPIResponses();
    if (all != null) {
      all.forEach(
          (status, response) -> {
            if (isError(status)) {
              problemWhenBodiless(response);
            }
          });
    }
    return operation;
  }

  /** Problem details as the body of an error response that documents none. */
  private static void problemWhenBodiless(APIResponse response) {
    if (response.getRef() == null
        && (response.getContent() == null
            || response.getContent().getMediaTypes() == null
            || response.getContent().getMediaTypes().isEmpty())) {
      response.setContent(
          OASFactory.createContent()
              .addMediaType(
                  Problem.MEDIA_TYPE,
                  OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
  }

  private static boolean requires(Operation operation, String scheme) {
    List<SecurityRequirement> security = operation.getSecurity();
    return security != null && security.stream().anyMatch(r -> r.hasScheme(scheme));
  }

  private static void addIfAbsent(APIResponses responses, String status, String component) {
    if (!responses.hasAPIResponse(status)) {
      responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
    }
  }

  private static boolean isError(String status) {
    return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
  }
}
