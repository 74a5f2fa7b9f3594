package fr.mediation.directory.web.console;

import java.util.regex.Pattern;

/**
 * A console page at the addresses of one regular expression (after {@code /console}), given once to
 * the constructor instead of a {@link #path()} method in every page.
 */
public abstract class PatternPage implements ConsolePage {

  private final Pattern path;

  /** A page at the addresses {@code regex} matches; its groups are the handlers'. */
  protected PatternPage(String regex) {
    this.path = Pattern.compile(regex);
  }

  @Override
  public Pattern path() {
    return path;
  }
}
