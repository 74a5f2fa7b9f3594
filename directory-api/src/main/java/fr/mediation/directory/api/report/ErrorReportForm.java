package fr.mediation.directory.api.report;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a citizen sends to report an error. */
@Schema(name = "ErrorReportForm", description = "A report that a venue's listing is wrong.")
public class ErrorReportForm {

  @JsonbProperty("venue_id")
  @Schema(description = "The venue's id.", required = true)
  public String venueId;

  @Schema(
      description = "What is wrong, 10 to 2000 characters.",
      required = true,
      examples = "Le lieu a déménagé au 3 rue de la Gare.")
  public String message;

  @Schema(description = "How to reach the person who reports (optional, at most 254 characters).")
  public String contact;

  @Schema(description = "Leave empty (a field for robots: a report with it is dropped).")
  public String website;
}
