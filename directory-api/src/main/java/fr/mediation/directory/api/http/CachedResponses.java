package fr.mediation.directory.api.http;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Answers of the read API with a strong entity tag computed from the body (SHA-256), so that a
 * client sending it back in {@code If-None-Match} gets 304 without the body, and with {@code
 * Cache-Control: public, max-age=60}.
 */
public final class CachedResponses {

  /** How long shared caches and browsers may keep a read answer, in seconds. */
  public static final int MAX_AGE = 60;

  private CachedResponses() {}

  /** {@code entity} as JSON of {@code mediaType}, or 304 when the client has it already. */
  public static Response json(Request request, Jsonb jsonb, Object entity, String mediaType) {
    // Written as UTF-8 bytes at once: no intermediate String and copy of a large answer.
    ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
    jsonb.toJson(entity, body);
    return bytes(request, body.toByteArray(), mediaType);
  }

  /** {@code body} of {@code mediaType}, or 304 when the client has it already. */
  public static Response bytes(Request request, byte[] body, String mediaType) {
    EntityTag tag = new EntityTag(hash(body));
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) {
      return notModified.header("Cache-Control", CACHE_CONTROL).tag(tag).build();
    }
    return Response.ok(body, mediaType).tag(tag).header("Cache-Control", CACHE_CONTROL).build();
  }

  /** Shared caches and browsers may keep a read answer for {@value #MAX_AGE} seconds. */
  public static final String CACHE_CONTROL = "public, max-age=" + MAX_AGE;

  private static String hash(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
