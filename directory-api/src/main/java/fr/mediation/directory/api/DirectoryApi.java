package fr.mediation.directory.api;

import fr.mediation.directory.api.problem.Problem;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public REST API, version 1, under {@code /api/v1}. */
@ApplicationPath(DirectoryApi.ROOT)
@OpenAPIDefinition(
    info =
        @Info(
            title = "Annuaire des lieux de médiation numérique",
            version = "1",
            description =
                "Public API of the federated directory of digital-mediation venues (\"lieux de"
                    + " médiation numérique\"): where people who struggle with digital tools get"
                    + " help. Venues follow the national standard \"schéma des lieux de médiation"
                    + " numérique\" v1: its field names are kept in French. Errors are RFC 9457"
                    + " problem details (application/problem+json) whose `errors` name the"
                    + " offending parameter and value.",
            license =
                @License(
                    name = "Licence Ouverte 2.0 (data)",
                    url = "https://www.etalab.gouv.fr/licence-ouverte-open-licence"),
            contact = @Contact(name = "Directory maintainers")),
    tags = @Tag(name = "venues", description = "Find venues and read their details."),
    components =
        @Components(
            schemas = @Schema(name = "Problem", implementation = Problem.class),
            responses = {
              @APIResponse(
                  name = DirectoryApi.ADMIN_KEY_MISSING,
                  description = "No administrator's key, or a wrong one."),
              @APIResponse(
                  name = DirectoryApi.SOURCE_KEY_MISSING,
                  description = "No key, or an unknown key."),
              @APIResponse(
                  name = DirectoryApi.OTHER_SOURCES_KEY,
                  description = "The key is another source's.")
            }))
@SecurityScheme(
    securitySchemeName = DirectoryApi.ADMIN_KEY,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description =
        "The administrator's key (`DIRECTORY_ADMIN_KEY`), as `Authorization: Bearer <key>`.")
@SecurityScheme(
    securitySchemeName = DirectoryApi.SOURCE_KEY,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description =
        "The push key of the source concerned (or of a source publishing the venue concerned),"
            + " as `Authorization: Bearer <key>`; the administrator's key too, except for a push.")
public class DirectoryApi extends Application {

  /** The OpenAPI security scheme of the operations that need the administrator's key. */
  public static final String ADMIN_KEY = "adminKey";

  /** The OpenAPI security scheme of the operations that need a source's key. */
  public static final String SOURCE_KEY = "sourceKey";

  /**
   * The shared 401 of the operations that need the administrator's key, added to each of them by
   * {@link fr.mediation.directory.api.problem.ProblemDocumentation}.
   */
  public static final String ADMIN_KEY_MISSING = "AdminKeyMissing";

  /** The shared 401 of the operations that need a source's key. */
  public static final String SOURCE_KEY_MISSING = "SourceKeyMissing";

  /** The shared 403 of the operations that need a source's key. */
  public static final String OTHER_SOURCES_KEY = "OtherSourcesKey";

  /** Where the API is served. */
  public static final String ROOT = "/api/v1";
}
