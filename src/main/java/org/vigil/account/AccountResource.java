package org.vigil.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Accounts, managed by administrators. */
@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Name.ADMIN)
public class AccountResource {

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account; an OFFICER needs an organisation")
    public Response create(AccountRequest request) {
        AccountView created = accounts.create(request);
        return Response.created(UriBuilder.fromPath("/api/accounts/{username}").build(created.username()))
                .entity(created).build();
    }

    @GET
    @Operation(summary = "List every account")
    public List<AccountView> list() {
        return accounts.list();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "Read one account")
    public AccountView get(@PathParam("username") String username) {
        return accounts.get(username);
    }

    @PATCH
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an account's roles, organisation or password, or disable it")
    public AccountView update(@PathParam("username") String username, AccountChange change) {
        return accounts.update(username, change, caller.username());
    }
}
