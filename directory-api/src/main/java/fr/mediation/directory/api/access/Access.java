package fr.mediation.directory.api.access;

import fr.mediation.directory.api.access.SourceKeyRequired.Subject;
import fr.mediation.directory.api.problem.ProblemException;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import fr.mediation.directory.venue.MergedVenue;
import fr.mediation.directory.venue.Venues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a key lets its holder do: the administrator's key ({@code DIRECTORY_ADMIN_KEY}, compared in
 * constant time) everything, a source's push key (found by its SHA-256) what concerns that source
 * and the venues it publishes. The one place these checks are written: the API's filters ({@link
 * KeyFilters}), the resources that show more to a key holder, and the console's sign-in use it.
 * Keys are never put in a message or a log.
 */
@ApplicationScoped
public class Access {

  /** The {@code WWW-Authenticate} challenge of every 401. */
  static final String CHALLENGE = "Bearer realm=\"annuaire\"";

  @Inject Sources sources;

  @Inject Venues venues;

  @Inject
  @ConfigProperty(name = "directory.admin.key")
  Optional<String> adminKey;

  /**
   * Lets the request through if {@code authorization} is {@code Bearer <the admin key>}; else a 401
   * problem (403 when no key is configured: the admin API is off).
   */
  public void requireAdmin(String authorization) {
    if (adminKey.isEmpty() || adminKey.get().isBlank()) {
      throw problem(403, "title.disabled", message("admin.disabled"), Map.of());
    }
    if (!isAdmin(bearer(authorization))) {
      throw unauthorized("admin.wrong");
    }
  }

  /**
   * Lets the request through if {@code authorization} carries a key {@code required} accepts for
   * the source or venue {@code id}; does nothing when there is no such source or venue (the
   * resource answers 404).
   *
   * @throws ProblemException 401 without a key or with an unknown one, 403 with another source's
   */
  public void requireSource(SourceKeyRequired required, String id, String authorization) {
    require(required.value(), required.admin(), id, authorization);
  }

  /** Whether {@code authorization} carries {@code source}'s key or the administrator's. */
  public boolean allows(Source source, String authorization) {
    if (authorization == null || authorization.isBlank()) {
      return false;
    }
    try {
      require(Subject.SOURCE, true, source.getKey(), authorization);
      return true;
    } catch (ProblemException e) {
      return false;
    }
  }

  /**
   * Who holds {@code key}: the administrator or a source (the console's sign-in). The same checks
   * as the API's.
   */
  public Optional<Holder> holder(String key) {
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    String k = key.strip();
    if (isAdmin(k)) {
      return Optional.of(new Holder(true, null));
    }
    return sourceOfKey(k).map(s -> new Holder(false, s));
  }

  /**
   * The holder of a key.
   *
   * @param admin whether it is the administrator's key
   * @param sourceKey the source whose key it is; null for the administrator
   */
  public record Holder(boolean admin, String sourceKey) {}

  private void require(Subject subject, boolean admin, String id, String authorization) {
    Optional<Collection<String>> owners = id == null ? Optional.empty() : owners(subject, id);
    if (owners.isEmpty()) {
      return;
    }
    String key = bearer(authorization);
    if (admin && isAdmin(key)) {
      return;
    }
    String owner = sourceOfKey(key).orElseThrow(() -> unauthorized("key.unknown"));
    if (!owners.get().contains(owner)) {
      throw forbidden(subject, admin, owner, id);
    }
  }

  private static ProblemException forbidden(
      Subject subject, boolean admin, String owner, String id) {
    String key =
        subject == Subject.VENUE ? "forbidden.venue" : admin ? "forbidden.read" : "forbidden.write";
    return problem(403, "title.forbidden", message(key, owner, id), Map.of());
  }

  /** The source whose push key {@code key} is. */
  Optional<String> sourceOfKey(String key) {
    return sources.byPushKey(key).map(Source::getKey);
  }

  /**
   * The sources whose keys may act on {@code id}: the source itself, or the sources publishing the
   * venue; empty when there is no such source, or no such venue in service.
   */
  Optional<Collection<String>> owners(Subject subject, String id) {
    return switch (subject) {
      case SOURCE -> sources.find(id).map(s -> java.util.List.of(s.getKey()));
      case VENUE ->
          venues
              .findMerged(id)
              .filter(v -> v.getRedirectTo() == null && v.getRetiredAt() == null)
              .map(MergedVenue::getSourceKeyList);
    };
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

  /** The key of {@code Authorization: Bearer <key>}; a 401 when absent or malformed. */
  static String bearer(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      throw unauthorized("key.missing");
    }
    String[] parts = authorization.strip().split("\\s+", 2);
    if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer") || parts[1].isBlank()) {
      throw unauthorized("key.malformed");
    }
    return parts[1].strip();
  }

  private static ProblemException unauthorized(String key) {
    return problem(
        401, "title.unauthorized", message(key), Map.of(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE));
  }

  /** The texts of the key checks, in {@code messages.properties} beside this class. */
  private static final String MESSAGES = "fr.mediation.directory.api.access.messages";

  private static Message message(String key, Object... arguments) {
    return Message.of(MESSAGES, key, arguments);
  }

  private static ProblemException problem(
      int status, String title, Message message, Map<String, String> headers) {
    return new ProblemException(
        status, Message.french(MESSAGES, title), message.en(), message.fr(), null, headers);
  }
}
