package fr.mediation.directory.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Records every write the console makes (who, when, what) and lists them for the administrator.
 * Texts are cut to the columns' sizes: a long detail never makes a write fail.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

  /** The actor recorded for the administrator's key. */
  public static final String ADMIN = "admin";

  static final int ACTOR = 100;
  static final int ACTION = 100;
  static final int TARGET = 300;
  static final int DETAIL = 1000;

  @PersistenceContext(unitName = "directory")
  EntityManager entityManager;

  Clock clock = Clock.systemUTC();

  /**
   * Records that {@code actor} ({@link #ADMIN} or a source's id) did {@code action} on {@code
   * target}, with a short {@code detail} (never a key or a personal datum).
   */
  public AuditEntry record(String actor, String action, String target, String detail) {
    AuditEntry entry = entry(clock, actor, action, target, detail);
    entityManager.persist(entry);
    return entry;
  }

  /** The entry to store, each text cut to its column. */
  static AuditEntry entry(Clock clock, String actor, String action, String target, String detail) {
    if (actor == null || actor.isBlank() || action == null || action.isBlank()) {
      throw new IllegalArgumentException("An audit entry needs an actor and an action");
    }
    return new AuditEntry(
        clock.instant(),
        cut(actor, ACTOR),
        cut(action, ACTION),
        cut(target, TARGET),
        cut(detail, DETAIL));
  }

  /**
   * A page of entries, newest first: the first {@code limit}, or those before entry {@code
   * beforeId} (the last of the previous page); only {@code actor}'s when it is given.
   */
  public List<AuditEntry> recent(String actor, int limit, Long beforeId) {
    // Two queries rather than "(:actor is null or ...)": PostgreSQL cannot type a null parameter.
    var query =
        entityManager
            .createQuery(
                "select e from AuditEntry e where e.id < :before"
                    + (actor == null ? "" : " and e.actor = :actor")
                    + " order by e.id desc",
                AuditEntry.class)
            .setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId);
    if (actor != null) {
      query.setParameter("actor", actor);
    }
    return query.setMaxResults(limit).getResultList();
  }

  static String cut(String text, int max) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    return t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }
}
