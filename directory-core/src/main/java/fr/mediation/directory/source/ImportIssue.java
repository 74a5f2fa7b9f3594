package fr.mediation.directory.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One reason of a run's report: why a row was rejected (one issue per invalid field), or what was
 * left out of an accepted row.
 */
@Entity
@Table(name = "import_issue")
public class ImportIssue {

  /** A rejection or a warning. */
  public enum Kind {
    REJECTED,
    WARNING
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "run_id", nullable = false)
  private Long runId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(name = "row_number", nullable = false)
  private int rowNumber;

  @Column(name = "local_id")
  private String localId;

  private String field;

  @Column(name = "field_value")
  private String value;

  @Column(nullable = false)
  private String reason;

  @Column(name = "reason_fr", nullable = false)
  private String reasonFr;

  @Column(name = "raw_row")
  private String rawRow;

  protected ImportIssue() {
    // for JPA
  }

  public ImportIssue(
      Long runId,
      Kind kind,
      int rowNumber,
      String localId,
      String field,
      String value,
      String reason,
      String reasonFr,
      String rawRow) {
    this.runId = runId;
    this.kind = kind;
    this.rowNumber = rowNumber;
    this.localId = truncate(localId, 255);
    this.field = field;
    this.value = truncate(value, 1000);
    this.reason = truncate(reason, 1000);
    this.reasonFr = truncate(reasonFr, 1000);
    this.rawRow = truncate(rawRow, 60000);
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Long getRunId() {
    return runId;
  }

  public Kind getKind() {
    return kind;
  }

  public int getRowNumber() {
    return rowNumber;
  }

  public String getLocalId() {
    return localId;
  }

  public String getField() {
    return field;
  }

  public String getValue() {
    return value;
  }

  public String getReason() {
    return reason;
  }

  public String getReasonFr() {
    return reasonFr;
  }

  public String getRawRow() {
    return rawRow;
  }
}
