package fr.mediation.directory.api.http;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Requests whose address holds characters a URI cannot ({@code | { } ^ " < > \\} and spaces, sent
 * unencoded by some clients and scripts: {@code |} is the standard's own list separator) are read
 * as if they had been percent-encoded, before anything else reads the address: the framework would
 * otherwise fail on each reading of a query parameter, and answer 500.
 */
@Provider
@PreMatching
@Priority(1)
public class UnencodedCharacters implements ContainerRequestFilter {

  @Context HttpServletRequest servlet;

  @Override
  public void filter(ContainerRequestContext request) {
    if (servlet == null) {
      return;
    }
    String query = servlet.getQueryString();
    String raw = servlet.getRequestURL() + (query == null ? "" : "?" + query);
    String encoded = uriReference(raw);
    if (!encoded.equals(raw)) {
      request.setRequestUri(request.getUriInfo().getBaseUri(), URI.create(encoded));
    }
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** RFC 3986's unreserved and reserved characters, and {@code %} of encoded ones. */
  private static final String URI_CHARACTERS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%";

  /**
   * {@code raw} with every character that a URI reference cannot hold percent-encoded (as UTF-8), a
   * {@code %} that does not start an escape ({@code %zz}, {@code 100%}) included; the others,
   * escapes included, left as they are.
   */
  public static String uriReference(String raw) {
    byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < bytes.length; i++) {
      int c = bytes[i] & 0xff;
      boolean escape =
          c == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
      if (c < 0x80 && URI_CHARACTERS.indexOf(c) >= 0 && (c != '%' || escape)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  private static boolean isHex(byte b) {
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
  }
}
