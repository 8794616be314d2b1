package org.vigil.alert;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.vigil.sunset.Sunsets;
import org.vigil.web.QueryDates;

/** The sunset calendar feed, for calendar programs to subscribe to (with HTTP Basic or a token). */
@Path("/api/sunsets.ics")
@Authenticated
public class CalendarResource {

    @Inject
    Sunsets sunsets;

    @Inject
    Clock clock;

    @GET
    @Produces("text/calendar; charset=utf-8")
    @Operation(summary = "Every standard version's sunset as an iCalendar event")
    public String feed(@QueryParam("asOf") String asOf) {
        LocalDate date = QueryDates.orToday("asOf", asOf, clock);
        return CalendarFeed.write(sunsets.list(date, null), date);
    }
}
