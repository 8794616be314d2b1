package org.vigil.sunset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.vigil.audit.AuditAction;
import org.vigil.audit.AuditLog;
import org.vigil.catalog.Catalog;
import org.vigil.catalog.StandardVersion;
import org.vigil.web.FieldError;
import org.vigil.web.ProblemException;

/**
 * The sunset policy applied to the catalog: every standard version's sunset date and state,
 * and the revalidations that move it. The gap analysis reads sunsets through this service.
 */
@ApplicationScoped
public class Sunsets {

    @Inject
    SunsetConfig policy;

    @Inject
    Catalog catalog;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Applies the policy to one version as of a date. */
    public Sunset of(StandardVersion version, LocalDate asOf) {
        return Sunset.of(version.sunset, version.lastRevalidated, version.published, asOf, policy);
    }

    public SunsetView view(StandardVersion version, LocalDate asOf) {
        Sunset sunset = of(version, asOf);
        return new SunsetView(version.standard.id, version.label, version.title, version.published,
                version.lastRevalidated, version.sunset, sunset.date(), sunset.basis(), sunset.state(),
                sunset.daysLeft());
    }

    /**
     * Lists every version's sunset as of a date, soonest first; with {@code withinDays}, only
     * those whose sunset falls no later than that many days after the date (lapsed ones included).
     */
    public List<SunsetView> list(LocalDate asOf, Integer withinDays) {
        List<SunsetView> views = new ArrayList<>();
        for (StandardVersion v : StandardVersion.<StandardVersion>list("order by standard.id, label")) {
            SunsetView view = view(v, asOf);
            if (withinDays == null || view.daysLeft() <= withinDays) {
                views.add(view);
            }
        }
        views.sort(Comparator.comparing(SunsetView::sunsetDate).thenComparing(SunsetView::standard)
                .thenComparing(SunsetView::version));
        return views;
    }

    /** Records a revalidation and moves the version's dates as its outcome says. */
    @Transactional
    public RevalidationView revalidate(String standardId, String label, RevalidationRequest request,
            String actor) {
        StandardVersion version = catalog.version(catalog.standard(standardId), label, null);
        if (request == null) {
            throw ProblemException.invalid("body", "a revalidation is required");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = null;
        LocalDate today = LocalDate.now(clock);
        if (request.date() == null) {
            errors.add(new FieldError("date", "is required (YYYY-MM-DD)"));
        } else {
            try {
                date = LocalDate.parse(request.date());
                if (date.isAfter(today)) {
                    errors.add(new FieldError("date", "is after today (" + today + ")"));
                } else if (date.isBefore(version.published)) {
                    errors.add(new FieldError("date",
                            "is before the version's publication (" + version.published + ")"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("date", "'" + request.date() + "' is not a date in the form YYYY-MM-DD"));
            }
        }
        if (request.body() == null || request.body().isBlank() || request.body().length() > 300) {
            errors.add(new FieldError("body", "is required: who carried out the review, at most 300 characters"));
        }
        RevalidationOutcome outcome = null;
        if (request.outcome() == null || Arrays.stream(RevalidationOutcome.values())
                .noneMatch(o -> o.name().equals(request.outcome()))) {
            errors.add(new FieldError("outcome", (request.outcome() == null ? "is required; " : "'"
                    + request.outcome() + "' is not ") + "one of REVALIDATED, REVISION_REQUIRED, WITHDRAWN"));
        } else {
            outcome = RevalidationOutcome.valueOf(request.outcome());
        }
        List<String> evidence = request.evidenceConsidered() == null ? List.of() : request.evidenceConsidered();
        if (String.join("\n", evidence).length() > 4000) {
            errors.add(new FieldError("evidenceConsidered", "at most 4000 characters in all"));
        }
        if (request.note() != null && request.note().length() > 4000) {
            errors.add(new FieldError("note", "at most 4000 characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        SunsetView before = view(version, today);
        Revalidation r = new Revalidation();
        r.standardVersion = version;
        r.revalidatedOn = date;
        r.body = request.body().strip();
        r.evidenceConsidered = evidence.isEmpty() ? null : String.join("\n", evidence);
        r.outcome = outcome;
        r.note = request.note();
        r.recordedAt = clock.instant();
        r.recordedBy = actor;
        r.persist();
        if (outcome == RevalidationOutcome.REVALIDATED
                && (version.lastRevalidated == null || date.isAfter(version.lastRevalidated))) {
            version.lastRevalidated = date;
        } else if (outcome == RevalidationOutcome.WITHDRAWN) {
            version.sunset = date;
        }
        SunsetView after = view(version, today);
        RevalidationView view = new RevalidationView(r.id, standardId, label, date, r.body, evidence, outcome,
                r.note, r.recordedAt, actor, after);
        audit.change(AuditAction.CREATE, "Revalidation", standardId + "/" + label + "/" + r.id,
                Map.of("sunset", before), view);
        return view;
    }

    /** Lists a version's revalidations, oldest first. */
    public List<RevalidationView> revalidations(String standardId, String label) {
        StandardVersion version = catalog.version(catalog.standard(standardId), label, null);
        LocalDate today = LocalDate.now(clock);
        SunsetView now = view(version, today);
        return Revalidation.<Revalidation>list("standardVersion = ?1 order by revalidatedOn, id", version).stream()
                .map(r -> new RevalidationView(r.id, standardId, label, r.revalidatedOn, r.body,
                        r.evidenceConsidered == null ? List.of()
                                : Arrays.stream(r.evidenceConsidered.split("\n")).collect(Collectors.toList()),
                        r.outcome, r.note, r.recordedAt, r.recordedBy, now))
                .toList();
    }
}
