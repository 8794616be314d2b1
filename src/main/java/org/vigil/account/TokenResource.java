package org.vigil.account;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.vigil.web.ProblemException;

/** The caller's personal API tokens, for scripts and CI. */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class TokenResource {

    @Inject
    Tokens tokens;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a token; the answer holds the secret, shown this once")
    public Response create(TokenRequest request) {
        TokenView created = tokens.create(caller.username(), request);
        return Response.created(UriBuilder.fromPath("/api/tokens/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Operation(summary = "List the caller's tokens, revoked ones included, without secrets")
    public List<TokenView> list() {
        return tokens.list(caller.username());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke one of the caller's tokens")
    public TokenView revoke(@PathParam("id") String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("id", "Token " + id + " does not exist");
        }
        return tokens.revoke(caller.username(), number);
    }
}
