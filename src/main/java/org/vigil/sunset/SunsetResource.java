package org.vigil.sunset;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.vigil.account.Caller;
import org.vigil.report.RenderedReport;
import org.vigil.report.Reports;
import org.vigil.web.ProblemException;
import org.vigil.web.QueryDates;

/** Every standard version's sunset date and state. */
@Path("/api/sunsets")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class SunsetResource {

    private static final Pattern DAYS = Pattern.compile("P?(\\d{1,5})D?");

    @Inject
    Sunsets sunsets;

    @Inject
    Clock clock;

    @Inject
    Reports reports;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "List sunsets as of a date, soonest first: CURRENT, EXPIRING or LAPSED")
    public List<SunsetView> list(
            @Parameter(description = "Date to read as of, YYYY-MM-DD; default today") @QueryParam("asOf") String asOf,
            @Parameter(description = "Only sunsets within this many days (or an ISO period such as P180D)"
                    + " of asOf, lapsed ones included") @QueryParam("within") String within) {
        return sunsets.list(QueryDates.orToday("asOf", asOf, clock), days(within));
    }

    @GET
    @Path("digest.pdf")
    @Produces(RenderedReport.PDF)
    @Operation(summary = "The sunset digest as PDF/A-2b: every standard version's state, dates and days left,"
            + " as a table and a timeline")
    public Response digest(
            @Parameter(description = "Date to read as of, YYYY-MM-DD; default today") @QueryParam("asOf") String asOf) {
        return reports.sunsetDigest(QueryDates.orToday("asOf", asOf, clock), caller.username()).response();
    }

    static Integer days(String within) {
        if (within == null || within.isBlank()) {
            return null;
        }
        Matcher m = DAYS.matcher(within);
        if (!m.matches()) {
            throw ProblemException.invalid("within", "'" + within + "' is neither a number of days nor P<n>D");
        }
        return Integer.parseInt(m.group(1));
    }
}
