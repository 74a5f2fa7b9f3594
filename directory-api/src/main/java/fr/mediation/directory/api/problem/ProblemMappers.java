package fr.mediation.directory.api.problem;

import fr.mediation.directory.api.DirectoryApi;
import fr.mediation.directory.venue.field.InvalidFieldException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one family of exception mappers: every error leaves as RFC 9457 problem details. */
public final class ProblemMappers {

  static final String INVALID_PARAMETER = DirectoryApi.ROOT + "/problems/invalid-parameter";
  static final String INVALID_FIELD = DirectoryApi.ROOT + "/problems/invalid-field";

  private ProblemMappers() {}

  static Response response(Problem problem) {
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .entity(problem)
        .header("Cache-Control", "no-store")
        .build();
  }

  static String instance(UriInfo uri) {
    if (uri == null) {
      return null;
    }
    String query = uri.getRequestUri().getRawQuery();
    return uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
  }

  /** 400 for a query or path parameter the API cannot use. */
  @Provider
  public static class InvalidParameter implements ExceptionMapper<InvalidParameterException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(InvalidParameterException e) {
      return response(
          new Problem(
              INVALID_PARAMETER,
              "Paramètre invalide",
              400,
              e.messageFr() + (e.value() == null ? "" : " (reçu : " + e.value() + ")"),
              instance(uri),
              List.of(
                  new Problem.ParameterError(
                      e.parameter(), e.value(), e.getMessage(), e.messageFr()))));
    }
  }

  /** 400 for a value that does not fit a field of the standard. */
  @Provider
  public static class InvalidField implements ExceptionMapper<InvalidFieldException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(InvalidFieldException e) {
      return response(
          new Problem(
              INVALID_FIELD,
              "Valeur invalide",
              400,
              e.frenchMessage(),
              instance(uri),
              List.of(
                  new Problem.ParameterError(
                      e.field().key(), e.value(), e.getMessage(), e.frenchMessage()))));
    }
  }

  /** An error with its own status (401, 403, 409, 413, 422...). */
  @Provider
  public static class WithStatus implements ExceptionMapper<ProblemException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(ProblemException e) {
      Response.ResponseBuilder response =
          e.body() != null
              ? Response.status(e.status()).type("application/json").entity(e.body())
              : Response.fromResponse(
                  response(
                      new Problem(
                          "about:blank",
                          e.title(),
                          e.status(),
                          e.detailFr(),
                          instance(uri),
                          null)));
      e.headers().forEach(response::header);
      return response.build();
    }
  }

  /** 400 for a request body that is not the JSON expected: broken, or a value of the wrong type. */
  @Provider
  public static class InvalidJson implements ExceptionMapper<JsonbException> {
    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");

    @Context UriInfo uri;

    @Override
    public Response toResponse(JsonbException e) {
      Matcher property = PROPERTY.matcher(String.valueOf(e.getMessage()));
      String name = property.find() ? property.group(1) : "body";
      String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
      String fr =
          name.equals("body")
              ? "Le corps de la requête n'est pas un JSON valide : " + cause
              : "La valeur de " + name + " n'est pas du type attendu : " + cause;
      return response(
          new Problem(
              INVALID_PARAMETER,
              "Corps de requête invalide",
              400,
              fr,
              instance(uri),
              List.of(new Problem.ParameterError(name, null, e.getMessage(), fr))));
    }
  }

  /** The HTTP errors of JAX-RS itself (404, 405, 406, 415...), as problem details. */
  @Provider
  public static class Http implements ExceptionMapper<WebApplicationException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      String detail =
          switch (e) {
            case ResourceNotFoundException n -> n.detailFr();
            case NotFoundException n -> "Aucune ressource à cette adresse.";
            case NotAllowedException n -> "Méthode HTTP non permise ici.";
            default -> e.getResponse().getStatusInfo().getReasonPhrase();
          };
      Response response =
          response(
              new Problem(
                  "about:blank",
                  e.getResponse().getStatusInfo().getReasonPhrase(),
                  status,
                  detail,
                  instance(uri),
                  null));
      if (e.getResponse().getHeaderString("Allow") != null) {
        return Response.fromResponse(response)
            .header("Allow", e.getResponse().getHeaderString("Allow"))
            .build();
      }
      return response;
    }
  }

  /** 500 for anything unexpected: logged with its stack, answered without it. */
  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Context UriInfo uri;

    @Override
    public Response toResponse(RuntimeException e) {
      LOG.log(Level.SEVERE, "Unexpected error on " + instance(uri), e);
      return response(
          new Problem(
              "about:blank",
              "Erreur interne",
              500,
              "Une erreur inattendue est survenue ; elle a été enregistrée.",
              instance(uri),
              null));
    }
  }
}
