package fr.mediation.directory.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of a running import, validated and placed, waiting for the run's end to be published with
 * all the others in one transaction: until then nobody sees it, and a crash leaves only these rows
 * behind (deleted when the run is found interrupted).
 */
@Entity
@Table(name = "import_staged_row")
public class StagedRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "run_id", nullable = false)
  private long runId;

  @Column(name = "row_number", nullable = false)
  private int rowNumber;

  @Column(name = "local_id", nullable = false)
  private String localId;

  @Column(name = "position_precision")
  private String positionPrecision;

  /** The row of the standard, as a JSON object of its fields' keys and text values. */
  @Column(name = "standard_row", nullable = false)
  private String standardRow;

  @Column(name = "horaires_source")
  private String horairesSource;

  protected StagedRow() {
    // for JPA
  }

  public StagedRow(
      long runId,
      int rowNumber,
      String localId,
      String positionPrecision,
      String standardRow,
      String horairesSource) {
    this.runId = runId;
    this.rowNumber = rowNumber;
    this.localId = localId;
    this.positionPrecision = positionPrecision;
    this.standardRow = standardRow;
    this.horairesSource = horairesSource;
  }

  /** The hub's text of hours not read exactly, which the standard row does not carry. */
  public String getHorairesSource() {
    return horairesSource;
  }

  public Long getId() {
    return id;
  }

  public long getRunId() {
    return runId;
  }

  public int getRowNumber() {
    return rowNumber;
  }

  public String getLocalId() {
    return localId;
  }

  public String getPositionPrecision() {
    return positionPrecision;
  }

  public String getStandardRow() {
    return standardRow;
  }
}
