package org.vigil.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import io.quarkus.panache.common.Parameters;
import java.util.List;
import org.vigil.web.ProblemException;

/** Reads the catalog, each read answering for a date: what was in force then. */
@ApplicationScoped
public class Catalog {

    private static final String IN_FORCE = "cv.supersededAt is null and cv.validFrom <= :asOf"
            + " and (cv.validTo is null or cv.validTo > :asOf)";

    /** Returns every standard, ordered by id. */
    public List<StandardView> standards() {
        List<Standard> standards = Standard.list("order by id");
        return standards.stream().map(this::view).toList();
    }

    /** Returns the standard with the given id, or a 404 problem. */
    public Standard standard(String id) {
        Standard standard = Standard.findById(id);
        if (standard == null) {
            throw ProblemException.notFound("id", "No standard '" + id + "'");
        }
        return standard;
    }

    public StandardView view(Standard standard) {
        List<String> labels = StandardVersion.<StandardVersion>list(
                        "standard = ?1 order by inForceFrom, label", standard)
                .stream().map(v -> v.label).toList();
        return new StandardView(standard.id, standard.title, standard.publisher, standard.kind, labels);
    }

    /** Returns the versions of a standard, oldest first. */
    public List<VersionView> versions(Standard standard) {
        List<StandardVersion> versions = StandardVersion.list(
                "standard = ?1 order by inForceFrom, label", standard);
        return versions.stream().map(this::view).toList();
    }

    public VersionView view(StandardVersion v) {
        List<Amendment> amendments = Amendment.list(
                "standardVersion = ?1 order by effective, code", v);
        long clauses = Clause.count("standardVersion", v);
        return new VersionView(v.standard.id, v.label, v.title, v.published, v.inForceFrom,
                v.lastRevalidated, v.sunset, v.supersedes == null ? null : v.supersedes.label,
                v.origin, v.source, clauses,
                amendments.stream().map(VersionView.AmendmentView::of).toList());
    }

    /**
     * Returns the version a read should use: the one named, else the latest in force.
     *
     * @param label a version label, or null for the one in force on {@code asOf}
     */
    public StandardVersion version(Standard standard, String label, LocalDate asOf) {
        if (label != null) {
            StandardVersion named = StandardVersion
                    .find("standard = ?1 and label = ?2", standard, label).firstResult();
            if (named == null) {
                throw ProblemException.notFound("version",
                        "Standard '" + standard.id + "' has no version '" + label + "'");
            }
            return named;
        }
        StandardVersion inForce = StandardVersion.find(
                        "standard = ?1 and inForceFrom <= ?2 order by inForceFrom desc, recordedAt desc",
                        standard, asOf)
                .firstResult();
        if (inForce == null) {
            throw ProblemException.notFound("asOf",
                    "Standard '" + standard.id + "' had no version in force on " + asOf);
        }
        return inForce;
    }

    /** Returns the clauses of a version in force on a date, in the order the source lists them. */
    public ClauseList clauses(StandardVersion version, LocalDate asOf) {
        List<ClauseView> clauses = ClauseVersion.<ClauseVersion>find(
                        "select cv from ClauseVersion cv join fetch cv.clause c"
                                + " left join fetch c.parent left join fetch cv.amendment"
                                + " where c.standardVersion = :version and " + IN_FORCE
                                + " order by c.position",
                        Parameters.with("version", version).and("asOf", asOf))
                .stream().map(ClauseView::of).toList();
        return new ClauseList(version.standard.id, version.label, asOf, clauses.size(), clauses);
    }

    /** Returns one clause as in force on a date, or a 404 problem naming why. */
    public ClauseView clause(StandardVersion version, String ref, LocalDate asOf) {
        Clause clause = clauseByRef(version, ref);
        ClauseVersion cv = ClauseVersion.<ClauseVersion>find(
                        "from ClauseVersion cv where cv.clause = :clause and " + IN_FORCE,
                        Parameters.with("clause", clause).and("asOf", asOf))
                .firstResult();
        if (cv == null) {
            throw ProblemException.notFound("asOf",
                    "Clause '" + ref + "' was not in force on " + asOf);
        }
        return ClauseView.of(cv);
    }

    /** Returns the version of a clause in force on a date, or null when there is none or no such clause. */
    public ClauseVersion inForce(StandardVersion version, String ref, LocalDate asOf) {
        return ClauseVersion.<ClauseVersion>find(
                        "from ClauseVersion cv where cv.clause.standardVersion = :version"
                                + " and cv.clause.reference = :ref and " + IN_FORCE,
                        Parameters.with("version", version).and("ref", ref).and("asOf", asOf))
                .firstResult();
    }

    /** Returns every recorded version of a clause, corrections included, oldest first. */
    public List<ClauseView> history(StandardVersion version, String ref) {
        Clause clause = clauseByRef(version, ref);
        List<ClauseVersion> versions = ClauseVersion.list(
                "clause = ?1 order by validFrom, revision", clause);
        return versions.stream().map(ClauseView::of).toList();
    }

    private Clause clauseByRef(StandardVersion version, String ref) {
        Clause clause = Clause.find("standardVersion = ?1 and reference = ?2", version, ref)
                .firstResult();
        if (clause == null) {
            throw ProblemException.notFound("ref", "Version '" + version.label + "' of '"
                    + version.standard.id + "' has no clause '" + ref + "'");
        }
        return clause;
    }
}
