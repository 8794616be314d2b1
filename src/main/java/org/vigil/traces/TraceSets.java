package org.vigil.traces;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.vigil.account.Caller;
import org.vigil.account.Role;
import org.vigil.audit.AuditAction;
import org.vigil.audit.AuditLog;
import org.vigil.submission.Submission;
import org.vigil.web.FieldError;
import org.vigil.web.JsonErrors;
import org.vigil.web.ProblemException;

/**
 * Stores trace sets and decides who may read them: officers read their organisation's, and
 * regulators read those referenced by a certification submission, as for submissions.
 */
@ApplicationScoped
public class TraceSets {

    private static final Logger LOG = Logger.getLogger(TraceSets.class);

    static final int MAX_TEXT = 300;
    static final int MAX_RATIONALE = 4000;
    private static final int BATCH = 1000;

    private static final String INSERT = "insert into trace (trace_set_id, line_number, trace_id, scenario_id,"
            + " attack_family, language, arm, cue, label, text_verdict, action_verdict, model, reasoning,"
            + " detected, pivot, aware) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "select scenario_id, attack_family, language, arm, cue, label,"
            + " reasoning, detected, pivot, aware from trace where trace_set_id = ? order by line_number";
    private static final String REFERENCED_BY_CERTIFICATION = "(select l.traceSetId from SubmissionTraceSet l,"
            + " Submission s where s.id = l.submissionId and s.certification = true)";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    LexiconFile lexicons;

    @Inject
    TracesConfig config;

    /** Reads, checks and stores a posted trace set for the caller's organisation; all or nothing. */
    @Transactional
    public TraceSetSummary create(InputStream body, String name, String intervention, String submission,
            Caller caller) {
        checkMetadata(name, intervention, submission, caller);
        long started = System.nanoTime();
        Lexicons lexicon = lexicons.current();
        TraceSet set = new TraceSet();
        set.organisationId = caller.organisation();
        set.name = name.strip();
        set.intervention = intervention.strip();
        set.submissionId = submission == null || submission.isBlank() ? null : submission;
        set.createdBy = caller.username();
        set.createdAt = clock.instant();
        set.contentHash = "pending";
        set.lexiconHash = lexicon.hash();
        set.persist();
        em.flush();

        TraceReader reader = new TraceReader(json.reader(), lexicon, (int) config.maxLineSize().asLongValue());
        TraceReader.Outcome outcome = em.unwrap(Session.class)
                .doReturningWork(connection -> store(connection, set.id, body, reader));
        if (outcome.totalErrors() > 0) {
            throw new InvalidTraces(outcome.errors(), outcome.totalErrors());
        }
        set.traceCount = outcome.traces();
        set.contentHash = outcome.contentHash();
        TraceSetSummary summary = TraceSetSummary.of(set);
        audit.change(AuditAction.CREATE, "TraceSet", String.valueOf(set.id), null, summary);
        LOG.infof("Trace set %d stored: %d traces in %d ms", set.id, outcome.traces(),
                (System.nanoTime() - started) / 1_000_000);
        return summary;
    }

    /** Replaces the assessor scores C2 and C3 of one of the caller's organisation's sets. */
    @Transactional
    public TraceSetSummary assess(long id, String body, Caller caller) {
        TraceSet set = owned(id, caller);
        Assessments given = parseAssessments(body);
        TraceSetSummary before = TraceSetSummary.of(set);
        set.c2Score = given.c2() == null ? null : given.c2().score();
        set.c2Rationale = given.c2() == null ? null : given.c2().rationale().strip();
        set.c3Score = given.c3() == null ? null : given.c3().score();
        set.c3Rationale = given.c3() == null ? null : given.c3().rationale().strip();
        set.assessedBy = caller.username();
        set.assessedAt = clock.instant();
        TraceSetSummary after = TraceSetSummary.of(set);
        audit.change(AuditAction.UPDATE, "TraceSet", String.valueOf(id), before.assessments(), after.assessments(),
                "assessor scores C2 and C3");
        return after;
    }

    /** Returns a trace set the caller may read, or a 404 that does not tell whether it exists. */
    public TraceSet readable(long id, Caller caller) {
        TraceSet set = TraceSet.findById(id);
        if (set == null || !mayRead(set, caller)) {
            throw notFound(id);
        }
        return set;
    }

    /** Returns a trace set of the caller's own organisation, or a 404. */
    public TraceSet owned(long id, Caller caller) {
        TraceSet set = TraceSet.findById(id);
        if (set == null || !caller.has(Role.OFFICER) || !caller.sees(set.organisationId)) {
            throw notFound(id);
        }
        return set;
    }

    /** Lists what the caller may read, newest first. */
    public TraceSetPage list(int page, int size, Caller caller) {
        boolean officer = caller.has(Role.OFFICER) && caller.organisation() != null;
        boolean regulator = caller.has(Role.REGULATOR);
        String where;
        Parameters params = new Parameters();
        if (officer && regulator) {
            where = "organisationId = :org or id in " + REFERENCED_BY_CERTIFICATION;
            params = params.and("org", caller.organisation());
        } else if (officer) {
            where = "organisationId = :org";
            params = params.and("org", caller.organisation());
        } else if (regulator) {
            where = "id in " + REFERENCED_BY_CERTIFICATION;
        } else {
            return new TraceSetPage(List.of(), page, size, 0);
        }
        var query = TraceSet.<TraceSet>find(where, Sort.descending("createdAt", "id"), params);
        List<TraceSetSummary> items = query.page(Page.of(page, size)).list().stream()
                .map(TraceSetSummary::of).toList();
        return new TraceSetPage(items, page, size, query.count());
    }

