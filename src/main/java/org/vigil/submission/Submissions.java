package org.vigil.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.vigil.Sha256;
import org.vigil.account.Caller;
import org.vigil.account.Role;
import org.vigil.audit.AuditAction;
import org.vigil.audit.AuditLog;
import org.vigil.traces.SubmissionTraceSet;
import org.vigil.web.FieldError;
import org.vigil.web.JsonErrors;
import org.vigil.web.ProblemException;

/**
 * Stores submissions and decides who may read them: officers read their organisation's,
 * regulators read certification claims from every organisation, and anything else is not found.
 */
@ApplicationScoped
public class Submissions {

    @Inject
    SubmissionValidator validator;

    @Inject
    ObjectMapper json;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Parses, checks and stores a submission for the caller's organisation; all or nothing. */
    @Transactional
    public SubmissionSummary create(String body, Caller caller) {
        SubmissionDocument document = parse(body);
        List<FieldError> errors = validator.check(document, LocalDate.now(clock), caller.organisation());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (caller.organisation() == null) {
            throw ProblemException.invalid("organisation", "your account belongs to no organisation");
        }
        String canonical = write(document);
        Submission s = new Submission();
        s.id = UUID.randomUUID().toString();
        s.organisationId = caller.organisation();
        s.createdBy = caller.username();
        s.createdAt = clock.instant();
        s.systemName = document.system().name();
        s.harmLayer = document.system().harmLayer();
        s.certification = Boolean.TRUE.equals(document.certification());
        s.claimCount = document.claims().stream().mapToInt(c -> c.clauses().size()).sum();
        s.evaluationCount = document.evaluations() == null ? 0 : document.evaluations().size();
        s.document = canonical;
        s.documentHash = sha256(canonical);
        s.persist();
        link(s.id, document.traceSets());
        SubmissionSummary summary = SubmissionSummary.of(s);
        audit.change(AuditAction.CREATE, "Submission", s.id, null, summary);
        return summary;
    }

    /** Records which trace sets the submission references, so regulators can follow them. */
    private static void link(String submissionId, List<SubmissionDocument.TraceSetReference> references) {
        if (references == null) {
            return;
        }
        for (SubmissionDocument.TraceSetReference reference : references) {
            SubmissionTraceSet link = new SubmissionTraceSet();
            link.submissionId = submissionId;
            link.traceSetId = reference.id();
            link.riskAcceptance = reference.riskAcceptance();
            link.persist();
        }
    }

    /** Returns a submission the caller may read, or a 404 that does not tell whether it exists. */
    public Submission readable(String id, Caller caller) {
        Submission s = Submission.findById(id);
        if (s == null || !mayRead(s, caller)) {
            throw ProblemException.notFound("id", "Submission '" + id + "' does not exist");
        }
        return s;
    }

    /** Returns a submission of the caller's own organisation, or a 404. */
    public Submission owned(String id, Caller caller) {
        Submission s = Submission.findById(id);
        if (s == null || !caller.has(Role.OFFICER) || !caller.sees(s.organisationId)) {
            throw ProblemException.notFound("id", "Submission '" + id + "' does not exist");
        }
        return s;
    }

    public SubmissionView view(Submission s) {
        return new SubmissionView(s.id, s.organisationId, s.createdBy, s.createdAt, s.documentHash, document(s));
    }

    /** Lists what the caller may read, newest first. */
    public SubmissionPage list(int page, int size, Caller caller) {
        boolean officer = caller.has(Role.OFFICER) && caller.organisation() != null;
        boolean regulator = caller.has(Role.REGULATOR);
        String where;
        Parameters params = new Parameters();
        if (officer && regulator) {
            where = "organisationId = :org or certification = true";
            params = params.and("org", caller.organisation());
        } else if (officer) {
            where = "organisationId = :org";
            params = params.and("org", caller.organisation());
        } else if (regulator) {
            where = "certification = true";
        } else {
            return new SubmissionPage(List.of(), page, size, 0);
        }
        var query = Submission.<Submission>find(where, Sort.descending("createdAt", "id"), params);
        List<SubmissionSummary> items = query.page(Page.of(page, size)).list().stream()
                .map(SubmissionSummary::of).toList();
        return new SubmissionPage(items, page, size, query.count());
    }

    /** Reads a stored document back. */
    public SubmissionDocument document(Submission s) {
        try {
            return json.readValue(s.document, SubmissionDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored submission " + s.id + " is not readable", e);
        }
    }

    private boolean mayRead(Submission s, Caller caller) {
        return (caller.has(Role.OFFICER) && caller.sees(s.organisationId))
                || (caller.has(Role.REGULATOR) && s.certification);
    }

    private SubmissionDocument parse(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("body", "a submission is required");
        }
        ObjectReader strict = json.readerFor(SubmissionDocument.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try {
            return strict.readValue(body);
        } catch (JsonProcessingException e) {
            FieldError error = JsonErrors.describe(e);
            throw ProblemException.invalid(error.field(), error.message());
        }
    }

    private String write(SubmissionDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a submission", e);
        }
    }

    static String sha256(String text) {
        return "sha256:" + Sha256.hex(text);
    }
}
