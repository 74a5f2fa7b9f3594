package fr.mediation.directory.api.report;

import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.report.ErrorReports;
import fr.mediation.directory.report.InvalidReportException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /error-reports}: "Signaler une erreur" on a venue. */
@Path("/error-reports")
@Tag(name = "venues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ErrorReportResource {

  @Inject ErrorReports reports;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Report an error in a venue's listing",
      description =
          "Anyone may report what is wrong (moved, closed, wrong hours...). The report is kept for"
              + " the venue's source, which reads it with its reports. The contact is only shown to"
              + " the source.")
  @APIResponse(responseCode = "201", description = "Stored.")
  @APIResponse(
      responseCode = "400",
      description = "A field is missing or too long; `errors` names it.")
  public Response report(ErrorReportForm form) {
    if (form == null) {
      throw new InvalidParameterException(
          "body", null, Message.of(ErrorReportParameters.MESSAGES, "body.required"));
    }
    if (form.website != null && !form.website.isBlank()) {
      // The hidden field robots fill in: accepted for them, dropped for us.
      return Response.accepted().build();
    }
    try {
      return Response.status(201)
          .entity(
              ErrorReportView.of(reports.report(form.venueId, form.message, form.contact), false))
          .build();
    } catch (InvalidReportException e) {
      throw new InvalidParameterException(e.field(), e.value(), e.getMessage(), e.messageFr());
    }
  }
}
