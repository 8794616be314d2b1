package org.vigil.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.Sha256;
import org.vigil.catalog.Catalog;
import org.vigil.catalog.ClauseVersion;
import org.vigil.catalog.ClauseView;
import org.vigil.catalog.Contraindication;
import org.vigil.catalog.Finding;
import org.vigil.catalog.Standard;
import org.vigil.catalog.StandardVersion;
import org.vigil.submission.Submission;
import org.vigil.submission.SubmissionDocument;
import org.vigil.submission.Submissions;
import org.vigil.sunset.Sunset;
import org.vigil.sunset.SunsetConfig;
import org.vigil.sunset.Sunsets;
import org.vigil.traces.Rates;
import org.vigil.traces.TherapeuticIndex;
import org.vigil.traces.TherapeuticIndexes;
import org.vigil.traces.TraceRates;
import org.vigil.traces.TraceSet;
import org.vigil.traces.TraceSets;

/**
 * Runs the gap analysis of a submission as of a date.
 *
 * <p>The facts are the submission, the claimed clauses as in force on the date, the findings
 * published by then, the contraindications they support, and the sunset state of each
 * claimed standard version. An analysis is stored with the rule-set hash and a hash of the
 * catalog entries it read; asking again with the same inputs returns the stored one.
 */
@ApplicationScoped
public class Analyses {

    private static final TypeReference<List<Gap>> GAPS = new TypeReference<>() {
    };

    @Inject
    Rules rules;

    @Inject
    Catalog catalog;

    @Inject
    Submissions submissions;

    @Inject
    AnalysisConfig config;

    @Inject
    Sunsets sunsets;

    @Inject
    SunsetConfig policy;

    @Inject
    ObjectMapper json;

    @Inject
    TherapeuticIndexes indexes;

    @Inject
    TraceSets traceSetStore;

    @Inject
    Clock clock;

    /** The facts for one analysis and the hash of the catalog entries among them. */
    public record Prepared(AnalysisFacts facts, String catalogHash) {
    }

    /** An analysis together with the facts it was run on. */
    public record Analysed(AnalysisView view, AnalysisFacts facts) {
    }

    @Transactional
    public AnalysisView analyse(Submission submission, LocalDate asOf, String actor) {
        return analyseWithFacts(submission, asOf, actor).view();
    }

    /** Runs (or reuses) the analysis and also returns its facts, for reports that show more than gaps. */
    @Transactional
    public Analysed analyseWithFacts(Submission submission, LocalDate asOf, String actor) {
        RuleBase ruleBase = rules.current();
        Prepared prepared = prepare(submissions.document(submission), asOf);
        Analysis stored = Analysis.<Analysis>find("submissionId = :s and asOf = :d and rulesetHash = :r"
                        + " and catalogHash = :c", Parameters.with("s", submission.id).and("d", asOf)
                        .and("r", ruleBase.hash()).and("c", prepared.catalogHash()))
                .firstResult();
        if (stored != null) {
            return new Analysed(view(stored, read(stored.result)), prepared.facts());
        }
        List<Gap> gaps = GapEngine.run(ruleBase, prepared.facts());
        Analysis analysis = new Analysis();
        analysis.submissionId = submission.id;
        analysis.asOf = asOf;
        analysis.rulesetHash = ruleBase.hash();
        analysis.catalogHash = prepared.catalogHash();
        analysis.gapCount = gaps.size();
        analysis.createdAt = clock.instant();
        analysis.createdBy = actor;
        analysis.result = write(gaps);
        analysis.persist();
        return new Analysed(view(analysis, gaps), prepared.facts());
    }

