package fr.mediation.directory.api.snapshot;

import fr.mediation.directory.api.DirectoryApi;
import fr.mediation.directory.api.access.AdminKeyRequired;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /admin/snapshots}: writes a snapshot now (administrator's key). */
@AdminKeyRequired
@SecurityRequirement(name = DirectoryApi.ADMIN_KEY)
@Path("/admin/snapshots")
@Tag(name = "admin")
@RequestScoped
public class AdminSnapshotResource {

  @Inject Snapshots snapshots;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Write a snapshot now",
      description = "Besides the scheduled ones; answers the new snapshot's metadata.")
  @APIResponse(responseCode = "200", description = "Written.")
  public JsonObject generate() throws IOException {
    return snapshots.generate();
  }
}
