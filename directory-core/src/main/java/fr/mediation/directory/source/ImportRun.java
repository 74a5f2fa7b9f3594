package fr.mediation.directory.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One import of one file of a source: when, which content, and what came of its rows. */
@Entity
@Table(name = "import_run")
public class ImportRun {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "source_key", nullable = false)
  private String sourceKey;

  @Column(name = "content_sha256", nullable = false)
  private String contentSha256;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "rows_read", nullable = false)
  private int rowsRead;

  @Column(name = "rows_accepted", nullable = false)
  private int rowsAccepted;

  @Column(name = "rows_rejected", nullable = false)
  private int rowsRejected;

  protected ImportRun() {
    // for JPA
  }

  public ImportRun(String sourceKey, String contentSha256, Instant startedAt) {
    this.sourceKey = sourceKey;
    this.contentSha256 = contentSha256;
    this.startedAt = startedAt;
  }

  /** Records the outcome of the run. */
  public void finish(int read, int accepted, int rejected, Instant at) {
    this.rowsRead = read;
    this.rowsAccepted = accepted;
    this.rowsRejected = rejected;
    this.finishedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getSourceKey() {
    return sourceKey;
  }

  public String getContentSha256() {
    return contentSha256;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public int getRowsRead() {
    return rowsRead;
  }

  public int getRowsAccepted() {
    return rowsAccepted;
  }

  public int getRowsRejected() {
    return rowsRejected;
  }
}
