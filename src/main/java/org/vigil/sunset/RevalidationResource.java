package org.vigil.sunset;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.vigil.account.Caller;
import org.vigil.account.Role;

/** Revalidations of one standard version (labels may contain '/', as in 2024/1689). */
@Path("/api/standards/{id}/versions/{label: .+}/revalidations")
@Produces(MediaType.APPLICATION_JSON)
public class RevalidationResource {

    @Inject
    Sunsets sunsets;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Name.CURATOR)
    @Operation(summary = "Record a revalidation; REVALIDATED moves the sunset, WITHDRAWN lapses the version")
    public Response record(@PathParam("id") String id, @PathParam("label") String label,
            RevalidationRequest request) {
        RevalidationView recorded = sunsets.revalidate(id, label, request, caller.username());
        return Response.status(201).entity(recorded).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List a version's revalidations, oldest first")
    public List<RevalidationView> list(@PathParam("id") String id, @PathParam("label") String label) {
        return sunsets.revalidations(id, label);
    }
}
