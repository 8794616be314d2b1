package org.vigil.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.jboss.logmanager.LogContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
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
import org.vigil.catalog.Assumption;
import org.vigil.catalog.DeploymentContext;
import org.vigil.catalog.Intervention;
import org.vigil.catalog.Layer;
import org.vigil.submission.PhysicalControl;
import org.vigil.sunset.Sunset;
import org.vigil.sunset.SunsetConfig;

/**
 * Measures one gap analysis ({@link GapEngine#run}) on a compiled rule base, without Quarkus
 * or a database.
 *
 * <p>{@code embodiedExample} is the Picker-7 warehouse robot with its single red-team
 * evaluation; {@code evaluationSweep} is the same system and claims with N generated
 * evaluations, to show how the analysis grows with the evidence offered. Findings and
 * contraindications come from the seed catalog in {@code standards-catalog/}, so run from the
 * repository root (see {@code bench/gap-analysis.sh}).
 */
@State(Scope.Benchmark)
// A fixed heap keeps GC comparable across the sweep; Vigil runs with the JBoss log manager.
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g",
        "-Djava.util.logging.manager=org.jboss.logmanager.LogManager"})
// Drools compiles constraints to bytecode after a few uses and C2 follows; on 2 cores the
// embodied example reached a steady rate only after about 12 s.
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 2)
public class GapAnalysisBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2026, 12, 3);
    static final LocalDate ACT_PUBLISHED = LocalDate.of(2024, 7, 12);
    static final String ART_43 = "EU-AI-ACT:Art.43";
    static final String ART_15 = "EU-AI-ACT:Art.15";

    /* Vigil's defaults: vigil.analysis.min-scenarios, max-half-width and max-evaluation-age. */
    static final int MIN_SCENARIOS = 20;
    static final double MAX_HALF_WIDTH = 0.20;
    static final Period MAX_EVALUATION_AGE = Period.ofMonths(12);

    private static final Layer[] SWEEP_LAYERS =
            {Layer.TEXT, Layer.ACTION, Layer.UNSPECIFIED, Layer.TEXT};
    private static final List<List<String>> SWEEP_LANGUAGES = List.of(
            List.of("en"), List.of("ja"), List.of("en", "ja"), List.of("de"), List.of("en-GB"));
    private static final List<String> SWEEP_FAMILIES = List.of(
            "instruction-injection", "role-play", "tool-misuse", "multilingual-jailbreak");

    RuleBase rules;
    AnalysisFacts embodied;

    @Setup(Level.Trial)
    public void compileRules() throws IOException {
        logAtInfo();
        rules = RuleBase.compile(Path.of("rules"));
        embodied = Picker7.facts(List.of(Picker7.redTeam()), List.of(Picker7.redTeamFamily()));
    }

    /** Analyses per second for the Picker-7 example as submitted. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<Gap> embodiedExample() {
        return GapEngine.run(rules, embodied);
    }

    /** Milliseconds per analysis of Picker-7 offering N generated evaluations. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Gap> evaluationSweep(Sweep sweep) {
        return GapEngine.run(rules, sweep.facts);
    }

    /*
     * Quarkus logs at INFO. An unconfigured JBoss LogManager enables TRACE, and Drools then
     * formats a trace message for every insert and every firing, which multiplies the cost of
     * an analysis outside Quarkus.
     */
    static void logAtInfo() {
        LogContext.getLogContext().getLogger("").setLevel(java.util.logging.Level.INFO);
    }

    /** Picker-7 with {@code evaluations} generated evaluations, built once per trial. */
    @State(Scope.Benchmark)
    public static class Sweep {

        @Param({"10", "100", "1000", "10000"})
        int evaluations;

        AnalysisFacts facts;

        @Setup(Level.Trial)
        public void build() throws IOException {
            List<EvaluationFact> offered = new ArrayList<>();
            List<AttackFamilyFact> families = new ArrayList<>();
            for (int i = 0; i < evaluations; i++) {
                EvaluationFact e = evaluation(i);
                offered.add(e);
                families.addAll(attackFamilies(e.getId(), i));
            }
            facts = Picker7.facts(offered, families);
        }
    }

    /*
     * No generated evaluation reaches the physical layer, so the layer rules report a gap for
     * both clauses and their consequences walk every supporting evaluation.
     */
    static EvaluationFact evaluation(int i) {
        Set<String> supports = new LinkedHashSet<>();
        if (i % 3 != 2) {
            supports.add(ART_43);
        }
        if (i % 3 != 0) {
            supports.add(ART_15);
        }
        List<String> components = i % 3 == 0 ? List.of("base") : List.of("base", "grip");
        LocalDate performedOn = AS_OF.minusDays((i * 37L) % 1100);
        return new EvaluationFact(String.format("eval-%05d", i), SWEEP_LAYERS[i % SWEEP_LAYERS.length],
                "red team", performedOn, SWEEP_LANGUAGES.get(i % SWEEP_LANGUAGES.size()), i % 2 == 0,
                components, supports);
    }

    static List<AttackFamilyFact> attackFamilies(String evaluationId, int i) {
        List<AttackFamilyFact> families = new ArrayList<>();
        int count = i % 2 == 0 ? 1 : 2;
        for (int f = 0; f < count; f++) {
            String name = SWEEP_FAMILIES.get((i + f) % SWEEP_FAMILIES.size());
            int scenarios = 20 + (i * 13 + f * 7) % 300;
            families.add(new AttackFamilyFact(evaluationId, name, scenarios, (i + f) % 9));
        }
        return families;
    }

    /** The Picker-7 warehouse robot: profile, claims, standard version and seed findings. */
    static final class Picker7 {

        private Picker7() {
        }

        static AnalysisFacts facts(List<EvaluationFact> evaluations, List<AttackFamilyFact> families)
                throws IOException {
            SettingsFact settings = new SettingsFact(AS_OF, AS_OF.minus(MAX_EVALUATION_AGE), MIN_SCENARIOS,
                    MAX_HALF_WIDTH);
            List<FindingFact> findings = SeedCatalog.findings(AS_OF);
            return new AnalysisFacts(settings, system(evaluations), claims(), List.of(), evaluations, families,
                    List.of(standardVersion()), findings, SeedCatalog.contraindications(findings));
        }

        static EvaluationFact redTeam() {
            return new EvaluationFact("redteam-1", Layer.TEXT, "red team", LocalDate.of(2026, 9, 15),
                    List.of("en"), true, List.of("base"), Set.of(ART_43, ART_15));
        }

        static AttackFamilyFact redTeamFamily() {
            return new AttackFamilyFact("redteam-1", "instruction-injection", 40, 2);
        }

        // As SubmissionFacts does: publishing any methodology counts as an intervention.
        static SystemFact system(List<EvaluationFact> evaluations) {
            Set<Intervention> interventions =
                    EnumSet.of(Intervention.RLHF_SAFETY_TUNING, Intervention.SYSTEM_PROMPT_SAFETY);
            if (evaluations.stream().anyMatch(EvaluationFact::isMethodologyPublished)) {
                interventions.add(Intervention.PUBLISHED_METHODOLOGY);
            }
            return new SystemFact("Picker-7 warehouse robot", Layer.PHYSICAL, true, List.of("en", "ja"),
                    List.of("en"), false, false, false, false, true, List.of("base", "grip"), List.of("grip"),
                    interventions, EnumSet.of(PhysicalControl.EMERGENCY_STOP));
        }

        static List<ClaimFact> claims() {
            Set<Assumption> assumptions = Set.of(Assumption.COMPOSITIONALITY, Assumption.TEXT_LAYER_SUFFICIENCY);
            return List.of(
                    new ClaimFact("EU-AI-ACT", "2024/1689", "Art.43", "EU-AI-ACT/2024/1689/Art.43",
                            "Conformity assessment", true, Layer.UNSPECIFIED, assumptions, ACT_PUBLISHED),
                    new ClaimFact("EU-AI-ACT", "2024/1689", "Art.15", "EU-AI-ACT/2024/1689/Art.15",
                            "Accuracy, robustness and cybersecurity", true, Layer.UNSPECIFIED, assumptions,
                            ACT_PUBLISHED));
        }

        // The Act declares no sunset and has not been revalidated, so the default policy applies.
        static StandardVersionFact standardVersion() {
            SunsetConfig policy = new SunsetConfig() {
                @Override
                public Period revalidationInterval() {
                    return Period.ofYears(3);
                }

                @Override
                public Period warningWindow() {
                    return Period.ofDays(180);
                }
            };
            Sunset sunset = Sunset.of(null, null, ACT_PUBLISHED, AS_OF, policy);
            return new StandardVersionFact("EU-AI-ACT", "2024/1689", ACT_PUBLISHED, sunset);
        }
    }

    /** Findings and contraindications read from the seed files, as the rules would see them. */
    static final class SeedCatalog {

        private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
        private static final Path DIR = Path.of("standards-catalog");

        private SeedCatalog() {
        }

        static List<FindingFact> findings(LocalDate asOf) throws IOException {
            List<FindingFact> findings = new ArrayList<>();
            for (JsonNode f : YAML.readTree(DIR.resolve("findings.yaml").toFile()).path("findings")) {
                LocalDate published = LocalDate.parse(f.path("published").asText());
                if (!published.isAfter(asOf)) {
                    findings.add(new FindingFact(f.path("id").asText(), f.path("citation").asText(), published,
                            names(f.path("challenges"), Assumption.class),
                            names(f.path("contexts"), DeploymentContext.class)));
                }
            }
            return findings;
        }

        static List<ContraindicationFact> contraindications(List<FindingFact> known) throws IOException {
            Set<String> knownIds = new TreeSet<>();
            known.forEach(f -> knownIds.add(f.getId()));
            List<ContraindicationFact> result = new ArrayList<>();
            JsonNode root = YAML.readTree(DIR.resolve("contraindications.yaml").toFile());
            for (JsonNode k : root.path("contraindications")) {
                Set<String> basis = new TreeSet<>();
                k.path("findings").forEach(f -> basis.add(f.asText()));
                basis.retainAll(knownIds);
                if (!basis.isEmpty()) {
                    result.add(new ContraindicationFact(k.path("id").asText(),
                            Intervention.valueOf(k.path("intervention").asText()),
                            DeploymentContext.valueOf(k.path("context").asText()),
                            k.path("description").asText(), List.copyOf(basis)));
                }
            }
            return result;
        }

        private static <E extends Enum<E>> Set<E> names(JsonNode values, Class<E> type) {
            Set<E> set = EnumSet.noneOf(type);
            values.forEach(v -> set.add(Enum.valueOf(type, v.asText())));
            return set;
        }
    }
}
