package fr.mediation.directory.web.console;

import fr.mediation.directory.audit.AuditLog;

/**
 * Who is signed in to the console: the administrator, or a hub by its source's key.
 *
 * @param admin whether the administrator's key was used
 * @param sourceKey the source whose key was used; null for the administrator
 */
public record ConsoleUser(boolean admin, String sourceKey) {

  static ConsoleUser administrator() {
    return new ConsoleUser(true, null);
  }

  static ConsoleUser hub(String sourceKey) {
    return new ConsoleUser(false, sourceKey);
  }

  /** Who the audit log records: {@code admin} or the source's id. */
  public String who() {
    return admin ? AuditLog.ADMIN : sourceKey;
  }

  /**
   * The access rule: the administrator sees every source; a hub only ever sees its own (another
   * source's pages answer 404, as an unknown source's).
   */
  public boolean mayRead(String source) {
    return admin || (source != null && source.equals(sourceKey));
  }
}
