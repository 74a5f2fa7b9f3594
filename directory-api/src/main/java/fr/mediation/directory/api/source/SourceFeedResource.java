package fr.mediation.directory.api.source;

import fr.mediation.directory.api.DirectoryApi;
import fr.mediation.directory.api.access.SourceKeyRequired;
import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.api.problem.ProblemException;
import fr.mediation.directory.feed.FeedImporter;
import fr.mediation.directory.feed.ImportBusyException;
import fr.mediation.directory.feed.ImportReport;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.source.ImportRun.Trigger;
import fr.mediation.directory.source.Sources;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /sources/{id}/feed}: a hub pushes its file with its key; the answer of a push or a pull
 * says how its run ended.
 */
@Path("/sources/{id}/feed")
@Tag(name = "sources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SourceFeedResource {

  /** What a client refused because its source is busy is told to wait before sending again. */
  static final int RETRY_AFTER_SECONDS = 30;

  @Inject Sources sources;

  @Inject FeedImporter importer;

  @Inject SourceResource runs;

  @Context UriInfo uriInfo;

  @Inject
  @ConfigProperty(name = "directory.feed.max-bytes", defaultValue = "52428800")
  long maxBytes;

  @PUT
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Push a source's file",
      description =
          "A hub sends its current file (in its source's format) with its own key, as"
              + " `Authorization: Bearer <key>`. The answer comes as soon as the file is read and"
              + " its rows published, all together (202, the run's report, its URL in"
              + " `Location`); the merged venues and the search index follow in the background,"
              + " and the run's `complete` turns true when they are done. Venues missing from the"
              + " file are retired, unless that would retire more than the source allows: the run"
              + " is then held (409) and nothing changes. A file that cannot be read (422) changes"
              + " nothing either. One import per source at a time: a file sent while another is"
              + " being imported is refused (409, `Retry-After`).")
  @APIResponse(
      responseCode = "202",
      description =
          "Imported: the run's report, its URL in Location; poll it until `complete` is true.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RunReport.class)))
  @APIResponse(
      responseCode = "200",
      description = "The same file as the last one: nothing to do (the run's report).",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RunReport.class)))
  @APIResponse(
      responseCode = "400",
      description = "The upload was cut short (fewer bytes than announced): nothing imported.")
  @APIResponse(
      responseCode = "409",
      description =
          "Held: the file would retire too many venues; nothing changed (the report says how"
              + " many). Or the source is already importing a file (problem details, Retry-After).",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RunReport.class)))
  @APIResponse(responseCode = "413", description = "The file is larger than the limit.")
  @APIResponse(
      responseCode = "422",
      description = "The file cannot be read in the source's format; nothing changed.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RunReport.class)))
  @SourceKeyRequired(admin = false)
  @SecurityRequirement(name = DirectoryApi.SOURCE_KEY)
  public Response push(
      @Parameter(description = "The source's id.", example = "gironde") @PathParam("id") String id,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
      InputStream body) {
    runs.source(id);
    byte[] content = read(body, contentLength);
    return answer(id, () -> importer.accept(id, content, Trigger.PUSH));
  }

  @POST
  @Path("/check")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Check a source's file without publishing it",
      description =
          "\"Vérifier sans publier\": the same body as the push, read exactly as an import would"
              + " read it (format or mapping, row filters, validation, commune and position"
              + " checks, the retirement guard), answered with the report the import would give."
              + " Nothing changes: no run is recorded, no venue written or retired, nothing"
              + " indexed. The file is read even when it is the same as the last one imported,"
              + " and while another import of the source runs. With the source's key or the"
              + " administrator's.")
  @APIResponse(
      responseCode = "200",
      description =
          "The report (status succeeded, or held when an import would be held). Nothing changed.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CheckReport.class)))
  @APIResponse(responseCode = "404", description = "No such source.")
  @APIResponse(responseCode = "413", description = "The file is larger than the limit.")
  @APIResponse(
      responseCode = "422",
      description = "The file cannot be read in the source's format (the report says why).",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CheckReport.class)))
  @SourceKeyRequired
  @SecurityRequirement(name = DirectoryApi.SOURCE_KEY)
  public Response check(
      @Parameter(description = "The source's id.", example = "gironde") @PathParam("id") String id,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
      InputStream body) {
    runs.source(id);
    CheckReport report = CheckReport.of(importer.check(id, read(body, contentLength)));
    if ("failed".equals(report.status())) {
      throw new ProblemException(
          422, "Fichier illisible", report.message(), report.messageFr(), report, Map.of());
    }
    return Response.ok(report).build();
  }

  /**
   * The answer to a push or a pull: the run's report, with a status that says how it ended: 202
   * with the run's URL when its rows are published (its merged venues follow in the background: the
   * run is {@code complete} when they are), 200 when unchanged, 409 when held or when the source is
   * already importing another file, 422 when unreadable.
   */
  Response answer(String id, Supplier<ImportReport> importing) {
    ImportReport report;
    try {
      report = importing.get();
    } catch (ImportBusyException e) {
      throw busy(e);
    }
    RunReport answer = runs.report(runs.findRun(id, Long.toString(report.runId())));
    return switch (report.status()) {
      case HELD ->
          throw new ProblemException(
              409, "Import suspendu", report.message(), report.messageFr(), answer, Map.of());
      case FAILED ->
          throw new ProblemException(
              422, "Fichier illisible", report.message(), report.messageFr(), answer, Map.of());
      case SUCCEEDED ->
          Response.accepted(answer)
              .location(
                  uriInfo
                      .getBaseUriBuilder()
                      .path(SourceResource.class)
                      .path("{id}/runs/{run}")
                      .build(id, report.runId()))
              .build();
      default -> Response.ok(answer).build();
    };
  }

  /** 409 with {@code Retry-After}: the source is importing another file. */
  static ProblemException busy(ImportBusyException e) {
    return new ProblemException(
        409,
        "Import déjà en cours",
        e.getMessage(),
        e.runningRunId() == null
            ? Message.french(SourceResource.MESSAGES, "import.busy", e.sourceKey())
            : Message.french(
                SourceResource.MESSAGES,
                "import.busy.run",
                e.sourceKey(),
                String.valueOf(e.runningRunId())),
        null,
        Map.of(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS)));
  }

  /**
   * The pushed file, whole: larger than the limit is a 413; an upload cut short (the connection
   * closed before the announced length, or a broken chunked body) is a 400, never a partial file.
   */
  private byte[] read(InputStream body, Long contentLength) {
    if (contentLength != null && contentLength > maxBytes) {
      throw tooLarge();
    }
    long total = 0;
    // Not try-with-resources: the server's stream may throw, on close, the very exception its read
    // threw, which cannot suppress itself (an IllegalArgumentException, a 500).
    try {
      // Sized by the announced length (up to a bound: a length announced is not yet received), so
      // that a file is not copied again at each doubling of the buffer, nor at the end.
      Buffer out =
          new Buffer(
              contentLength == null
                  ? 64 * 1024
                  : (int) Math.max(0, Math.min(contentLength, PRESIZED_BYTES)));
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = body.read(buffer)) > 0) {
        total += n;
        if (total > maxBytes) {
          throw tooLarge();
        }
        out.write(buffer, 0, n);
      }
      if (contentLength != null && total < contentLength) {
        throw incomplete(total, contentLength);
      }
      return out.content();
    } catch (IOException e) {
      throw incomplete(total, contentLength);
    } finally {
      try {
        body.close();
      } catch (IOException | RuntimeException e) {
        // already answered, or about to be
      }
    }
  }

  /** The most bytes allocated at once for a file announced larger, before they are received. */
  private static final int PRESIZED_BYTES = 128 * 1024 * 1024;

  /** A byte buffer whose content is its own array when it was filled exactly. */
  private static final class Buffer extends ByteArrayOutputStream {
    Buffer(int size) {
      super(size);
    }

    byte[] content() {
      return count == buf.length ? buf : toByteArray();
    }
  }

  private static InvalidParameterException incomplete(long received, Long announced) {
    return new InvalidParameterException(
        "body",
        Long.toString(received),
        announced == null
            ? Message.of(SourceResource.MESSAGES, "upload.cut", Long.toString(received))
            : Message.of(
                SourceResource.MESSAGES,
                "upload.cut.announced",
                Long.toString(received),
                announced.toString()));
  }

  private ProblemException tooLarge() {
    return new ProblemException(
        413,
        "Fichier trop volumineux",
        Message.of(
            SourceResource.MESSAGES,
            "upload.too-large",
            Long.toString(maxBytes),
            Long.toString(maxBytes / (1024 * 1024))));
  }
}