    /** Returns the stored traces of a set in line order. */
    public List<GradedTrace> traces(long id) {
        return em.unwrap(Session.class).doReturningWork(connection -> load(connection, id));
    }

    static ProblemException notFound(long id) {
        return ProblemException.notFound("id", "Trace set '" + id + "' does not exist");
    }

    private boolean mayRead(TraceSet set, Caller caller) {
        if (caller.has(Role.OFFICER) && caller.sees(set.organisationId)) {
            return true;
        }
        return caller.has(Role.REGULATOR) && SubmissionTraceSet.count("traceSetId = ?1 and submissionId in"
                + " (select s.id from Submission s where s.certification = true)", set.id) > 0;
    }

    private void checkMetadata(String name, String intervention, String submission, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > MAX_TEXT) {
            errors.add(new FieldError("name", "is required, at most " + MAX_TEXT + " characters"));
        }
        if (intervention == null || intervention.isBlank() || intervention.length() > MAX_TEXT) {
            errors.add(new FieldError("intervention", "is required, at most " + MAX_TEXT + " characters"));
        }
        if (submission != null && !submission.isBlank()) {
            Submission s = Submission.findById(submission);
            if (s == null || !caller.sees(s.organisationId)) {
                errors.add(new FieldError("submission", "no submission '" + submission + "' in your organisation"));
            }
        }
        if (caller.organisation() == null) {
            errors.add(new FieldError("organisation", "your account belongs to no organisation"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static TraceReader.Outcome store(Connection connection, long setId, InputStream body,
            TraceReader reader) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int[] pending = {0};
            TraceReader.Outcome outcome = reader.read(body, line -> {
                try {
                    bind(insert, setId, line);
                    insert.addBatch();
                    if (++pending[0] == BATCH) {
                        insert.executeBatch();
                        pending[0] = 0;
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot store line " + line.number(), e);
                }
            });
            if (pending[0] > 0 && outcome.totalErrors() == 0) {
                insert.executeBatch();
            }
            return outcome;
        }
    }

    private static void bind(PreparedStatement insert, long setId, TraceReader.Line line) throws SQLException {
        insert.setLong(1, setId);
        insert.setInt(2, (int) line.number());
        insert.setString(3, line.traceId());
        insert.setString(4, line.scenarioId());
        insert.setString(5, line.attackFamily());
        insert.setString(6, line.language());
        insert.setString(7, line.arm().name());
        insert.setString(8, line.cue().name());
        insert.setString(9, line.label().name());
        setNullable(insert, 10, line.text() == null ? null : line.text().name());
        setNullable(insert, 11, line.action() == null ? null : line.action().name());
        setNullable(insert, 12, line.model());
        insert.setBoolean(13, line.flags().reasoning());
        insert.setBoolean(14, line.flags().detected());
        insert.setBoolean(15, line.flags().pivot());
        insert.setBoolean(16, line.flags().aware());
    }

    private static void setNullable(PreparedStatement insert, int index, String value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.VARCHAR);
        } else {
            insert.setString(index, value);
        }
    }

    private static List<GradedTrace> load(Connection connection, long id) throws SQLException {
        List<GradedTrace> traces = new ArrayList<>();
        // Scenario, family and language names repeat across rows; keep one copy of each.
        Map<String, String> names = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setLong(1, id);
            select.setFetchSize(5000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    traces.add(new GradedTrace(
                            names.computeIfAbsent(rows.getString(1), k -> k),
                            names.computeIfAbsent(rows.getString(2), k -> k),
                            names.computeIfAbsent(rows.getString(3), k -> k),
                            Arm.valueOf(rows.getString(4)), Cue.valueOf(rows.getString(5)),
                            Label.valueOf(rows.getString(6)), rows.getBoolean(7), rows.getBoolean(8),
                            rows.getBoolean(9), rows.getBoolean(10)));
                }
            }
        }
        return traces;
    }

    private Assessments parseAssessments(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("body", "give c2 and/or c3, each with a score and a rationale");
        }
        Assessments given;
        try {
            given = json.readerFor(Assessments.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(body);
        } catch (JsonProcessingException e) {
            FieldError error = JsonErrors.describe(e);
            throw ProblemException.invalid(error.field(), error.message());
        }
        List<FieldError> errors = new ArrayList<>();
        checkScore("c2", given.c2(), errors);
        checkScore("c3", given.c3(), errors);
        if (given.assessedBy() != null || given.assessedAt() != null) {
            errors.add(new FieldError(given.assessedBy() != null ? "assessedBy" : "assessedAt",
                    "is set by Vigil, not by the request"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return given;
    }

    private static void checkScore(String level, Assessments.Score score, List<FieldError> errors) {
        if (score == null) {
            return;
        }
        if (score.score() == null || score.score().isNaN() || score.score() < 0 || score.score() > 1) {
            errors.add(new FieldError(level + ".score", "is required, a number from 0 to 1"));
        }
        if (score.rationale() == null || score.rationale().isBlank() || score.rationale().length() > MAX_RATIONALE) {
            errors.add(new FieldError(level + ".rationale", "is required, at most " + MAX_RATIONALE + " characters"));
        }
    }
}
