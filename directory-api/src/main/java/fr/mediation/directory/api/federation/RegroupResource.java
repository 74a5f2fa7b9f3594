package fr.mediation.directory.api.federation;

import fr.mediation.directory.api.DirectoryApi;
import fr.mediation.directory.api.access.AdminKeyRequired;
import fr.mediation.directory.federation.Federation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /admin/federation/regroup}: groups every listing again, after a change of the duplicate
 * threshold or of the sources deduplicated within themselves. Ids and people's decisions hold.
 */
@AdminKeyRequired
@SecurityRequirement(name = DirectoryApi.ADMIN_KEY)
@Path("/admin/federation/regroup")
@Tag(name = "admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegroupResource {

  @Inject Federation federation;

  @POST
  @Operation(
      summary = "Group every listing again",
      description =
          "Runs the duplicate detection over the whole directory (département by département) and"
              + " composes the merged venues that changed. Ids are kept, decisions applied.")
  @APIResponse(responseCode = "200", description = "What the regrouping did.")
  public Federation.Outcome regroup() {
    return federation.reconcileEverything();
  }
}
