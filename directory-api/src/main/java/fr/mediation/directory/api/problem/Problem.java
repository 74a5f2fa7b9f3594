package fr.mediation.directory.api.problem;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error, as RFC 9457 problem details ({@code application/problem+json}). {@code detail} is in
 * French, for people; {@code errors} names each offending parameter or field and its value.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details.")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(
    @Schema(
            description = "URI reference identifying the kind of problem.",
            examples = "/api/v1/problems/invalid-parameter")
        String type,
    @Schema(
            description = "Short summary of the kind of problem, in French.",
            examples = "Paramètre invalide")
        String title,
    @Schema(description = "HTTP status code.", examples = "400") int status,
    @Schema(
            description = "What went wrong here, in French.",
            examples = "lat doit être un nombre entre -90 et 90 (reçu : 95).")
        String detail,
    @Schema(description = "The request that failed.", examples = "/api/v1/venues?lat=95&lon=2.35")
        String instance,
    @Schema(description = "Each offending parameter or field.") List<ParameterError> errors) {

  /** Media type of problem details. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** One offending parameter (or field of the standard) and why. */
  @Schema(name = "ParameterError")
  @JsonbPropertyOrder({"name", "pointer", "value", "message", "messageFr"})
  public record ParameterError(
      @Schema(description = "The parameter or field.", examples = "lat") String name,
      @Schema(
              description =
                  "Where in the parameter's document the error is (JSON pointer, RFC 6901), for a"
                      + " document such as a source's mapping.",
              examples = "/fields/pivot")
          String pointer,
      @Schema(description = "The value received, when there was one.", examples = "95")
          String value,
      @Schema(
              description = "Why it was refused, in English.",
              examples = "lat must be between -90 and 90.")
          String message,
      @JsonbProperty("message_fr")
          @Schema(
              description = "Why it was refused, in French.",
              examples = "lat doit être un nombre entre -90 et 90.")
          String messageFr) {

    /** An error of a parameter or field as a whole. */
    public ParameterError(String name, String value, String message, String messageFr) {
      this(name, null, value, message, messageFr);
    }
  }
}