    /** Builds the facts for a submission as of a date from the catalog in the database. */
    public Prepared prepare(SubmissionDocument document, LocalDate asOf) {
        CatalogDigest digest = new CatalogDigest();
        Map<String, StandardVersionFact> versions = new LinkedHashMap<>();
        List<ClaimFact> claims = new ArrayList<>();
        List<UnresolvedClaimFact> unresolved = new ArrayList<>();
        for (SubmissionDocument.Claim claim : document.claims()) {
            Standard standard = catalog.standard(claim.standard());
            StandardVersion version = catalog.version(standard, claim.version(), null);
            Sunset sunset = sunsets.of(version, asOf);
            versions.putIfAbsent(standard.id + "/" + version.label,
                    new StandardVersionFact(standard.id, version.label, version.published, sunset));
            digest.add("version", standard.id, version.label, version.published, version.lastRevalidated,
                    version.sunset);
            for (String ref : claim.clauses()) {
                ClauseVersion cv = catalog.inForce(version, ref, asOf);
                if (cv == null) {
                    unresolved.add(new UnresolvedClaimFact(standard.id + ":" + ref, version.label));
                    digest.add("absent", standard.id, version.label, ref);
                    continue;
                }
                String id = ClauseView.of(cv).id();
                claims.add(new ClaimFact(standard.id, version.label, ref, id, cv.title,
                        Boolean.TRUE.equals(cv.requiresEvaluation), cv.requiredLayer, cv.assumptions,
                        version.published));
                digest.add("clause", id, cv.contentHash);
            }
        }
        List<FindingFact> findings = new ArrayList<>();
        for (Finding f : Finding.<Finding>list("published <= ?1 order by id", asOf)) {
            findings.add(new FindingFact(f.id, f.citation, f.published, f.challenges, f.contexts));
            digest.add("finding", f.id, f.contentHash);
        }
        List<ContraindicationFact> contraindications = new ArrayList<>();
        for (Contraindication c : Contraindication.<Contraindication>list("order by id")) {
            List<String> known = c.findings.stream().filter(f -> !f.published.isAfter(asOf))
                    .map(f -> f.id).sorted().toList();
            if (!known.isEmpty()) {
                contraindications.add(new ContraindicationFact(c.id, c.intervention, c.context, c.description,
                        known));
                digest.add("contraindication", c.id, c.contentHash, known);
            }
        }
        AnalysisConfig thresholds = config;
        digest.add("policy", policy.revalidationInterval(), policy.warningWindow(),
                thresholds.maxEvaluationAge(), thresholds.minScenarios(), thresholds.maxHalfWidth());
        List<TraceSetFact> traceSets = traceSets(document, digest);
        SettingsFact settings = new SettingsFact(asOf, asOf.minus(thresholds.maxEvaluationAge()),
                thresholds.minScenarios(), thresholds.maxHalfWidth(), thresholds.maxPartialShare(),
                thresholds.maxEvaluationAwareness());
        AnalysisFacts facts = new AnalysisFacts(settings, SubmissionFacts.system(document), claims, unresolved,
                SubmissionFacts.evaluations(document), SubmissionFacts.attackFamilies(document),
                List.copyOf(versions.values()), findings, contraindications, traceSets);
        return new Prepared(facts, digest.hash());
    }

    /**
     * Builds a fact per referenced trace set. Everything its numbers depend on enters the
     * digest (content and lexicon hashes, resamples, seed, assessor scores and rationales,
     * risk acceptance, thresholds), so a changed assessment gives a fresh analysis.
     */
    private List<TraceSetFact> traceSets(SubmissionDocument document, CatalogDigest digest) {
        if (document.traceSets() == null || document.traceSets().isEmpty()) {
            return List.of();
        }
        digest.add("trace-thresholds", config.maxPartialShare(), config.maxEvaluationAwareness());
        List<TraceSetFact> facts = new ArrayList<>();
        for (SubmissionDocument.TraceSetReference reference : document.traceSets()) {
            TraceSet set = TraceSet.findById(reference.id());
            TherapeuticIndex.Inputs inputs = indexes.inputs(set);
            digest.add("trace-set", set.id, set.contentHash, set.lexiconHash, inputs.resamples(), inputs.seed(),
                    set.c2Score, set.c2Rationale, set.c3Score, set.c3Rationale, reference.riskAcceptance());
            TherapeuticIndex index = indexes.indexed(set);
            TraceRates rates = index != null ? index.rates() : Rates.of(traceSetStore.traces(set.id));
            facts.add(new TraceSetFact(set.id, set.name, set.intervention, index, rates, reference.riskAcceptance()));
        }
        return facts;
    }

    private AnalysisView view(Analysis analysis, List<Gap> gaps) {
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity.name(), 0);
        }
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        for (int level = 1; level <= 4; level++) {
            byLevel.put(String.valueOf(level), 0);
        }
        for (Gap gap : gaps) {
            bySeverity.merge(gap.severity().name(), 1, Integer::sum);
            byLevel.merge(String.valueOf(gap.level()), 1, Integer::sum);
        }
        return new AnalysisView(analysis.submissionId, analysis.asOf, analysis.rulesetHash, analysis.catalogHash,
                analysis.id, analysis.createdAt, analysis.createdBy, bySeverity, byLevel, gaps);
    }

    private String write(List<Gap> gaps) {
        try {
            return json.writeValueAsString(gaps);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise gaps", e);
        }
    }

    private List<Gap> read(String stored) {
        try {
            return json.readValue(stored, GAPS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored analysis is not readable", e);
        }
    }

    /** A SHA-256 over the catalog entries an analysis read, one line per entry. */
    private static final class CatalogDigest {
        private final MessageDigest sha;

        CatalogDigest() {
            sha = Sha256.digest();
        }

        void add(Object... parts) {
            StringBuilder line = new StringBuilder();
            for (Object part : parts) {
                line.append(part).append('|');
            }
            sha.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        }

        String hash() {
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        }
    }
}
