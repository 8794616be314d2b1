package org.vigil.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stores standards, versions, clauses and amendments without ever overwriting a clause text.
 *
 * <p>Callers own the transaction, so a seed load or an import either lands whole or
 * not at all.
 */
@ApplicationScoped
public class CatalogWriter {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Creates the standard, or brings its title, publisher and kind up to date. */
    public Standard saveStandard(StandardDraft draft) {
        Standard standard = Standard.findById(draft.id());
        if (standard == null) {
            standard = new Standard();
            standard.id = draft.id();
            standard.recordedAt = clock.instant();
        }
        standard.title = draft.title();
        standard.publisher = draft.publisher();
        standard.kind = draft.kind();
        standard.persist();
        return standard;
    }

    /**
     * Stores a version draft: creates what is new, corrects what changed, keeps the rest.
     *
     * @return what happened to the clause versions
     */
    public ClauseChanges saveVersion(Standard standard, VersionDraft draft, VersionOrigin origin,
            String source) {
        StandardVersion version = StandardVersion
                .find("standard = ?1 and label = ?2", standard, draft.label())
                .firstResult();
        if (version == null) {
            version = new StandardVersion();
            version.standard = standard;
            version.label = draft.label();
            version.origin = origin;
            version.recordedAt = clock.instant();
        }
        version.title = draft.title();
        version.published = draft.published();
        version.inForceFrom = draft.inForceFrom();
        version.lastRevalidated = draft.lastRevalidated();
        version.sunset = draft.sunset();
        version.source = source;
        version.supersedes = draft.supersedes() == null ? null : StandardVersion
                .find("standard = ?1 and label = ?2", standard, draft.supersedes())
                .firstResult();
        version.persist();

        VersionClauses clauses = new VersionClauses(version);
        ClauseChanges changes = new ClauseChanges();
        for (ClauseDraft c : draft.clauses()) {
            changes.add(clauses.apply(c, version.inForceFrom, null));
        }
        for (AmendmentDraft a : draft.amendments()) {
            changes.add(clauses.amend(a));
        }
        return changes;
    }

    /** Applies an amendment to a stored version. */
    public ClauseChanges amend(StandardVersion version, AmendmentDraft draft) {
        return new VersionClauses(version).amend(draft);
    }

    /** The clauses of one version with their stored versions, loaded once per write. */
    private final class VersionClauses {

        private final StandardVersion version;
        private final Map<String, Clause> byRef = new HashMap<>();
        private final Map<Long, List<ClauseVersion>> history = new HashMap<>();
        private final Instant now = clock.instant();
        private int nextPosition;

        VersionClauses(StandardVersion version) {
            this.version = version;
            if (version.id == null) {
                return;
            }
            List<Clause> stored = Clause.list("standardVersion", version);
            for (Clause c : stored) {
                byRef.put(c.reference, c);
                history.put(c.id, new ArrayList<>());
                nextPosition = Math.max(nextPosition, c.position + 1);
            }
            List<ClauseVersion> versions = ClauseVersion
                    .list("clause.standardVersion = ?1 order by validFrom, revision", version);
            for (ClauseVersion cv : versions) {
                history.get(cv.clause.id).add(cv);
            }
        }

        ClauseChanges amend(AmendmentDraft draft) {
            Amendment amendment = Amendment
                    .find("standardVersion = ?1 and code = ?2", version, draft.code())
                    .firstResult();
            if (amendment == null) {
                amendment = new Amendment();
                amendment.standardVersion = version;
                amendment.code = draft.code();
                amendment.recordedAt = now;
            }
            amendment.title = draft.title();
            amendment.adopted = draft.adopted();
            amendment.effective = draft.effective();
            amendment.citation = draft.citation();
            amendment.note = draft.note();
            amendment.persist();

            ClauseChanges changes = new ClauseChanges();
            for (ClauseDraft c : draft.clauses()) {
                changes.add(apply(c, draft.effective(), amendment));
            }
            return changes;
        }

        ClauseChanges.Outcome apply(ClauseDraft draft, LocalDate from, Amendment amendment) {
            Clause clause = clauseFor(draft);
            List<ClauseVersion> versions = history.get(clause.id);
            String hash = ContentHash.of(draft);
            ClauseVersion same = versions.stream()
                    .filter(v -> v.supersededAt == null && v.validFrom.equals(from))
                    .findFirst().orElse(null);
            if (same != null && same.contentHash.equals(hash)) {
                return ClauseChanges.Outcome.UNCHANGED;
            }

            ClauseVersion next = newVersion(clause, draft, from, amendment, hash, versions);
            if (same != null) {
                same.supersededAt = now;
                next.validTo = same.validTo;
                next.persist();
                versions.add(next);
                return ClauseChanges.Outcome.CORRECTED;
            }
            next.validTo = splitAt(from, versions);
            next.persist();
            versions.add(next);
            versions.sort(Comparator.comparing((ClauseVersion v) -> v.validFrom)
                    .thenComparing(v -> v.revision));
            return ClauseChanges.Outcome.ADDED;
        }

        /** Closes the version in force on the date and returns where the new one must end. */
        private LocalDate splitAt(LocalDate from, List<ClauseVersion> versions) {
            LocalDate end = null;
            for (ClauseVersion v : versions) {
                if (v.supersededAt != null) {
                    continue;
                }
                if (v.inForceOn(from)) {
                    end = v.validTo;
                    v.validTo = from;
                    return end;
                }
                if (v.validFrom.isAfter(from) && (end == null || v.validFrom.isBefore(end))) {
                    end = v.validFrom;
                }
            }
            return end;
        }

        private ClauseVersion newVersion(Clause clause, ClauseDraft draft, LocalDate from,
                Amendment amendment, String hash, List<ClauseVersion> versions) {
            ClauseVersion cv = new ClauseVersion();
            cv.clause = clause;
            cv.revision = versions.stream().mapToInt(v -> v.revision).max().orElse(0) + 1;
            cv.title = draft.title();
            cv.summary = draft.summary() == null ? null : draft.summary().strip();
            cv.requiresEvaluation = draft.requiresEvaluation();
            cv.requiredLayer = draft.layer();
            cv.assumptions = draft.assumptions().isEmpty()
                    ? EnumSet.noneOf(Assumption.class)
                    : EnumSet.copyOf(draft.assumptions());
            cv.annotation = draft.annotation() == null ? null : draft.annotation().strip();
            cv.validFrom = from;
            cv.declaredFrom = from;
            cv.amendment = amendment;
            cv.contentHash = hash;
            cv.recordedAt = now;
            return cv;
        }

        private Clause clauseFor(ClauseDraft draft) {
            Clause clause = byRef.get(draft.ref());
            Clause parent = draft.parent() == null ? null : byRef.get(draft.parent());
            if (clause == null) {
                clause = new Clause();
                clause.standardVersion = version;
                clause.reference = draft.ref();
                clause.position = nextPosition++;
                clause.parent = parent;
                clause.persist();
                byRef.put(clause.reference, clause);
                history.put(clause.id, new ArrayList<>());
            } else if (draft.parent() != null && !Objects.equals(clause.parent, parent)) {
                clause.parent = parent;
            }
            return clause;
        }
    }
}
