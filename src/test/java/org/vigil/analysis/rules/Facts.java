package org.vigil.analysis.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.analysis.AnalysisFacts;
import org.vigil.analysis.AttackFamilyFact;
import org.vigil.analysis.ClaimFact;
import org.vigil.analysis.ContraindicationFact;
import org.vigil.analysis.EvaluationFact;
import org.vigil.analysis.FindingFact;
import org.vigil.analysis.Gap;
import org.vigil.analysis.GapEngine;
import org.vigil.analysis.RuleBase;
import org.vigil.analysis.SettingsFact;
import org.vigil.analysis.StandardVersionFact;
import org.vigil.analysis.SystemFact;
import org.vigil.analysis.TraceSetFact;
import org.vigil.analysis.UnresolvedClaimFact;
import org.vigil.catalog.Assumption;
import org.vigil.catalog.Intervention;
import org.vigil.catalog.Layer;
import org.vigil.submission.PhysicalControl;
import org.vigil.sunset.Sunset;
import org.vigil.sunset.SunsetState;

/**
 * Builds the facts of one analysis with sensible defaults, so a rule test states only what matters.
 *
 * <p>By default: as of 2026-12-03, evaluations older than twelve months are stale, at least 20
 * scenarios and a Wilson half-width of at most 0.20 per attack family, trace sets with at most
 * 25% PARTIAL in the treated arm and 10% evaluation-aware reasoning, and a TEXT-harm system
 * deployed in English with one base model, tuned in English, no claims and no evaluations.
 */
final class Facts {

    static final LocalDate AS_OF = LocalDate.of(2026, 12, 3);
    static final double MAX_PARTIAL_SHARE = 0.25;
    static final double MAX_EVALUATION_AWARENESS = 0.10;

    private static RuleBase rules;

    private final LocalDate asOf = AS_OF;
    private LocalDate staleBefore = AS_OF.minusMonths(12);
    private int minScenarios = 20;
    private final double maxHalfWidth = 0.20;

    private Layer harmLayer = Layer.TEXT;
    private boolean embodied;
    private List<String> languages = List.of("en");
    private List<String> safetyTuningLanguages = List.of("en");
    private boolean multiAgent;
    private boolean longContext;
    private boolean agenticPressure;
    private boolean evaluationAware;
    private boolean certification;
    private final List<String> componentIds = new ArrayList<>(List.of("base-model"));
    private final List<String> adapterIds = new ArrayList<>();
    private final Set<Intervention> interventions = EnumSet.noneOf(Intervention.class);
    private final Set<PhysicalControl> physicalControls = EnumSet.noneOf(PhysicalControl.class);

    private final List<ClaimFact> claims = new ArrayList<>();
    private final List<UnresolvedClaimFact> unresolved = new ArrayList<>();
    private final List<EvaluationFact> evaluations = new ArrayList<>();
    private final List<AttackFamilyFact> attackFamilies = new ArrayList<>();
    private final List<StandardVersionFact> standardVersions = new ArrayList<>();
    private final List<FindingFact> findings = new ArrayList<>();
    private final List<ContraindicationFact> contraindications = new ArrayList<>();
    private final List<TraceSetFact> traceSets = new ArrayList<>();

    private Facts() {
    }

    static Facts facts() {
        return new Facts();
    }

    /** Returns the rules folder compiled once for the whole test run, as compiling takes seconds. */
    static synchronized RuleBase rules() {
        if (rules == null) {
            rules = RuleBase.compile(Path.of("rules"));
        }
        return rules;
    }

    /** Runs the rules over these facts. */
    List<Gap> run() {
        return GapEngine.run(rules(), build());
    }

    /** Runs the rules over these facts and keeps the gaps with the code. */
    List<Gap> gaps(String code) {
        return run().stream().filter(g -> g.code().equals(code)).toList();
    }

    Facts staleBefore(LocalDate day) {
        this.staleBefore = day;
        return this;
    }

    Facts minScenarios(int scenarios) {
        this.minScenarios = scenarios;
        return this;
    }

    Facts harmLayer(Layer layer) {
        this.harmLayer = layer;
        return this;
    }

    /** Makes the system an embodied one whose harm happens at the physical layer. */
    Facts embodied() {
        this.embodied = true;
        this.harmLayer = Layer.PHYSICAL;
        return this;
    }

    Facts languages(String... deployed) {
        this.languages = List.of(deployed);
        return this;
    }

    Facts safetyTuningLanguages(String... tuned) {
        this.safetyTuningLanguages = List.of(tuned);
        return this;
    }

    Facts multiAgent() {
        this.multiAgent = true;
        return this;
    }

    Facts longContext() {
        this.longContext = true;
        return this;
    }

    Facts agenticPressure() {
        this.agenticPressure = true;
        return this;
    }

    Facts evaluationAware() {
        this.evaluationAware = true;
        return this;
    }

    Facts certification() {
        this.certification = true;
        return this;
    }

    Facts component(String id) {
        componentIds.add(id);
        return this;
    }

