package fr.mediation.directory.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A hub or network that publishes venues: who it is, in which format its data comes, and how it
 * arrives (pulled from a URL on a schedule, or pushed by the hub with its key).
 */
@Entity
@Table(name = "source")
public class Source {

  /** How a source's data arrives. */
  public enum Delivery {
    /** The directory fetches the source's URL on a schedule. */
    PULL,
    /** The hub sends its file with its own key. */
    PUSH,
    /** Shipped with the application (the sample dataset). */
    BUNDLED
  }

  /** The largest share of a source's venues one run may retire, unless configured otherwise. */
  public static final double DEFAULT_MAX_RETIRE_SHARE = 0.3;

  @Id
  @Column(name = "source_key", length = 100)
  private String key;

  @Column(nullable = false)
  private String name;

  private String publisher;

  private String licence;

  /**
   * {@code standard-v1-csv}, {@code standard-v1-json}, {@code custom} (the mapping is {@link
   * #mappingYaml}) or the name of a bundled format or hub mapping ({@code standard-v0-csv}, {@code
   * gironde}...).
   */
  @Column(nullable = false)
  private String format;

  @Column(name = "mapping_yaml")
  private String mappingYaml;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Delivery delivery;

  private String url;

  @Column(name = "pull_every_minutes")
  private Integer pullEveryMinutes;

  @Column(name = "key_sha256")
  private String keySha256;

  @Column(name = "max_retire_share", nullable = false)
  private double maxRetireShare = DEFAULT_MAX_RETIRE_SHARE;

  private String etag;

  @Column(name = "last_modified")
  private String lastModified;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "reading_changed_at")
  private Instant readingChangedAt;

  /** Days between files the source is expected to publish; {@code null}: the default. */
  @Column(name = "expected_period_days")
  private Integer expectedPeriodDays;

  protected Source() {
    // for JPA
  }

  public Source(String key, Instant now) {
    this.key = key;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Replaces the source's description (everything but its key, push key and pull state). */
  public void describe(
      String name,
      String publisher,
      String licence,
      String format,
      String mappingYaml,
      Delivery delivery,
      String url,
      Integer pullEveryMinutes,
      double maxRetireShare,
      Instant now) {
    if (this.format != null
        && (!java.util.Objects.equals(this.format, format)
            || !java.util.Objects.equals(this.mappingYaml, mappingYaml))) {
      this.readingChangedAt = now;
    }
    this.name = name;
    this.publisher = publisher;
    this.licence = licence;
    this.format = format;
    this.mappingYaml = mappingYaml;
    this.delivery = delivery;
    this.url = url;
    this.pullEveryMinutes = pullEveryMinutes;
    this.maxRetireShare = maxRetireShare;
    this.updatedAt = now;
  }

  /**
   * When the source's format or mapping last changed after its creation ({@code null}: never): a
   * file imported before then is read again even if it has not changed.
   */
  public Instant getReadingChangedAt() {
    return readingChangedAt;
  }

  /**
   * Days between files the source is expected to publish (past them without a successful harvest it
   * is stale); {@code null}: the directory's default.
   */
  public Integer getExpectedPeriodDays() {
    return expectedPeriodDays;
  }

  public void setExpectedPeriodDays(Integer days) {
    this.expectedPeriodDays = days;
  }

  /** Sets the SHA-256 of the key that may push this source's file. */
  public void setKeySha256(String keySha256) {
    this.keySha256 = keySha256;
  }

  /** Remembers the validators of the last file pulled, for the next conditional request. */
  public void pulled(String etag, String lastModified) {
    this.etag = etag;
    this.lastModified = lastModified;
  }

  public String getKey() {
    return key;
  }

  public String getName() {
    return name;
  }

  public String getPublisher() {
    return publisher;
  }

  public String getLicence() {
    return licence;
  }

  public String getFormat() {
    return format;
  }

  public String getMappingYaml() {
    return mappingYaml;
  }

  public Delivery getDelivery() {
    return delivery;
  }

  public String getUrl() {
    return url;
  }

  public Integer getPullEveryMinutes() {
    return pullEveryMinutes;
  }

  public String getKeySha256() {
    return keySha256;
  }

  public double getMaxRetireShare() {
    return maxRetireShare;
  }

  public String getEtag() {
    return etag;
  }

  public String getLastModified() {
    return lastModified;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
