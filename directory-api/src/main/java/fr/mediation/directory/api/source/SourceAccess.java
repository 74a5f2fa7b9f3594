package fr.mediation.directory.api.source;

import fr.mediation.directory.api.problem.ProblemException;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may read what a source's files held (run reports, rejected rows, error reports): the source
 * itself, with its push key, and the administrator, with theirs.
 */
@ApplicationScoped
public class SourceAccess {

  @Inject Sources sources;

  @Inject
  @ConfigProperty(name = "directory.admin.key")
  Optional<String> adminKey;

  /**
   * Checks that {@code authorization} carries {@code source}'s key or the administrator's.
   *
   * @throws ProblemException 401 without a key or with an unknown one, 403 with another source's
   */
  public void check(Source source, String authorization) {
    String key = SourceResource.bearer(authorization);
    if (isAdmin(key)) {
      return;
    }
    Source owner =
        sources
            .byPushKey(key)
            .orElseThrow(
                () ->
                    SourceResource.unauthorized(
                        "Unknown key.", "Clé inconnue : vérifiez la clé de votre source."));
    if (!owner.getKey().equals(source.getKey())) {
      throw new ProblemException(
          403,
          "Accès refusé",
          "The key of source " + owner.getKey() + " cannot read source " + source.getKey() + ".",
          "Cette clé est celle d'une autre source.");
    }
  }

  /**
   * Checks that {@code authorization} carries the administrator's key or the key of one of {@code
   * sourceKeys} (a venue's sources, for what concerns the venue).
   *
   * @throws ProblemException 401 without a key or with an unknown one, 403 with another source's
   */
  public void checkAny(java.util.Collection<String> sourceKeys, String authorization) {
    String key = SourceResource.bearer(authorization);
    if (isAdmin(key)) {
      return;
    }
    Source owner =
        sources
            .byPushKey(key)
            .orElseThrow(
                () ->
                    SourceResource.unauthorized(
                        "Unknown key.", "Clé inconnue : vérifiez la clé de votre source."));
    if (!sourceKeys.contains(owner.getKey())) {
      throw new ProblemException(
          403,
          "Accès refusé",
          "Source " + owner.getKey() + " does not publish this venue.",
          "Cette clé est celle d'une source qui ne publie pas ce lieu.");
    }
  }

  /** Whether {@code authorization} carries {@code source}'s key or the administrator's. */
  public boolean allows(Source source, String authorization) {
    if (authorization == null || authorization.isBlank()) {
      return false;
    }
    try {
      check(source, authorization);
      return true;
    } catch (ProblemException e) {
      return false;
    }
  }

  private boolean isAdmin(String key) {
    return adminKey
        .filter(k -> !k.isBlank())
        .filter(
            k ->
                MessageDigest.isEqual(
                    k.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8)))
        .isPresent();
  }
}
