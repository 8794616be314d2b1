package org.vigil.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import org.vigil.account.Organisation;
import org.vigil.analysis.Analyses;
import org.vigil.analysis.AnalysisView;
import org.vigil.analysis.Gap;
import org.vigil.analysis.Rules;
import org.vigil.audit.AuditAction;
import org.vigil.audit.AuditLog;
import org.vigil.catalog.Catalog;
import org.vigil.catalog.Finding;
import org.vigil.catalog.Layer;
import org.vigil.catalog.Standard;
import org.vigil.submission.Submission;
import org.vigil.submission.SubmissionDocument;
import org.vigil.submission.Submissions;
import org.vigil.sunset.SunsetConfig;
import org.vigil.sunset.SunsetView;
import org.vigil.sunset.Sunsets;

/**
 * Gathers what a report shows, renders it and records the download in the audit trail.
 *
 * <p>Reports are rendered from the stored analysis, so the same submission, as-of date,
 * catalog, rules and templates give a byte-identical file.
 */
@ApplicationScoped
public class Reports {

    private static final Logger LOG = Logger.getLogger(Reports.class);

    @Inject
    Templates templates;

    @Inject
    Analyses analyses;

    @Inject
    Submissions submissions;

    @Inject
    Catalog catalog;

    @Inject
    Sunsets sunsets;

    @Inject
    SunsetConfig policy;

    @Inject
    Rules rules;

    @Inject
    AuditLog audit;

    public RenderedReport gapReport(Submission submission, LocalDate asOf, String actor) {
        SubmissionReportInput in = QuarkusTransaction.joiningExisting().call(() -> input(submission, asOf, actor));
        return downloaded(actor, "gap report of submission " + submission.id + " as of " + asOf,
                () -> GapReport.render(templates.current(), in));
    }

    public RenderedReport coverageReport(Submission submission, LocalDate asOf, String actor) {
        SubmissionReportInput in = QuarkusTransaction.joiningExisting().call(() -> input(submission, asOf, actor));
        return downloaded(actor, "coverage report of submission " + submission.id + " as of " + asOf,
                () -> CoverageReport.render(templates.current(), in));
    }

    public RenderedReport sunsetDigest(LocalDate asOf, String actor) {
        List<SunsetView> versions = QuarkusTransaction.joiningExisting().call(() -> sunsets.list(asOf, null));
        return downloaded(actor, "sunset digest as of " + asOf, () -> SunsetDigest.render(templates.current(), asOf,
                versions, policy.revalidationInterval(), policy.warningWindow()));
    }

    /** Reads everything a gap or coverage report shows, running (or reusing) the analysis. */
    SubmissionReportInput input(Submission submission, LocalDate asOf, String actor) {
        SubmissionDocument document = submissions.document(submission);
        Analyses.Analysed analysed = analyses.analyseWithFacts(submission, asOf, actor);
        AnalysisView analysis = analysed.view();
        List<ClauseCoverage> coverage = Coverage.of(analysed.facts(), analysis.gaps());

        List<String> claims = new ArrayList<>();
        Set<String> standards = new LinkedHashSet<>();
        List<SunsetView> claimed = new ArrayList<>();
        for (SubmissionDocument.Claim claim : document.claims()) {
            claims.add(claim.standard() + " " + claim.version() + ": " + String.join(", ", claim.clauses()));
            if (standards.add(claim.standard() + " " + claim.version())) {
                Standard standard = catalog.standard(claim.standard());
                claimed.add(sunsets.view(catalog.version(standard, claim.version(), null), asOf));
            }
        }
        Map<String, String> findings = new TreeMap<>();
        for (Gap gap : analysis.gaps()) {
            if (gap.finding() != null && !findings.containsKey(gap.finding())) {
                Finding finding = Finding.findById(gap.finding());
                findings.put(gap.finding(), finding == null ? gap.finding() : finding.citation);
            }
        }
        Organisation organisation = Organisation.findById(submission.organisationId);
        return new SubmissionReportInput(submission.id, document.system().name(),
                organisation == null ? submission.organisationId : organisation.name,
                Layer.valueOf(document.system().harmLayer()), Boolean.TRUE.equals(document.certification()),
                claims, List.copyOf(standards), analysis, coverage, claimed, findings, rules.current().rules(),
                analysed.facts().traceSets());
    }

    private RenderedReport downloaded(String actor, String what, Render render) {
        long started = System.nanoTime();
        RenderedReport report;
        try {
            report = render.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the " + what, e);
        }
        audit.event(actor, AuditAction.DOWNLOAD, "report", report.id(), what + ", " + report.sha256());
        LOG.debugf("Rendered %s (%s) in %d ms: %d bytes", what, report.id(),
                (System.nanoTime() - started) / 1_000_000, report.pdf().length);
        return report;
    }

    @FunctionalInterface
    private interface Render {
        RenderedReport run() throws IOException;
    }
}
