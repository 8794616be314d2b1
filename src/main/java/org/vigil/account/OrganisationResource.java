package org.vigil.account;

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
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Organisations: created by administrators, readable by their own officers. */
@Path("/api/organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    Organisations organisations;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Name.ADMIN)
    @Operation(summary = "Create an organisation")
    public Response create(OrganisationRequest request) {
        OrganisationView created = organisations.create(request);
        return Response.created(UriBuilder.fromPath("/api/organisations/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @RolesAllowed(Role.Name.ADMIN)
    @Operation(summary = "List every organisation")
    public List<OrganisationView> list() {
        return organisations.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICER})
    @Operation(summary = "Read an organisation; officers read only their own")
    public OrganisationView get(@PathParam("id") String id) {
        return organisations.get(id, caller);
    }

    @GET
    @Path("{id}/accounts")
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICER})
    @Operation(summary = "List an organisation's accounts; officers list only their own")
    public List<AccountView> members(@PathParam("id") String id) {
        return organisations.members(id, caller);
    }
}
