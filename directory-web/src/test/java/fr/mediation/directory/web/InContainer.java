package fr.mediation.directory.web;

import java.io.File;
import java.net.URISyntaxException;

/** What the in-container (Arquillian) tests' archives share. */
final class InContainer {

  private InContainer() {}

  /** The jars the deployed test classes need on the server: AssertJ, Awaitility and Hamcrest. */
  static File[] libraries() throws URISyntaxException {
    return new File[] {
      jarOf(org.assertj.core.api.Assertions.class),
      jarOf(org.awaitility.Awaitility.class),
      jarOf(org.hamcrest.Matcher.class)
    };
  }

  private static File jarOf(Class<?> type) throws URISyntaxException {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
