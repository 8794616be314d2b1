package org.vigil.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.AnalysisFacts;
import org.vigil.analysis.ClaimFact;
import org.vigil.analysis.EvaluationFact;
import org.vigil.analysis.Gap;
import org.vigil.analysis.SettingsFact;
import org.vigil.analysis.Severity;
import org.vigil.analysis.SystemFact;
import org.vigil.analysis.UnresolvedClaimFact;
import org.vigil.catalog.Layer;

/** The harm-layer verdict of each claimed clause. */
class CoverageTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Test
    void harmLayerEvidence_withoutWeakeningGaps_isCovered() {
        ClauseCoverage c = only(facts(eval("sim-1", Layer.PHYSICAL)), List.of());

        assertThat(c.verdict()).isEqualTo(CoverageVerdict.COVERED);
        assertThat(c.reason()).contains("sim-1 measures at the harm layer (PHYSICAL)");
        assertThat(c.evidence()).containsExactly("sim-1 (PHYSICAL)");
    }

    @Test
    void harmLayerEvidence_withAStaleEvaluationGap_isPartial() {
        Gap stale = new Gap("STALE_EVALUATION", 2, Severity.MEDIUM, null, null, "sim-1", null, "old", "redo", "r");

        ClauseCoverage c = only(facts(eval("sim-1", Layer.PHYSICAL)), List.of(stale));

        assertThat(c.verdict()).isEqualTo(CoverageVerdict.PARTIAL);
        assertThat(c.weakenedBy()).containsExactly("STALE_EVALUATION (sim-1)");
    }

    @Test
    void structuralOrLowGaps_doNotWeakenCoverage() {
        Gap unspecified = new Gap("LAYER_UNSPECIFIED", 3, Severity.HIGH, "EU-AI-ACT:Art.15", null, null, null,
                "m", "r", "r");
        Gap low = new Gap("SOMETHING", 2, Severity.LOW, "EU-AI-ACT:Art.15", null, null, null, "m", "r", "r");

        ClauseCoverage c = only(facts(eval("sim-1", Layer.PHYSICAL)), List.of(unspecified, low));

        assertThat(c.verdict()).isEqualTo(CoverageVerdict.COVERED);
    }

    @Test
    void actionEvidence_forPhysicalHarm_isPartial_oneLayerShort() {
        ClauseCoverage c = only(facts(eval("plan-1", Layer.ACTION)), List.of());

        assertThat(c.verdict()).isEqualTo(CoverageVerdict.PARTIAL);
        assertThat(c.reason()).contains("one layer short of the PHYSICAL layer");
    }

    @Test
    void textEvidence_forPhysicalHarm_isNotCovered_twoLayersShort() {
        ClauseCoverage c = only(facts(eval("redteam", Layer.TEXT), eval("plan-1", Layer.ACTION)), List.of());

        assertThat(c.verdict()).isEqualTo(CoverageVerdict.PARTIAL);
        assertThat(only(facts(eval("redteam", Layer.TEXT)), List.of()).verdict())
                .isEqualTo(CoverageVerdict.NOT_COVERED);
        assertThat(c.byLayer()).containsKeys(Layer.TEXT, Layer.ACTION);
    }

    @Test
    void noEvidence_andClauseNotInForce_areNotCovered() {
        AnalysisFacts facts = facts();
        AnalysisFacts withUnresolved = new AnalysisFacts(facts.settings(), facts.system(), facts.claims(),
                List.of(new UnresolvedClaimFact("EU-AI-ACT:Art.99", "2024/1689")), facts.evaluations(),
                List.of(), List.of(), List.of(), List.of());

        List<ClauseCoverage> all = Coverage.of(withUnresolved, List.of());

        assertThat(all).extracting(ClauseCoverage::verdict)
                .containsExactly(CoverageVerdict.NOT_COVERED, CoverageVerdict.NOT_COVERED);
        assertThat(all.get(0).reason()).isEqualTo("No evaluation is offered for this clause");
        assertThat(all.get(1).reason()).contains("No version of the clause is in force");
    }

    private static ClauseCoverage only(AnalysisFacts facts, List<Gap> gaps) {
        List<ClauseCoverage> all = Coverage.of(facts, gaps);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static EvaluationFact eval(String id, Layer layer) {
        return new EvaluationFact(id, layer, "m", DAY, List.of("en"), false, List.of(), Set.of("EU-AI-ACT:Art.15"));
    }

    private static AnalysisFacts facts(EvaluationFact... evaluations) {
        SystemFact system = new SystemFact("robot", Layer.PHYSICAL, true, List.of("en"), List.of("en"), false,
                false, false, false, true, List.of(), List.of(), Set.of(), Set.of());
        ClaimFact claim = new ClaimFact("EU-AI-ACT", "2024/1689", "Art.15", "EU-AI-ACT:2024/1689:Art.15#1",
                "Accuracy, robustness", true, Layer.UNSPECIFIED, Set.of(), LocalDate.of(2024, 7, 12));
        return new AnalysisFacts(new SettingsFact(DAY, DAY.minusYears(1), 20, 0.2), system, List.of(claim),
                List.of(), List.of(evaluations), List.of(), List.of(), List.of(), List.of());
    }
}
