package fr.mediation.directory.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A report that something is wrong in a venue's listing, kept for the venue's source. */
@Entity
@Table(name = "error_report")
public class ErrorReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "venue_id", nullable = false)
  private String venueId;

  @Column(name = "source_key", nullable = false)
  private String sourceKey;

  @Column(name = "venue_name", nullable = false)
  private String venueName;

  @Column(nullable = false)
  private String message;

  private String contact;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The normalised message, to recognise the same report sent again. */
  @Column(name = "message_key")
  private String messageKey;

  /** How many times this report was sent (the same message about the same venue). */
  @Column(nullable = false)
  private int repeats = 1;

  @Column(name = "last_reported_at")
  private Instant lastReportedAt;

  /** What the source did about it: a {@link State}'s code. */
  @Column(nullable = false)
  private String state = State.NOUVEAU.code();

  @Column(name = "state_changed_at")
  private Instant stateChangedAt;

  /** What the venue's source did about a report, set by the source. */
  public enum State {
    NOUVEAU("nouveau", "Nouveau"),
    EN_COURS("en-cours", "En cours"),
    CORRIGE("corrige", "Corrigé"),
    REJETE("rejete", "Rejeté");

    private final String code;
    private final String label;

    State(String code, String label) {
      this.code = code;
      this.label = label;
    }

    /** The code stored and written in addresses and the API ({@code en-cours}). */
    public String code() {
      return code;
    }

    /** The French label ("En cours"). */
    public String label() {
      return label;
    }

    /** The state whose code is {@code code}, if any. */
    public static java.util.Optional<State> byCode(String code) {
      for (State s : values()) {
        if (s.code.equals(code)) {
          return java.util.Optional.of(s);
        }
      }
      return java.util.Optional.empty();
    }
  }

  protected ErrorReport() {
    // for JPA
  }

  ErrorReport(
      String venueId,
      String sourceKey,
      String venueName,
      String message,
      String contact,
      Instant createdAt) {
    this.venueId = venueId;
    this.sourceKey = sourceKey;
    this.venueName = venueName;
    this.message = message;
    this.contact = contact;
    this.createdAt = createdAt;
    this.messageKey = ReportMessages.key(message);
    this.lastReportedAt = createdAt;
  }

  /** Counts the same report sent again at {@code at}, keeping a contact when it had none. */
  void repeated(Instant at, String newContact) {
    repeats++;
    lastReportedAt = at;
    if (contact == null) {
      contact = newContact;
    }
  }

  /** Sets what the source did about the report, at {@code at}. */
  void changeState(State newState, Instant at) {
    this.state = newState.code();
    this.stateChangedAt = at;
  }

  /** What the source did about it (unknown codes read as new). */
  public State getState() {
    return State.byCode(state).orElse(State.NOUVEAU);
  }

  /** When the source last set its state; null if never. */
  public Instant getStateChangedAt() {
    return stateChangedAt;
  }

  public Long getId() {
    return id;
  }

  public String getVenueId() {
    return venueId;
  }

  public String getSourceKey() {
    return sourceKey;
  }

  public String getVenueName() {
    return venueName;
  }

  public String getMessage() {
    return message;
  }

  /** How to reach the person who reported, when they gave it. */
  public String getContact() {
    return contact;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** How many times this report was sent: 1, or more for the same message sent again. */
  public int getRepeats() {
    return repeats;
  }

  /** When it was last sent. */
  public Instant getLastReportedAt() {
    return lastReportedAt == null ? createdAt : lastReportedAt;
  }
}
