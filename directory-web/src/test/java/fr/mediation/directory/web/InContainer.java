package fr.mediation.directory.web;

import java.io.File;
import java.net.URISyntaxException;

/** What the in-container (Arquillian) tests' archives share. */
final class InContainer {

  private InContainer() {}

  /** AssertJ's jar, which the deployed test classes need on the server. */
  static File assertj() throws URISyntaxException {
    return new File(
        org.assertj.core.api.Assertions.class
            .getProtectionDomain()
            .getCodeSource()
            .getLocation()
            .toURI());
  }

  /** Awaitility's jar and Hamcrest's, which it uses, for the deployed tests that wait. */
  static File[] awaitility() throws URISyntaxException {
    return new File[] {jarOf(org.awaitility.Awaitility.class), jarOf(org.hamcrest.Matcher.class)};
  }

  private static File jarOf(Class<?> type) throws URISyntaxException {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
