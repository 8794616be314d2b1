package org.vigil.alert;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.vigil.account.Role;
import org.vigil.web.QueryDates;

/** Sunset alerts and their deliveries, for the people who run Vigil and curate the catalog. */
@Path("/api/alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Name.ADMIN, Role.Name.CURATOR})
public class AlertResource {

    @Inject
    AlertScanner scanner;

    @Inject
    Deliveries deliveries;

    @Inject
    Clock clock;

    @GET
    @Transactional
    @Operation(summary = "List alerts, newest first, with every delivery and attempt")
    public List<AlertView> list() {
        return Alert.<Alert>list("order by raisedAt desc, id desc").stream().map(AlertView::of).toList();
    }

    @POST
    @Path("scan")
    @Operation(summary = "Run the sunset scan now (it also runs on vigil.alerts.cron); returns alerts raised now")
    public List<AlertView> scan(@QueryParam("asOf") String asOf) {
        List<Long> raised = scanner.scan(QueryDates.orToday("asOf", asOf, clock)).stream().map(a -> a.id).toList();
        return QuarkusTransaction.requiringNew().call(() -> raised.stream()
                .map(id -> AlertView.of(Alert.findById(id))).toList());
    }

    @POST
    @Path("deliver")
    @Operation(summary = "Attempt every due delivery now (it also runs every vigil.alerts.delivery-every)")
    public DeliveryRun deliver() {
        return new DeliveryRun(deliveries.deliverDue(deliveries.instance));
    }

    /** How many deliveries a run attempted. */
    public record DeliveryRun(int attempted) {
    }
}
