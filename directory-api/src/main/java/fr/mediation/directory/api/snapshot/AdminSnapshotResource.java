package fr.mediation.directory.api.snapshot;

import fr.mediation.directory.api.admin.AdminAuthorization;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /admin/snapshots}: writes a snapshot now (administrator's key). */
@Path("/admin/snapshots")
@Tag(name = "admin")
@RequestScoped
public class AdminSnapshotResource {

  @Inject Snapshots snapshots;

  @Inject AdminAuthorization admin;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Write a snapshot now",
      description = "Besides the scheduled ones; answers the new snapshot's metadata.")
  @APIResponse(responseCode = "200", description = "Written.")
  @APIResponse(responseCode = "401", description = "No administrator's key, or a wrong one.")
  public JsonObject generate(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization)
      throws IOException {
    admin.check(authorization);
    return snapshots.generate();
  }
}
