package org.vigil.audit;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.vigil.account.Role;
import org.vigil.web.Paging;
import org.vigil.web.ProblemException;
import org.vigil.web.QueryDates;

/** The audit trail, for administrators. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Name.ADMIN)
public class AuditResource {

    static final int MAX_SIZE = 500;

    @GET
    @Operation(summary = "List audit events, newest first, filtered by actor, entity and time")
    public AuditPage list(
            @Parameter(description = "Username that made the change, or 'system' or 'anonymous'")
            @QueryParam("actor") String actor,
            @Parameter(description = "Entity type, such as Account, Organisation, Standard, ApiToken")
            @QueryParam("entity") String entity,
            @Parameter(description = "Entity id, such as a username; needs entity")
            @QueryParam("entityId") String entityId,
            @Parameter(description = "Action, such as CREATE, UPDATE or SIGN_IN_FAILED")
            @QueryParam("action") String action,
            @Parameter(description = "From this instant or date, inclusive")
            @QueryParam("from") String from,
            @Parameter(description = "Before this instant, or up to the end of this date")
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size, MAX_SIZE);
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (actor != null) {
            where.add("actor = :actor");
            params.put("actor", actor);
        }
        if (entity != null) {
            where.add("entityType = :entity");
            params.put("entity", entity);
        }
        if (entityId != null) {
            if (entity == null) {
                throw ProblemException.invalid("entityId", "needs entity as well");
            }
            where.add("entityId = :entityId");
            params.put("entityId", entityId);
        }
        if (action != null) {
            try {
                params.put("action", AuditAction.valueOf(action));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("action", "'" + action + "' is not an audit action");
            }
            where.add("action = :action");
        }
        if (from != null) {
            where.add("at >= :from");
            params.put("from", QueryDates.instant("from", from));
        }
        if (to != null) {
            Instant end = QueryDates.instant("to", to);
            where.add("at < :to");
            params.put("to", to.length() == 10 ? end.plusSeconds(86_400) : end);
        }
        String query = String.join(" and ", where);
        Sort newestFirst = Sort.descending("at", "id");
        var found = where.isEmpty() ? AuditEvent.<AuditEvent>findAll(newestFirst)
                : AuditEvent.<AuditEvent>find(query, newestFirst, params);
        List<AuditView> items = found.page(Page.of(page, size)).list().stream().map(AuditView::of).toList();
        return new AuditPage(items, page, size, found.count());
    }
}
