package org.vigil.account;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signed-in account's own view of itself. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    Caller caller;

    @Inject
    Accounts accounts;

    @GET
    @Operation(summary = "Tell who the caller is, with roles and organisation")
    public MeView me() {
        return new MeView(caller.username(),
                identity.getRoles().stream().map(Role::valueOf).sorted(Comparator.naturalOrder()).toList(),
                caller.organisation(), identity.getAttribute(SignIn.METHOD));
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's password; tokens stay valid")
    public Response changePassword(PasswordChange change) {
        accounts.changePassword(caller.username(), change);
        return Response.noContent().build();
    }
}
