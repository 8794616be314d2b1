package org.vigil.submission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.vigil.account.Caller;
import org.vigil.account.Role;
import org.vigil.analysis.Analyses;
import org.vigil.analysis.AnalysisView;
import org.vigil.analysis.GapCsv;
import org.vigil.report.RenderedReport;
import org.vigil.report.Reports;
import org.vigil.web.Paging;
import org.vigil.web.QueryDates;

/** Submissions of AI systems' evidence, and their gap analyses. */
@Path("/api/submissions")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {

    static final int MAX_PAGE_SIZE = 200;
    static final String CSV = "text/csv; charset=utf-8";

    @Inject
    Submissions submissions;

    @Inject
    Analyses analyses;

    @Inject
    Reports reports;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Name.OFFICER)
    @Operation(summary = "Submit a system's profile, claims and evaluations for the caller's organisation")
    @RequestBody(description = "A submission; see README and examples/")
    public Response create(String body) {
        SubmissionSummary created = submissions.create(body, caller);
        return Response.created(UriBuilder.fromPath("/api/submissions/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @RolesAllowed({Role.Name.OFFICER, Role.Name.REGULATOR})
    @Operation(summary = "List the submissions the caller may read, newest first")
    public SubmissionPage list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size, MAX_PAGE_SIZE);
        return submissions.list(page, size, caller);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Name.OFFICER, Role.Name.REGULATOR})
    @Operation(summary = "Read one submission as stored")
    public SubmissionView get(@PathParam("id") String id) {
        return submissions.view(submissions.readable(id, caller));
    }

    @GET
    @Path("{id}/gaps")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed(Role.Name.OFFICER)
    @Operation(summary = "Analyse a submission's gaps as of a date; JSON, or CSV with Accept: text/csv")
    public Response gaps(@PathParam("id") String id,
            @Parameter(description = "Date to analyse as of, YYYY-MM-DD; default today")
            @QueryParam("asOf") String asOf, @Context HttpHeaders headers) {
        boolean csv = headers.getAcceptableMediaTypes().stream()
                .anyMatch(t -> t.isCompatible(MediaType.valueOf(CSV)) && !t.isWildcardType());
        return csv ? csv(id, asOf) : Response.ok(analyse(id, asOf), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}/gaps.json")
    @RolesAllowed(Role.Name.OFFICER)
    @Operation(summary = "The gap analysis as JSON, for scripts")
    public AnalysisView gapsJson(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        return analyse(id, asOf);
    }

    @GET
    @Path("{id}/gaps.csv")
    @Produces(CSV)
    @RolesAllowed(Role.Name.OFFICER)
    @Operation(summary = "The gap analysis as CSV, one row per gap; hashes and date in X-Vigil-* headers")
    public Response gapsCsv(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        return csv(id, asOf);
    }

    @GET
    @Path("{id}/report.pdf")
    @Produces(RenderedReport.PDF)
    @RolesAllowed(Role.Name.OFFICER)
    @Operation(summary = "The gap report as PDF/A-2b: cover, summary, coverage matrix, gaps by level, sunsets,"
            + " contraindications, rules that fired")
    public Response report(@PathParam("id") String id,
            @Parameter(description = "Date to analyse as of, YYYY-MM-DD; default today")
            @QueryParam("asOf") String asOf) {
        Submission submission = submissions.owned(id, caller);
        return reports.gapReport(submission, QueryDates.orToday("asOf", asOf, clock), caller.username()).response();
    }

    @GET
    @Path("{id}/coverage.pdf")
    @Produces(RenderedReport.PDF)
    @RolesAllowed({Role.Name.OFFICER, Role.Name.REGULATOR})
    @Operation(summary = "The coverage report as PDF/A-2b: each claimed clause COVERED, PARTIAL or NOT_COVERED"
            + " at the harm layer, with the reason and evidence")
    public Response coverage(@PathParam("id") String id,
            @Parameter(description = "Date to analyse as of, YYYY-MM-DD; default today")
            @QueryParam("asOf") String asOf) {
        Submission submission = submissions.readable(id, caller);
        return reports.coverageReport(submission, QueryDates.orToday("asOf", asOf, clock), caller.username())
                .response();
    }

    private AnalysisView analyse(String id, String asOf) {
        Submission submission = submissions.owned(id, caller);
        return analyses.analyse(submission, QueryDates.orToday("asOf", asOf, clock), caller.username());
    }

    private Response csv(String id, String asOf) {
        AnalysisView analysis = analyse(id, asOf);
        return Response.ok(GapCsv.write(analysis.gaps()), CSV)
                .header("Content-Disposition", "attachment; filename=\"gaps-" + id + "-" + analysis.asOf() + ".csv\"")
                .header("X-Vigil-As-Of", analysis.asOf().toString())
                .header("X-Vigil-Ruleset-Hash", analysis.rulesetHash())
                .header("X-Vigil-Catalog-Hash", analysis.catalogHash())
                .build();
    }
}