    /** Adds an adapter, which is also a deployed component. */
    Facts adapter(String id) {
        componentIds.add(id);
        adapterIds.add(id);
        return this;
    }

    Facts interventions(Intervention... used) {
        interventions.addAll(List.of(used));
        return this;
    }

    Facts physicalControls(PhysicalControl... fitted) {
        physicalControls.addAll(List.of(fitted));
        return this;
    }

    Facts claim(Claim claim) {
        claims.add(claim.fact());
        return this;
    }

    Facts unresolved(String key, String version) {
        unresolved.add(new UnresolvedClaimFact(key, version));
        return this;
    }

    Facts evaluation(Evaluation evaluation) {
        evaluations.add(evaluation.fact());
        return this;
    }

    Facts attackFamily(String evaluationId, String name, int scenarios, int successes) {
        attackFamilies.add(new AttackFamilyFact(evaluationId, name, scenarios, successes));
        return this;
    }

    Facts standardVersion(String standard, String version, LocalDate published, Sunset sunset) {
        standardVersions.add(new StandardVersionFact(standard, version, published, sunset));
        return this;
    }

    /** Adds a standard version whose declared sunset is years away. */
    Facts standardVersion(String standard, String version, LocalDate published) {
        Sunset sunset = new Sunset(LocalDate.of(2030, 1, 1), true, "declared", SunsetState.CURRENT, 1125);
        return standardVersion(standard, version, published, sunset);
    }

    Facts finding(FindingFact finding) {
        findings.add(finding);
        return this;
    }

    Facts contraindication(ContraindicationFact contraindication) {
        contraindications.add(contraindication);
        return this;
    }

    Facts traceSet(TraceSetFact traceSet) {
        traceSets.add(traceSet);
        return this;
    }

    AnalysisFacts build() {
        SystemFact system = new SystemFact("Test system", harmLayer, embodied, languages, safetyTuningLanguages,
                multiAgent, longContext, agenticPressure, evaluationAware, certification, componentIds,
                adapterIds, interventions, physicalControls);
        return new AnalysisFacts(new SettingsFact(asOf, staleBefore, minScenarios, maxHalfWidth,
                MAX_PARTIAL_SHARE, MAX_EVALUATION_AWARENESS), system,
                List.copyOf(claims), List.copyOf(unresolved), List.copyOf(evaluations),
                List.copyOf(attackFamilies), List.copyOf(standardVersions), List.copyOf(findings),
                List.copyOf(contraindications), List.copyOf(traceSets));
    }

    /** Starts a claim of a clause of version 2023 that requires evaluation at an unspecified layer. */
    static Claim claim(String standard, String reference) {
        return new Claim(standard, reference);
    }

    /** Starts a TEXT-layer evaluation in English, a month old, supporting no clause. */
    static Evaluation evaluation(String id) {
        return new Evaluation(id);
    }

    /** A claimed clause being described. */
    static final class Claim {
        private final String standard;
        private final String reference;
        private String version = "2023";
        private String title = "Testing and evaluation";
        private boolean requiresEvaluation = true;
        private Layer requiredLayer = Layer.UNSPECIFIED;
        private final Set<Assumption> assumptions = EnumSet.noneOf(Assumption.class);

        private Claim(String standard, String reference) {
            this.standard = standard;
            this.reference = reference;
        }

        Claim version(String value) {
            this.version = value;
            return this;
        }

        Claim title(String value) {
            this.title = value;
            return this;
        }

        Claim noEvaluationRequired() {
            this.requiresEvaluation = false;
            return this;
        }

        Claim requiredLayer(Layer layer) {
            this.requiredLayer = layer;
            return this;
        }

        Claim assumptions(Assumption... relied) {
            assumptions.addAll(List.of(relied));
            return this;
        }

        ClaimFact fact() {
            return new ClaimFact(standard, version, reference, standard + ":" + reference + "@" + version, title,
                    requiresEvaluation, requiredLayer, assumptions, LocalDate.of(2023, 1, 1));
        }
    }

    /** An evaluation being described. */
    static final class Evaluation {
        private final String id;
        private Layer layer = Layer.TEXT;
        private LocalDate performedOn = AS_OF.minusMonths(1);
        private List<String> languages = List.of("en");
        private boolean methodologyPublished;
        private List<String> components = List.of();
        private final Set<String> supports = new LinkedHashSet<>();

        private Evaluation(String id) {
            this.id = id;
        }

        Evaluation layer(Layer value) {
            this.layer = value;
            return this;
        }

        Evaluation performedOn(LocalDate day) {
            this.performedOn = day;
            return this;
        }

        Evaluation languages(String... covered) {
            this.languages = List.of(covered);
            return this;
        }

        Evaluation methodologyPublished() {
            this.methodologyPublished = true;
            return this;
        }

        Evaluation components(String... tested) {
            this.components = List.of(tested);
            return this;
        }

        Evaluation supports(String... keys) {
            supports.addAll(List.of(keys));
            return this;
        }

        EvaluationFact fact() {
            return new EvaluationFact(id, layer, "red-team", performedOn, languages, methodologyPublished,
                    components, supports);
        }
    }
}
