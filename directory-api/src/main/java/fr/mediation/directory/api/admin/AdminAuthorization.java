package fr.mediation.directory.api.admin;

import fr.mediation.directory.api.problem.ProblemException;
import fr.mediation.directory.api.source.SourceResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The administrator's key ({@code DIRECTORY_ADMIN_KEY}), checked by every admin resource. */
@ApplicationScoped
public class AdminAuthorization {

  @Inject
  @ConfigProperty(name = "directory.admin.key")
  Optional<String> adminKey;

  /**
   * Lets the request through if {@code authorization} is {@code Bearer <the admin key>}; else a 401
   * problem (403 when no key is configured: the admin API is off).
   */
  public void check(String authorization) {
    if (adminKey.isEmpty() || adminKey.get().isBlank()) {
      throw new ProblemException(
          403,
          "Administration désactivée",
          "The admin API is disabled: set DIRECTORY_ADMIN_KEY.",
          "L'administration est désactivée sur ce serveur (DIRECTORY_ADMIN_KEY n'est pas défini).");
    }
    String given = SourceResource.bearer(authorization);
    if (!MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), adminKey.get().getBytes(StandardCharsets.UTF_8))) {
      throw SourceResource.unauthorized(
          "Wrong administrator's key.", "Clé d'administration incorrecte.");
    }
  }
}
