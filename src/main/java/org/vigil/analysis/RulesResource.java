package org.vigil.analysis;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.vigil.account.Role;
import org.vigil.audit.AuditAction;
import org.vigil.audit.AuditLog;
import org.vigil.web.FieldError;
import org.vigil.web.ProblemException;

/** The gap-analysis rules: what is loaded, and reloading them after an edit. */
@Path("/api/rules")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {

    @Inject
    Rules rules;

    @Inject
    AuditLog audit;

    @GET
    @Authenticated
    @Operation(summary = "List the loaded rules with their files and lines, and the rule-set hash")
    public RulesView list() {
        return RulesView.of(rules.current(), rules.loadedAt());
    }

    @POST
    @Path("reload")
    @RolesAllowed(Role.Name.CURATOR)
    @Transactional
    @Operation(summary = "Recompile the rules folder; on an error the loaded rules stay in use")
    public RulesView reload() {
        String before = rules.current().hash();
        RuleBase loaded;
        try {
            loaded = rules.load();
        } catch (RuleBaseException e) {
            List<FieldError> errors = e.errors().stream().map(m -> new FieldError("rules", m)).toList();
            throw new ProblemException(422, "Rules do not compile",
                    errors.size() + " errors; the rules loaded before stay in use", errors);
        }
        audit.change(AuditAction.UPDATE, "RuleSet", "rules", Map.of("rulesetHash", before),
                Map.of("rulesetHash", loaded.hash(), "rules", loaded.rules().size()));
        return RulesView.of(loaded, rules.loadedAt());
    }
}
