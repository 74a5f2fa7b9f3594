package fr.mediation.directory.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The last file a source sent, kept so that an edited mapping can be tried on it: when it came, its
 * run, its size and SHA-256, and its content gzip-compressed ({@code null} when too large to keep).
 */
@Entity
@Table(name = "source_last_file")
public class SourceFile {

  @Id
  @Column(name = "source_key", length = 100)
  private String sourceKey;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "run_id")
  private Long runId;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "content_sha256", nullable = false, length = 64)
  private String contentSha256;

  @Column(name = "content_gzip")
  private byte[] contentGzip;

  protected SourceFile() {
    // for JPA
  }

  SourceFile(String sourceKey) {
    this.sourceKey = sourceKey;
  }

  void replace(Instant at, Long run, long size, String sha256, byte[] gzip) {
    this.receivedAt = at;
    this.runId = run;
    this.sizeBytes = size;
    this.contentSha256 = sha256;
    this.contentGzip = gzip;
  }

  public String getSourceKey() {
    return sourceKey;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  /** The run that imported it, if any. */
  public Long getRunId() {
    return runId;
  }

  /** Its size as received, uncompressed. */
  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getContentSha256() {
    return contentSha256;
  }

  /** Whether its content was kept (false when it was too large). */
  public boolean isContentKept() {
    return contentGzip != null;
  }

  byte[] getContentGzip() {
    return contentGzip;
  }
}
