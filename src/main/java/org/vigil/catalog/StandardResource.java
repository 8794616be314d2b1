package org.vigil.catalog;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.vigil.account.Role;
import org.vigil.web.ProblemException;
import org.vigil.web.QueryDates;

/** The standards catalog: standards, their versions and their clauses as of a date. */
@Path("/api/standards")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class StandardResource {

    @Inject
    Catalog catalog;

    @Inject
    CatalogEditor editor;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "List every standard in the catalog")
    public List<StandardView> list() {
        return catalog.standards();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Name.CURATOR)
    @Operation(summary = "Add a standard")
    public Response create(StandardDraft draft) {
        if (draft == null) {
            throw ProblemException.invalid("body", "a standard is required");
        }
        StandardView created = editor.create(draft);
        return Response.created(UriBuilder.fromPath("/api/standards/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one standard")
    public StandardView get(@PathParam("id") String id) {
        return catalog.view(catalog.standard(id));
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "List a standard's versions with their dates and amendments")
    public List<VersionView> versions(@PathParam("id") String id) {
        return catalog.versions(catalog.standard(id));
    }

    @GET
    @Path("{id}/versions/{label: .+}")
    @Operation(summary = "Read one version of a standard")
    public VersionView version(@PathParam("id") String id, @PathParam("label") String label) {
        return catalog.view(catalog.version(catalog.standard(id), label, null));
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Name.CURATOR)
    @Operation(summary = "Add a version, or amend one: changed clauses take effect on a date")
    public Response write(@PathParam("id") String id, VersionRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a version or an amendment is required");
        }
        VersionWritten written = editor.write(id, request);
        return Response.created(UriBuilder.fromPath("/api/standards/{id}/versions/")
                        .path(written.version().label()).build(id))
                .entity(written).build();
    }

    @GET
    @Path("{id}/clauses")
    @Operation(summary = "List the clauses in force on a date")
    public ClauseList clauses(@PathParam("id") String id,
            @Parameter(description = "Date to read as of, YYYY-MM-DD; default today")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "Version label; default the version in force on asOf")
            @QueryParam("version") String version) {
        LocalDate date = QueryDates.orToday("asOf", asOf, clock);
        return catalog.clauses(catalog.version(catalog.standard(id), version, date), date);
    }

    @GET
    @Path("{id}/clauses/{ref}")
    @Operation(summary = "Read one clause as in force on a date")
    public ClauseView clause(@PathParam("id") String id, @PathParam("ref") String ref,
            @QueryParam("asOf") String asOf, @QueryParam("version") String version) {
        LocalDate date = QueryDates.orToday("asOf", asOf, clock);
        return catalog.clause(catalog.version(catalog.standard(id), version, date), ref, date);
    }

    @GET
    @Path("{id}/clauses/{ref}/history")
    @Operation(summary = "List every recorded version of a clause, corrections included")
    public List<ClauseView> history(@PathParam("id") String id, @PathParam("ref") String ref,
            @QueryParam("version") String version) {
        LocalDate today = LocalDate.now(clock);
        return catalog.history(catalog.version(catalog.standard(id), version, today), ref);
    }
}
