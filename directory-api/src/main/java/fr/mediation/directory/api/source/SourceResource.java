package fr.mediation.directory.api.source;

import fr.mediation.directory.api.Parameters;
import fr.mediation.directory.api.problem.Problem;
import fr.mediation.directory.api.problem.ProblemException;
import fr.mediation.directory.api.problem.ResourceNotFoundException;
import fr.mediation.directory.source.ImportIssue;
import fr.mediation.directory.source.ImportRun;
import fr.mediation.directory.source.Source;
import fr.mediation.directory.source.Sources;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /sources}: the hubs and networks, their runs and reports. */
@Path("/sources")
@Tag(name = "sources", description = "Hubs and networks: their imports and the push feed.")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

  @Inject Sources sources;

  @Inject SourceAccess access;

  /** Days a source may go without a successful harvest before it is stale, unless it says. */
  @Inject
  @ConfigProperty(name = "directory.sources.expected-period-days", defaultValue = "35")
  int defaultPeriodDays;

  /** The clock of the sources' freshness (fixed in tests). */
  java.time.Clock clock = java.time.Clock.systemUTC();

  @GET
  @Operation(
      summary = "List the sources",
      description =
          "Every hub and network imported, public (no key needed, none shown): name, territory,"
              + " venues, last successful harvest and its age, and whether the source is stale"
              + " (no successful harvest for longer than its expected period).")
  public List<SourceView> list() {
    return sources.all().stream().map(this::view).toList();
  }

  /** The public view of {@code s}, with its freshness now. */
  SourceView view(Source s) {
    return SourceView.of(
        s,
        sources.activeVenues(s.getKey()),
        sources.territory(s.getKey()),
        SourceFreshness.of(
            sources.lastHarvestAt(s.getKey()).orElse(null),
            s.getExpectedPeriodDays(),
            defaultPeriodDays,
            clock.instant()));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Read a source")
  @APIResponse(responseCode = "200", description = "The source.")
  @APIResponse(
      responseCode = "404",
      description = "No such source.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public SourceView get(
      @Parameter(description = "The source's id.", example = "exemple") @PathParam("id")
          String id) {
    return view(source(id));
  }

  @GET
  @Path("/{id}/runs")
  @Operation(summary = "List a source's runs", description = "Newest first.")
  public List<RunSummary> runs(
      @Parameter(description = "The source's id.", example = "exemple") @PathParam("id") String id,
      @Parameter(
              description =
                  "`Bearer <the source's key or the administrator's>`: the runs' messages too.")
          @HeaderParam(HttpHeaders.AUTHORIZATION)
          String authorization,
      @Parameter(
              description = "How many runs, 1 to 200 (default 20).",
              example = "20",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
          @QueryParam("limit")
          String limit) {
    boolean full = access.allows(source(id), authorization);
    return sources.runs(id, Parameters.integer("limit", limit, 20, 1, 200)).stream()
        .map(r -> full ? RunSummary.of(r) : RunSummary.publicOf(r))
        .toList();
  }

  @GET
  @Path("/{id}/runs/{run}")
  @Operation(
      summary = "Read a run's report",
      description =
          "What the run did (figures, dates, whether it is complete: public) and, with the"
              + " source's key or the administrator's, its messages and, row by row, why rows"
              + " were rejected (in French and English): these quote the source's file.")
  @APIResponse(
      responseCode = "200",
      description = "The report.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RunReport.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such source or run.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public RunReport run(
      @Parameter(description = "The source's id.", example = "exemple") @PathParam("id") String id,
      @Parameter(description = "The run's id.", example = "1") @PathParam("run") String runId,
      @Parameter(description = "`Bearer <the source's key or the administrator's>`.")
          @HeaderParam(HttpHeaders.AUTHORIZATION)
          String authorization) {
    ImportRun run = findRun(id, runId);
    return access.allows(source(id), authorization)
        ? report(run)
        : new RunReport(RunSummary.publicOf(run), null, null);
  }

  @GET
  @Path("/{id}/runs/{run}/rejected.csv")
  @Produces("text/csv")
  @Operation(
      summary = "Download a run's rejected rows",
      description =
          "One line per rejected row: its number, id, fields and reasons (in French), then the row"
              + " as the hub sent it, to correct and send again. Needs the source's key or the"
              + " administrator's.")
  @APIResponse(responseCode = "200", description = "CSV (UTF-8, comma-separated).")
  @APIResponse(
      responseCode = "401",
      description = "No key, or an unknown key.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The key is another source's.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response rejectedCsv(
      @Parameter(description = "The source's id.", example = "exemple") @PathParam("id") String id,
      @Parameter(description = "The run's id.", example = "1") @PathParam("run") String runId,
      @Parameter(description = "`Bearer <the source's key or the administrator's>`.")
          @HeaderParam(HttpHeaders.AUTHORIZATION)
          String authorization) {
    ImportRun run = findRun(id, runId);
    access.check(source(id), authorization);
    Map<Integer, List<ImportIssue>> rows = new LinkedHashMap<>();
    for (ImportIssue issue : sources.issues(run.getId(), ImportIssue.Kind.REJECTED)) {
      rows.computeIfAbsent(issue.getRowNumber(), n -> new ArrayList<>()).add(issue);
    }
    Map<Integer, Map<String, String>> raws = new LinkedHashMap<>();
    Set<String> columns = new LinkedHashSet<>();
    rows.forEach(
        (n, issues) -> {
          Map<String, String> raw = raw(issues.getFirst().getRawRow());
          raws.put(n, raw);
          columns.addAll(raw.keySet());
        });
    StringWriter out = new StringWriter();
    List<String> header = new ArrayList<>(List.of("ligne", "identifiant", "champs", "motifs"));
    header.addAll(columns);
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(header);
      for (var entry : rows.entrySet()) {
        List<ImportIssue> issues = entry.getValue();
        List<String> line = new ArrayList<>();
        line.add(Integer.toString(entry.getKey()));
        line.add(issues.getFirst().getLocalId());
        line.add(String.join("|", issues.stream().map(ImportIssue::getField).distinct().toList()));
        line.add(String.join(" ; ", issues.stream().map(ImportIssue::getReasonFr).toList()));
        Map<String, String> raw = raws.get(entry.getKey());
        columns.forEach(c -> line.add(raw.getOrDefault(c, "")));
        csv.printRecord(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Response.ok(out.toString(), "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + id + "-run-" + run.getId() + "-rejected.csv\"")
        .build();
  }

  public static String bearer(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      throw unauthorized(
          "An Authorization: Bearer <key> header is required.",
          "Une clé est nécessaire : en-tête Authorization: Bearer <clé>.");
    }
    String[] parts = authorization.strip().split("\\s+", 2);
    if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer") || parts[1].isBlank()) {
      throw unauthorized(
          "The Authorization header must be: Bearer <key>.",
          "L'en-tête Authorization doit être de la forme : Bearer <clé>.");
    }
    return parts[1].strip();
  }

  public static ProblemException unauthorized(String message, String detailFr) {
    return new ProblemException(
        401,
        "Authentification requise",
        message,
        detailFr,
        null,
        Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"annuaire\""));
  }

  /** Source {@code id}, or 404. */
  Source source(String id) {
    return sources
        .find(id)
        .orElseThrow(
            () ->
                new ResourceNotFoundException(
                    "No source " + id, "Aucune source n'a l'identifiant « " + id + " »."));
  }

  ImportRun findRun(String id, String runId) {
    source(id);
    return (runId.matches("\\d{1,18}")
            ? sources.run(id, Long.parseLong(runId))
            : Optional.<ImportRun>empty())
        .orElseThrow(
            () ->
                new ResourceNotFoundException(
                    "No run " + runId + " for source " + id,
                    "La source « " + id + " » n'a pas d'import n° " + runId + "."));
  }

  RunReport report(ImportRun run) {
    return RunReport.of(
        run,
        sources.issues(run.getId(), ImportIssue.Kind.REJECTED),
        sources.issues(run.getId(), ImportIssue.Kind.WARNING));
  }

  private static Map<String, String> raw(String json) {
    Map<String, String> raw = new LinkedHashMap<>();
    if (json == null) {
      return raw;
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      object.forEach((k, v) -> raw.put(k, object.getString(k, "")));
    }
    return raw;
  }
}
