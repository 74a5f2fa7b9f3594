package fr.mediation.directory.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One write made through the console: who, when, what (action, target, a short detail). */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Instant at;

  /** {@value AuditLog#ADMIN} or the id of the source whose key was used. */
  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String action;

  private String target;

  private String detail;

  protected AuditEntry() {
    // for JPA
  }

  AuditEntry(Instant at, String actor, String action, String target, String detail) {
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.target = target;
    this.detail = detail;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getTarget() {
    return target;
  }

  public String getDetail() {
    return detail;
  }
}
