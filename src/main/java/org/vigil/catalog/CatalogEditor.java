package org.vigil.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.audit.AuditAction;
import org.vigil.audit.AuditLog;
import org.vigil.web.FieldError;
import org.vigil.web.ProblemException;

/** Applies catalog changes requested through the API, each whole or not at all. */
@ApplicationScoped
public class CatalogEditor {

    @Inject
    Catalog catalog;

    @Inject
    CatalogWriter writer;

    @Inject
    AuditLog audit;

    /** Adds a new standard; a taken id is a conflict. */
    @Transactional
    public StandardView create(StandardDraft draft) {
        List<FieldError> errors = DraftValidator.check("", draft);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (Standard.findById(draft.id()) != null) {
            throw ProblemException.conflict("id", "Standard '" + draft.id() + "' already exists");
        }
        StandardView created = catalog.view(writer.saveStandard(draft));
        audit.change(AuditAction.CREATE, "Standard", created.id(), null, created);
        return created;
    }

    /** Adds a version to a standard, or amends one of its versions. */
    @Transactional
    public VersionWritten write(String standardId, VersionRequest request) {
        Standard standard = catalog.standard(standardId);
        return request.isAmendment() ? amend(standard, request) : addVersion(standard, request);
    }

    private VersionWritten addVersion(Standard standard, VersionRequest request) {
        List<String> labels = StandardVersion.<StandardVersion>list("standard", standard)
                .stream().map(v -> v.label).toList();
        VersionDraft draft = request.toDraft();
        List<FieldError> errors = DraftValidator.check("", draft, List.of(), labels);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (labels.contains(draft.label())) {
            throw ProblemException.conflict("label", "Standard '" + standard.id
                    + "' already has version '" + draft.label() + "'; amend it instead");
        }
        ClauseChanges changes = writer.saveVersion(standard, draft, VersionOrigin.API, "api");
        StandardVersion version = catalog.version(standard, draft.label(), null);
        VersionWritten written = new VersionWritten(catalog.view(version), changes.added(), changes.corrected());
        audit.change(AuditAction.CREATE, "StandardVersion", standard.id + "/" + draft.label(), null,
                Map.of("version", written.version(), "clauses", draft.clauses()));
        return written;
    }

    private VersionWritten amend(Standard standard, VersionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.label() != null || !(request.clauses() == null || request.clauses().isEmpty())) {
            errors.add(new FieldError("label",
                    "an amendment gives 'amends' and 'amendment' only; a new version gives 'label'"));
        }
        if (request.amends() == null) {
            errors.add(new FieldError("amends", "is required for an amendment"));
        }
        if (request.amendment() == null) {
            errors.add(new FieldError("amendment", "is required when 'amends' is given"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        StandardVersion version = catalog.version(standard, request.amends(), null);
        List<String> refs = Clause.<Clause>list("standardVersion", version)
                .stream().map(c -> c.reference).toList();
        AmendmentDraft draft = request.amendment();
        errors.addAll(DraftValidator.check("amendment.", draft, refs));
        if (draft.effective() != null && draft.effective().isBefore(version.inForceFrom)) {
            errors.add(new FieldError("amendment.effective",
                    "is before the version's inForceFrom " + version.inForceFrom));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (Amendment.count("standardVersion = ?1 and code = ?2", version, draft.code()) > 0) {
            throw ProblemException.conflict("amendment.code", "Version '" + version.label
                    + "' already has amendment '" + draft.code() + "'");
        }
        VersionView before = catalog.view(version);
        ClauseChanges changes = writer.amend(version, draft);
        VersionWritten written = new VersionWritten(catalog.view(version), changes.added(), changes.corrected());
        audit.change(AuditAction.UPDATE, "StandardVersion", standard.id + "/" + version.label, before,
                Map.of("version", written.version(), "amendment", draft),
                "amendment " + draft.code() + ": " + changes.added() + " clause versions added");
        return written;
    }
}
