package fr.mediation.directory.feed.pull;

import static fr.mediation.directory.feed.pull.FetchTexts.text;

import fr.mediation.directory.message.Message;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which redirects a pull follows. The URL a source declares was chosen by the directory's
 * administrator; a redirect is chosen by whoever answers there, so it is followed only:
 *
 * <ul>
 *   <li>to the same origin (scheme, host and port; HTTP to HTTPS allowed, never HTTPS to HTTP), or
 *   <li>to a host the directory's settings list ({@code directory.pull.redirect-hosts}, e.g. the
 *       CDN a hub's platform serves its exports from), and then never to a loopback, private,
 *       link-local or carrier-grade NAT address, unless {@code
 *       directory.pull.allow-private-redirects} is true.
 * </ul>
 *
 * <p>The addresses are those the host resolves to when the redirect is checked.
 */
public record RedirectPolicy(Set<String> allowedHosts, boolean allowPrivateAddresses) {

  /** Same origin only. */
  public static final RedirectPolicy SAME_ORIGIN = new RedirectPolicy(Set.of(), false);

  public RedirectPolicy {
    allowedHosts =
        allowedHosts.stream()
            .map(h -> h.strip().toLowerCase(Locale.ROOT))
            .filter(h -> !h.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  /** From the settings: a comma-separated list of hosts, and whether private addresses may be. */
  public static RedirectPolicy of(String hosts, boolean allowPrivateAddresses) {
    return new RedirectPolicy(
        hosts == null ? Set.of() : Set.copyOf(Arrays.asList(hosts.split(","))),
        allowPrivateAddresses);
  }

  /**
   * Checks a redirect: empty when it may be followed, else why not (the {@code redirect.to.*}
   * messages of {@link FetchTexts}' bundle).
   */
  public Optional<Message> check(URI from, URI to) {
    String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of(text("redirect.to.not-http"));
    }
    if (from.getScheme().equalsIgnoreCase("https") && scheme.equals("http")) {
      return Optional.of(text("redirect.to.http"));
    }
    String host = to.getHost() == null ? "" : to.getHost().toLowerCase(Locale.ROOT);
    if (host.isEmpty()) {
      return Optional.of(text("redirect.to.no-host"));
    }
    boolean sameHost = host.equalsIgnoreCase(from.getHost());
    boolean samePort = port(from) == port(to) || (sameHost && upgraded(from, to));
    if (sameHost && samePort) {
      return Optional.empty();
    }
    if (!allowedHosts.contains(host)) {
      return Optional.of(text("redirect.to.other-host", host));
    }
    if (!allowPrivateAddresses) {
      try {
        for (InetAddress address : InetAddress.getAllByName(host)) {
          if (isPrivate(address)) {
            return Optional.of(text("redirect.to.private", host));
          }
        }
      } catch (UnknownHostException e) {
        return Optional.of(text("redirect.to.unknown-host", host));
      }
    }
    return Optional.empty();
  }

  /** Loopback, unspecified, link-local, private (RFC 1918, fc00::/7) or carrier-grade NAT. */
  static boolean isPrivate(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] bytes = address.getAddress();
    if (bytes.length == 4) {
      int first = bytes[0] & 0xFF;
      int second = bytes[1] & 0xFF;
      return first == 0 || (first == 100 && second >= 64 && second < 128);
    }
    return (bytes[0] & 0xFE) == 0xFC;
  }

  private static boolean upgraded(URI from, URI to) {
    return from.getScheme().equalsIgnoreCase("http")
        && to.getScheme().equalsIgnoreCase("https")
        && from.getPort() == -1
        && to.getPort() == -1;
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }
}
