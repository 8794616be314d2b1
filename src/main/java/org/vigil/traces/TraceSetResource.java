package org.vigil.traces;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.vigil.account.Caller;
import org.vigil.account.Role;
import org.vigil.web.Paging;
import org.vigil.web.ProblemException;

/** Trace sets of graded responses, their rates and their Therapeutic Index for Safety. */
@Path("/api/trace-sets")
@Produces(MediaType.APPLICATION_JSON)
public class TraceSetResource {

    static final int MAX_PAGE_SIZE = 200;
    static final String NDJSON = "application/x-ndjson";

    @Inject
    TraceSets traceSets;

    @Inject
    TherapeuticIndexes indexes;

    @Inject
    Caller caller;

    /** Blocking with an InputStream, so Quarkus streams the body instead of buffering it. */
    @POST
    @Blocking
    @Consumes({NDJSON, "application/jsonl", MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @RolesAllowed(Role.Name.OFFICER)
    @Operation(summary = "Post a trace set as JSON Lines, one graded trace per line, for the caller's organisation")
    @RequestBody(description = "JSON Lines; see README, \"Trace sets and TI-S\", and examples/traces.jsonl")
    public Response create(
            @Parameter(description = "Name of the set") @QueryParam("name") String name,
            @Parameter(description = "The intervention under study") @QueryParam("intervention") String intervention,
            @Parameter(description = "Optional id of a submission of the caller's organisation")
            @QueryParam("submission") String submission,
            InputStream body) {
        TraceSetSummary created = traceSets.create(body, name, intervention, submission, caller);
        return Response.created(UriBuilder.fromPath("/api/trace-sets/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @RolesAllowed({Role.Name.OFFICER, Role.Name.REGULATOR})
    @Operation(summary = "List the trace sets the caller may read, newest first")
    public TraceSetPage list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size, MAX_PAGE_SIZE);
        return traceSets.list(page, size, caller);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Name.OFFICER, Role.Name.REGULATOR})
    @Operation(summary = "Read a trace set with its rates per arm, language, attack family and cue")
    public TraceSetView get(@PathParam("id") String id) {
        TraceSet set = traceSets.readable(id(id), caller);
        return new TraceSetView(TraceSetSummary.of(set), Rates.of(traceSets.traces(set.id)));
    }

    @GET
    @Path("{id}/tis")
    @RolesAllowed({Role.Name.OFFICER, Role.Name.REGULATOR})
    @Operation(summary = "The Therapeutic Index for Safety of a trace set, with bootstrap intervals and reading")
    public TherapeuticIndex tis(@PathParam("id") String id) {
        TraceSet set = traceSets.readable(id(id), caller);
        return indexes.of(set.id);
    }

    @PUT
    @Path("{id}/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Name.OFFICER)
    @Operation(summary = "Set the assessor scores C2 and C3 (each 0 to 1 with a rationale) of a trace set")
    public TraceSetSummary assess(@PathParam("id") String id, String body) {
        return traceSets.assess(id(id), body, caller);
    }

    /** Parses the path id; anything but a number names no trace set, so it is a 404. */
    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("id", "Trace set '" + id + "' does not exist");
        }
    }
}
