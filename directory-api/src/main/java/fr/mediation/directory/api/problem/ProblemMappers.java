package fr.mediation.directory.api.problem;

import fr.mediation.directory.api.DirectoryApi;
import fr.mediation.directory.api.http.UnencodedCharacters;
import fr.mediation.directory.api.ops.Metrics;
import fr.mediation.directory.database.QueryTimeouts;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.venue.field.InvalidFieldException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.util.common.SearchTimeoutException;

/** The one family of exception mappers: every error leaves as RFC 9457 problem details. */
public final class ProblemMappers {

  /** The texts of the package's problems, in English and French, beside its classes. */
  static final String MESSAGES = "fr.mediation.directory.api.problem.messages";

  static final String INVALID_PARAMETER = DirectoryApi.ROOT + "/problems/invalid-parameter";
  static final String INVALID_FIELD = DirectoryApi.ROOT + "/problems/invalid-field";
  static final String INVALID_MAPPING = DirectoryApi.ROOT + "/problems/invalid-mapping";

  private ProblemMappers() {}

  static Response response(Problem problem) {
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .entity(problem)
        .header("Cache-Control", "no-store")
        .build();
  }

  /**
   * The request that failed, as a URI reference: its path and query as received, with the
   * characters a URI cannot hold ({@code | { } ^ " < > \\} and spaces, sent unencoded by some
   * clients) percent-encoded. Read from the servlet request, not as a {@link java.net.URI}, which
   * such characters would make fail, turning a 400 into a 500.
   */
  static String instance(HttpServletRequest request) {
    if (request == null) {
      return null;
    }
    String path = request.getRequestURI();
    String query = request.getQueryString();
    return UnencodedCharacters.uriReference(path + (query == null ? "" : "?" + query));
  }

  /** 400 for a query or path parameter the API cannot use. */
  @Provider
  public static class InvalidParameter implements ExceptionMapper<InvalidParameterException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(InvalidParameterException e) {
      return response(
          new Problem(
              INVALID_PARAMETER,
              Message.french(MESSAGES, "title.invalid-parameter"),
              400,
              e.detailFr(),
              instance(request),
              e.errors()));
    }
  }

  /** 422 for a source's mapping that breaks the format's JSON Schema, each violation named. */
  @Provider
  public static class InvalidMapping implements ExceptionMapper<InvalidMappingException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(InvalidMappingException e) {
      return response(problem(e, instance(request)));
    }

    static Problem problem(InvalidMappingException e, String instance) {
      return new Problem(
          INVALID_MAPPING,
          Message.french(MESSAGES, "title.invalid-mapping"),
          422,
          e.detailFr(),
          instance,
          e.errors());
    }
  }

  /** 400 for a value that does not fit a field of the standard. */
  @Provider
  public static class InvalidField implements ExceptionMapper<InvalidFieldException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(InvalidFieldException e) {
      return response(
          new Problem(
              INVALID_FIELD,
              Message.french(MESSAGES, "title.invalid-field"),
              400,
              e.frenchMessage(),
              instance(request),
              List.of(
                  new Problem.ParameterError(
                      e.field().key(), e.value(), e.getMessage(), e.frenchMessage()))));
    }
  }

  /** An error with its own status (401, 403, 409, 413, 422...). */
  @Provider
  public static class WithStatus implements ExceptionMapper<ProblemException> {
    @Context HttpServletRequest request;

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
                          instance(request),
                          null)));
      e.headers().forEach(response::header);
      return response.build();
    }
  }

  /** 400 for a request body that is not the JSON expected: broken, or a value of the wrong type. */
  @Provider
  public static class InvalidJson implements ExceptionMapper<JsonbException> {
    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");

    @Context HttpServletRequest request;

    @Override
    public Response toResponse(JsonbException e) {
      Matcher property = PROPERTY.matcher(String.valueOf(e.getMessage()));
      String name = property.find() ? property.group(1) : "body";
      String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
      String fr =
          name.equals("body")
              ? Message.french(MESSAGES, "json.invalid", cause)
              : Message.french(MESSAGES, "json.type", name, cause);
      return response(
          new Problem(
              INVALID_PARAMETER,
              Message.french(MESSAGES, "title.invalid-body"),
              400,
              fr,
              instance(request),
              List.of(new Problem.ParameterError(name, null, e.getMessage(), fr))));
    }
  }

  /** The HTTP errors of JAX-RS itself (404, 405, 406, 415...), as problem details in French. */
  @Provider
  public static class Http implements ExceptionMapper<WebApplicationException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      String detail =
          e instanceof ResourceNotFoundException n ? n.detailFr() : HttpErrors.detail(status);
      Response response =
          response(
              new Problem(
                  "about:blank",
                  HttpErrors.title(status),
                  status,
                  detail,
                  instance(request),
                  null));
      if (e.getResponse().getHeaderString("Allow") != null) {
        return Response.fromResponse(response)
            .header("Allow", e.getResponse().getHeaderString("Allow"))
            .build();
      }
      return response;
    }
  }

  /**
   * The answer to a request whose query exceeded its time limit ({@link QueryTimeouts}): the
   * service is busy, not the request wrong.
   */
  static Problem timedOut(String instance) {
    return new Problem(
        "about:blank",
        Message.french(MESSAGES, "title.timed-out"),
        503,
        Message.french(MESSAGES, "timed-out"),
        instance,
        null);
  }

  private static Response timedOut(String kind, RuntimeException e, HttpServletRequest request) {
    Logger.getLogger(ProblemMappers.class.getName())
        .warning("Query time limit (" + kind + ") exceeded on " + instance(request) + ": " + e);
    try {
      CDI.current().select(Metrics.class).get().queryTimedOut(kind);
    } catch (IllegalStateException noContainer) {
      // Outside the server (unit tests): nothing to count in.
    }
    return Response.fromResponse(response(timedOut(instance(request))))
        .header("Retry-After", String.valueOf(QueryTimeouts.RETRY_AFTER_SECONDS))
        .build();
  }

  /** 503 with {@code Retry-After} for a query of the search index over its time limit. */
  @Provider
  public static class SearchTimedOut implements ExceptionMapper<SearchTimeoutException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(SearchTimeoutException e) {
      return timedOut("search", e, request);
    }
  }

  /** 503 with {@code Retry-After} for an SQL query over its time limit. */
  @Provider
  public static class SqlTimedOut implements ExceptionMapper<QueryTimeoutException> {
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(QueryTimeoutException e) {
      return timedOut("sql", e, request);
    }
  }

  /** 500 for anything unexpected: logged with its stack, answered without it. */
  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Context HttpServletRequest request;

    @Override
    public Response toResponse(RuntimeException e) {
      LOG.log(Level.SEVERE, "Unexpected error on " + instance(request), e);
      return response(
          new Problem(
              "about:blank",
              Message.french(MESSAGES, "title.internal"),
              500,
              Message.french(MESSAGES, "internal"),
              instance(request),
              null));
    }
  }
}
