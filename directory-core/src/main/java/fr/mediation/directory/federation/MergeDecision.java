package fr.mediation.directory.federation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A decision taken by a person about two listings: they are not the same venue, or they are. It
 * names the listings by their stable ids, so it holds across re-imports of their sources.
 */
@Entity
@Table(name = "merge_decision")
public class MergeDecision {

  /** What was decided. */
  public enum Kind {
    /** The two listings are distinct venues, whatever the detector says. */
    NOT_DUPLICATES,
    /** The two listings are the same venue, whatever the detector says. */
    SAME_VENUE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;

  @Column(name = "listing_a", nullable = false, length = 36)
  private String listingA;

  @Column(name = "listing_b", nullable = false, length = 36)
  private String listingB;

  @Column(length = 1000)
  private String note;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected MergeDecision() {
    // for JPA
  }

  public MergeDecision(Kind kind, String listingA, String listingB, String note, Instant now) {
    Grouping.Pair pair = new Grouping.Pair(listingA, listingB);
    this.kind = kind;
    this.listingA = pair.a();
    this.listingB = pair.b();
    this.note = note;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public String getListingA() {
    return listingA;
  }

  public String getListingB() {
    return listingB;
  }

  public String getNote() {
    return note;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** The two listings as a pair. */
  public Grouping.Pair pair() {
    return new Grouping.Pair(listingA, listingB);
  }
}
