package fr.mediation.directory.api.snapshot;

import fr.mediation.directory.api.problem.ResourceNotFoundException;
import fr.mediation.directory.message.Message;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /snapshots/latest}: the latest snapshot of the national export, at stable addresses, and
 * its metadata document for open-data portals. Public.
 */
@Path("/snapshots/latest")
@Tag(name = "snapshots", description = "Downloadable snapshots of the whole national export.")
@RequestScoped
public class SnapshotResource {

  /** The texts of its answers, in English and French, beside this class. */
  private static final String MESSAGES = "fr.mediation.directory.api.snapshot.messages";

  @Inject Snapshots snapshots;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The latest snapshot's metadata",
      description =
          "A DCAT dataset: title, licence, the schema it conforms to (name and version),"
              + " producers, generation date, rows by source, and each file (CSV, JSON, GeoJSON)"
              + " with its stable download URL, size, rows and SHA-256.")
  @APIResponse(responseCode = "200", description = "The metadata.")
  @APIResponse(responseCode = "404", description = "No snapshot written yet.")
  public JsonObject metadata(@Context UriInfo uri) throws IOException {
    JsonObject stored = snapshots.metadata().orElseThrow(SnapshotResource::none);
    String base = uri.getBaseUriBuilder().path("snapshots/latest/").build().toString();
    JsonObjectBuilder answer = Json.createObjectBuilder(stored);
    JsonArrayBuilder files = Json.createArrayBuilder();
    for (JsonValue value : stored.getJsonArray("distribution")) {
      JsonObject d = value.asJsonObject();
      files.add(Json.createObjectBuilder(d).add("downloadURL", base + d.getString("downloadURL")));
    }
    return answer.add("distribution", files).build();
  }

  @GET
  @Path("/{file}")
  @Operation(
      summary = "A file of the latest snapshot",
      description =
          "lieux-mediation-numerique.csv (the standard v1 CSV), .json or .geojson; its ETag is"
              + " its SHA-256.")
  @APIResponse(responseCode = "200", description = "The file.")
  @APIResponse(responseCode = "404", description = "No such file, or no snapshot yet.")
  public Response file(
      @Parameter(description = "The file's name.", example = "lieux-mediation-numerique.csv")
          @PathParam("file")
          String name)
      throws IOException {
    JsonObject metadata = snapshots.metadata().orElseThrow(SnapshotResource::none);
    for (JsonValue value : metadata.getJsonArray("distribution")) {
      JsonObject d = value.asJsonObject();
      if (d.getString("downloadURL").equals(name)) {
        java.nio.file.Path file = snapshots.latest().resolve(name);
        if (!Files.exists(file)) {
          throw none();
        }
        String sha = d.getJsonObject("checksum").getString("checksumValue");
        return Response.ok(Files.newInputStream(file), d.getString("mediaType") + "; charset=UTF-8")
            .tag(new EntityTag(sha))
            .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
            .header("Cache-Control", "public, max-age=3600")
            .build();
      }
    }
    throw new ResourceNotFoundException(Message.of(MESSAGES, "file.missing", name));
  }

  private static ResourceNotFoundException none() {
    return new ResourceNotFoundException(Message.of(MESSAGES, "none"));
  }
}
