package fr.mediation.directory.source;

import fr.mediation.directory.message.Message;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** One import of one file of a source: when, which content, and what came of its rows. */
@Entity
@Table(name = "import_run")
public class ImportRun {

  /** How a run ended. */
  public enum Status {
    /** Being imported: its rows are staged, none of them visible yet. */
    RUNNING,
    /** The file was imported. */
    SUCCEEDED,
    /** The same content as the last imported one: nothing to do. */
    UNCHANGED,
    /**
     * Held: the file would have retired too many venues; nothing changed. The administrator may
     * release it (it then becomes {@link #SUCCEEDED}) or discard it.
     */
    HELD,
    /**
     * A held run the administrator discarded, or that a newer publication of its source made stale:
     * it never changed anything.
     */
    DISCARDED,
    /** The file could not be read (or fetched); nothing changed. */
    FAILED,
    /**
     * Interrupted (the server stopped or crashed while the file was imported); nothing changed, the
     * same file sent again is imported again.
     */
    INTERRUPTED
  }

  /** What started a run. */
  public enum Trigger {
    PUSH,
    PULL,
    STARTUP,
    ADMIN
  }

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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.SUCCEEDED;

  private String message;

  @Column(name = "message_fr")
  private String messageFr;

  @Column(name = "rows_created", nullable = false)
  private int rowsCreated;

  @Column(name = "rows_updated", nullable = false)
  private int rowsUpdated;

  @Column(name = "rows_unchanged", nullable = false)
  private int rowsUnchanged;

  @Column(name = "rows_retired", nullable = false)
  private int rowsRetired;

  @Column(name = "rows_warned", nullable = false)
  private int rowsWarned;

  /** Rows the mapping's {@code skip} conditions left out (neither accepted nor rejected). */
  @Column(name = "rows_skipped", nullable = false)
  private int rowsSkipped;

  /** The skipped rows counted by reason (the mapping's French reason). */
  @ElementCollection
  @CollectionTable(name = "import_run_skipped", joinColumns = @JoinColumn(name = "run_id"))
  @MapKeyColumn(name = "reason", length = 1000)
  @Column(name = "row_count", nullable = false)
  private Map<String, Integer> skipped = new HashMap<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "trigger_kind")
  private Trigger trigger;

  /**
   * The source's key while the run is running, null otherwise: unique, so that a source has one
   * running import at a time, on every node sharing the database.
   */
  @Column(name = "active_source")
  private String activeSource;

  /** The server that runs (or ran) the import ({@link NodeName}). */
  @Column(name = "node")
  private String node;

  /**
   * When the node running the run last said it was alive ({@link RunLeases}): a running run whose
   * heartbeat is older than the lease is concluded as interrupted by any node.
   */
  @Column(name = "heartbeat_at")
  private Instant heartbeatAt;

  /**
   * When everything the run changed was visible: its merged venues composed and indexed. Null while
   * that is still to do (in the background, after the run is published).
   */
  @Column(name = "completed_at")
  private Instant completedAt;

  /**
   * Whether the held run kept its staged rows and the venues it would retire, so that it can be
   * released as it is (held runs of older versions did not).
   */
  @Column(name = "kept_for_review", nullable = false)
  private boolean keptForReview;

  /** When a held run was released or discarded. */
  @Column(name = "decided_at")
  private Instant decidedAt;

  protected ImportRun() {
    // for JPA
  }

  public ImportRun(String sourceKey, String contentSha256, Instant startedAt) {
    this.sourceKey = sourceKey;
    this.contentSha256 = contentSha256;
    this.startedAt = startedAt;
  }

  /** Records what started the run. */
  public ImportRun triggeredBy(Trigger trigger) {
    this.trigger = trigger;
    return this;
  }

  /** Records the outcome of the run. */
  public void finish(int read, int accepted, int rejected, Instant at) {
    this.rowsRead = read;
    this.rowsAccepted = accepted;
    this.rowsRejected = rejected;
    this.finishedAt = at;
  }

  /** Records what the run changed. */
  public void changes(int created, int updated, int unchanged, int retired, int warned) {
    this.rowsCreated = created;
    this.rowsUpdated = updated;
    this.rowsUnchanged = unchanged;
    this.rowsRetired = retired;
    this.rowsWarned = warned;
  }

  /** Records the rows the mapping's {@code skip} conditions left out, counted by reason. */
  public void skipped(Map<String, Integer> byReason) {
    this.skipped.clear();
    byReason.forEach((reason, count) -> this.skipped.put(reason(reason), count));
    this.rowsSkipped = byReason.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static String reason(String reason) {
    return reason.length() <= 1000 ? reason : reason.substring(0, 999) + "…";
  }

  /**
   * Marks the run as running on {@code node}: it holds its source until it is concluded with
   * another status.
   */
  public ImportRun running(String node) {
    this.node = node;
    this.heartbeatAt = startedAt;
    this.activeSource = sourceKey;
    this.status = Status.RUNNING;
    return this;
  }

  /** Records that the held run kept what its release needs (staged rows, retirements). */
  public void keptForReview() {
    this.keptForReview = true;
  }

  /**
   * Records that a held run was released at {@code at}: it holds its source while it is published,
   * and is complete once its merged venues are composed again.
   */
  public void releasing(String node, Instant at) {
    this.decidedAt = at;
    this.completedAt = null;
    running(node);
  }

  /** Records that a held run was discarded at {@code at}: it will never change anything. */
  public void discarded(Instant at, Message why) {
    this.decidedAt = at;
    this.keptForReview = false;
    conclude(Status.DISCARDED, why);
  }

  /** Puts back as held a run whose release failed. */
  public void heldAgain(Message why) {
    this.decidedAt = null;
    conclude(Status.HELD, why);
  }

  /** Records that everything the run changed is visible. */
  public void complete(Instant at) {
    this.completedAt = at;
  }

  /**
   * Ends the run with {@code status}, explained by {@code outcome} in English and French. Any
   * status but {@link Status#RUNNING} releases the source; a run that changed nothing is complete
   * as it ends, a succeeded one when its merged venues are composed ({@link #complete}).
   */
  public void conclude(Status status, Message outcome) {
    String message = outcome.en();
    String messageFr = outcome.fr();
    this.status = status;
    if (status != Status.RUNNING) {
      this.activeSource = null;
      if (status != Status.SUCCEEDED && completedAt == null) {
        this.completedAt = finishedAt;
      }
    }
    this.message =
        message == null || message.length() <= 2000 ? message : message.substring(0, 1999);
    this.messageFr =
        messageFr == null || messageFr.length() <= 2000 ? messageFr : messageFr.substring(0, 1999);
  }

  public Status getStatus() {
    return status;
  }

  public String getMessage() {
    return message;
  }

  public String getMessageFr() {
    return messageFr;
  }

  public int getRowsCreated() {
    return rowsCreated;
  }

  public int getRowsUpdated() {
    return rowsUpdated;
  }

  public int getRowsUnchanged() {
    return rowsUnchanged;
  }

  public int getRowsRetired() {
    return rowsRetired;
  }

  public int getRowsWarned() {
    return rowsWarned;
  }

  public int getRowsSkipped() {
    return rowsSkipped;
  }

  public String getNode() {
    return node;
  }

  public Instant getHeartbeatAt() {
    return heartbeatAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public boolean isKeptForReview() {
    return keptForReview;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Trigger getTrigger() {
    return trigger;
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
