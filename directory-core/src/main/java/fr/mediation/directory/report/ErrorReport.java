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
}
