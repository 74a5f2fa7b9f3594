package fr.mediation.directory.web.console.admin;

import fr.mediation.directory.web.console.PatternPage;

/** A page of the administrator's console: a hub signed in gets 404 there. */
abstract class AdminPage extends PatternPage {

  /** An administrator's page at the addresses {@code regex} matches. */
  AdminPage(String regex) {
    super(regex);
  }

  @Override
  public boolean adminOnly() {
    return true;
  }
}
