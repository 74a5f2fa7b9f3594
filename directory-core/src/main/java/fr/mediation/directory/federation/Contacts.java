package fr.mediation.directory.federation;

import java.net.URI;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The e-mails and websites the detector compares: addresses in lower case, sites by host. */
final class Contacts {

  private Contacts() {}

  static Set<String> emails(String joined) {
    Set<String> emails = new HashSet<>();
    if (joined != null) {
      for (String e : joined.split("\\|")) {
        if (!e.isBlank()) {
          emails.add(e.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return emails;
  }

  static Set<String> hosts(String joined) {
    Set<String> hosts = new HashSet<>();
    if (joined != null) {
      Arrays.stream(joined.split("\\|"))
          .filter(u -> !u.isBlank())
          .forEach(
              u -> {
                try {
                  String host = URI.create(u.strip()).getHost();
                  if (host != null && !COMMON_HOSTS.contains(host.replaceFirst("^www\\.", ""))) {
                    hosts.add(host.replaceFirst("^www\\.", "").toLowerCase(Locale.ROOT));
                  }
                } catch (IllegalArgumentException e) {
                  // not a URL: ignored
                }
              });
    }
    return hosts;
  }

  /** Hosts shared by unrelated venues: a page on them says nothing about which venue it is. */
  private static final Set<String> COMMON_HOSTS =
      Set.of(
          "facebook.com",
          "m.facebook.com",
          "fr-fr.facebook.com",
          "instagram.com",
          "twitter.com",
          "linkedin.com",
          "france-services.gouv.fr",
          "service-public.fr",
          "google.com",
          "sites.google.com",
          "wixsite.com",
          "linktr.ee");

  static boolean shareAny(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }
}
