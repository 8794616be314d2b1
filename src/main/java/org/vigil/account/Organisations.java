package org.vigil.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.vigil.audit.AuditAction;
import org.vigil.audit.AuditLog;
import org.vigil.web.FieldError;
import org.vigil.web.ProblemException;

/** Creates and reads organisations. */
@ApplicationScoped
public class Organisations {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public OrganisationView create(OrganisationRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "an organisation is required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.id() == null || !ID.matcher(request.id()).matches()) {
            errors.add(new FieldError("id", "must be 1 to 64 characters: letters, digits, '.', '_' or '-'"));
        }
        if (request.name() == null || request.name().isBlank() || request.name().length() > 300) {
            errors.add(new FieldError("name", "is required, at most 300 characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (Organisation.findById(request.id()) != null) {
            throw ProblemException.conflict("id", "Organisation '" + request.id() + "' already exists");
        }
        Organisation organisation = new Organisation();
        organisation.id = request.id();
        organisation.name = request.name().strip();
        organisation.createdAt = clock.instant();
        organisation.persist();
        OrganisationView view = OrganisationView.of(organisation);
        audit.change(AuditAction.CREATE, "Organisation", organisation.id, null, view);
        return view;
    }

    public List<OrganisationView> list() {
        return Organisation.<Organisation>list("order by id").stream().map(OrganisationView::of).toList();
    }

    /** Reads an organisation; the caller must be an administrator or one of its members. */
    public OrganisationView get(String id, Caller caller) {
        Organisation organisation = Organisation.findById(id);
        if (organisation == null || !(caller.has(Role.ADMIN) || caller.sees(id))) {
            throw ProblemException.notFound("id", "Organisation '" + id + "' does not exist");
        }
        return OrganisationView.of(organisation);
    }

    /** Lists an organisation's accounts; the caller must be an administrator or one of its members. */
    public List<AccountView> members(String id, Caller caller) {
        get(id, caller);
        return Account.<Account>list("organisation.id = ?1 order by username", id).stream()
                .map(AccountView::of).toList();
    }
}
