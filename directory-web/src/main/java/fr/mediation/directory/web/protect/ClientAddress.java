package fr.mediation.directory.web.protect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Who a request comes from, for per-client limits: the connection's address or, behind a reverse
 * proxy that appends the client to a header (e.g. {@code X-Forwarded-For}), the right-most address
 * of that chain that is not one of the trusted proxies. Addresses left of it may be forged by the
 * client and are never used, unless every hop is trusted.
 *
 * @param header the header naming the client, or null to use the connection's address only
 * @param trustedProxies addresses of the proxies in front of the service
 */
public record ClientAddress(String header, Set<String> trustedProxies) {

  public ClientAddress {
    header = header == null || header.isBlank() ? null : header.strip();
    trustedProxies = Set.copyOf(trustedProxies);
  }

  /** The client of a request from {@code remoteAddress} carrying {@code headerValue}. */
  public String resolve(String remoteAddress, String headerValue) {
    if (header == null || !trustedProxies.contains(remoteAddress)) {
      return remoteAddress;
    }
    List<String> chain = new ArrayList<>();
    if (headerValue != null) {
      Arrays.stream(headerValue.split(","))
          .map(String::strip)
          .filter(a -> !a.isEmpty())
          .forEach(chain::add);
    }
    for (int i = chain.size() - 1; i >= 0; i--) {
      if (!trustedProxies.contains(chain.get(i))) {
        return chain.get(i);
      }
    }
    return chain.isEmpty() ? remoteAddress : chain.get(0);
  }
}
