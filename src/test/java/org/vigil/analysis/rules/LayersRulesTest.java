package org.vigil.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.analysis.rules.Facts.claim;
import static org.vigil.analysis.rules.Facts.evaluation;
import static org.vigil.analysis.rules.Facts.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.Gap;
import org.vigil.analysis.Severity;
import org.vigil.catalog.Layer;

/** The rules of layers.drl: evidence measured below the harm layer, unspecified layers, certification. */
class LayersRulesTest {

    private static final String KEY = "EU-AI-ACT:Art.43";

    @Test
    void textEvidence_forPhysicalHarm_isCritical() {
        List<Gap> gaps = facts().embodied()
                .claim(claim("EU-AI-ACT", "Art.43"))
                .evaluation(evaluation("text-redteam").layer(Layer.TEXT).supports(KEY))
                .gaps("LAYER_MISMATCH");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(1);
            assertThat(g.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(g.clause()).isEqualTo(KEY);
            assertThat(g.clauseVersion()).isEqualTo("EU-AI-ACT:Art.43@2023");
            assertThat(g.evaluation()).isEqualTo("text-redteam");
            assertThat(g.finding()).isNull();
            assertThat(g.message()).contains("'text-redteam' at the TEXT layer")
                    .contains("harm happens at the PHYSICAL layer")
                    .contains("text-layer results say nothing about what the system does");
            assertThat(g.recommendation()).contains("physical outcome");
        });
    }

    @Test
    void actionEvidence_forPhysicalHarm_isHigh() {
        List<Gap> gaps = facts().embodied()
                .claim(claim("EU-AI-ACT", "Art.43"))
                .evaluation(evaluation("planner-sim").layer(Layer.ACTION).supports(KEY))
                .gaps("LAYER_MISMATCH");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(1);
            assertThat(g.severity()).isEqualTo(Severity.HIGH);
            assertThat(g.clause()).isEqualTo(KEY);
            assertThat(g.evaluation()).isEqualTo("planner-sim");
            assertThat(g.message()).contains("a proxy one layer short of the harm");
        });
    }

    @Test
    void textEvidence_forActionHarm_isHighAndAsksForActions() {
        List<Gap> gaps = facts().harmLayer(Layer.ACTION)
                .claim(claim("EU-AI-ACT", "Art.43"))
                .evaluation(evaluation("text-redteam").supports(KEY))
                .gaps("LAYER_MISMATCH");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.severity()).isEqualTo(Severity.HIGH);
            assertThat(g.recommendation()).contains("actions the system would execute");
        });
    }

    @Test
    void physicalEvidence_forPhysicalHarm_isNoGap() {
        List<Gap> gaps = facts().embodied()
                .claim(claim("EU-AI-ACT", "Art.43"))
                .evaluation(evaluation("text-redteam").layer(Layer.TEXT).supports(KEY))
                .evaluation(evaluation("arm-trials").layer(Layer.PHYSICAL).supports(KEY))
                .gaps("LAYER_MISMATCH");

        assertThat(gaps).isEmpty();
    }

    @Test
    void severalShortEvaluations_reportTheClosestToTheHarm() {
        List<Gap> gaps = facts().embodied()
                .claim(claim("EU-AI-ACT", "Art.43"))
                .evaluation(evaluation("a-text").layer(Layer.TEXT).supports(KEY))
                .evaluation(evaluation("z-action").layer(Layer.ACTION).supports(KEY))
                .gaps("LAYER_MISMATCH");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.evaluation()).isEqualTo("z-action");
            assertThat(g.severity()).isEqualTo(Severity.HIGH);
        });
    }

    @Test
    void physicalEvidenceForAnotherClause_doesNotCoverThisClause() {
        List<Gap> gaps = facts().embodied()
                .claim(claim("EU-AI-ACT", "Art.43"))
                .claim(claim("ISO-42001", "9.1"))
                .evaluation(evaluation("text-redteam").supports(KEY))
                .evaluation(evaluation("arm-trials").layer(Layer.PHYSICAL).supports("ISO-42001:9.1"))
                .gaps("LAYER_MISMATCH");

        assertThat(gaps).extracting(Gap::clause).containsExactly(KEY);
    }

    @Test
    void claimWithoutEvidence_isNoLayerMismatch() {
        List<Gap> gaps = facts().embodied()
                .claim(claim("EU-AI-ACT", "Art.43"))
                .gaps("LAYER_MISMATCH");

        assertThat(gaps).isEmpty();
    }

    @Test
    void clauseNamingNoLayer_forPhysicalHarm_isHigh() {
        List<Gap> gaps = facts().embodied()
                .claim(claim("EU-AI-ACT", "Art.43").title("Conformity assessment"))
                .gaps("LAYER_UNSPECIFIED");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(3);
            assertThat(g.severity()).isEqualTo(Severity.HIGH);
            assertThat(g.clause()).isEqualTo(KEY);
            assertThat(g.evaluation()).isNull();
            assertThat(g.message()).contains("(Conformity assessment) requires evaluation but names no layer");
            assertThat(g.recommendation()).contains("harm layer (PHYSICAL)");
        });
    }

    @Test
    void clauseNamingNoLayer_forTextHarm_isMedium() {
        List<Gap> gaps = facts().claim(claim("EU-AI-ACT", "Art.43")).gaps("LAYER_UNSPECIFIED");

        assertThat(gaps).singleElement().extracting(Gap::severity).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void clauseNamingItsLayer_isNoLayerUnspecified() {
        List<Gap> gaps = facts().embodied()
                .claim(claim("EU-AI-ACT", "Art.43").requiredLayer(Layer.PHYSICAL))
                .gaps("LAYER_UNSPECIFIED");

        assertThat(gaps).isEmpty();
    }

    @Test
    void clauseRequiringNoEvaluation_isNoLayerUnspecified() {
        List<Gap> gaps = facts().embodied()
                .claim(claim("EU-AI-ACT", "Art.43").noEvaluationRequired())
                .gaps("LAYER_UNSPECIFIED");

        assertThat(gaps).isEmpty();
    }

    @Test
    void certification_withOnlyActionEvidenceForPhysicalHarm_isCritical() {
        List<Gap> gaps = facts().embodied().certification()
                .claim(claim("EU-AI-ACT", "Art.43"))
                .evaluation(evaluation("planner-sim").layer(Layer.ACTION).supports(KEY))
                .gaps("CERTIFICATION_HARM_LAYER_UNCOVERED");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(2);
            assertThat(g.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(g.clause()).isNull();
            assertThat(g.evaluation()).isNull();
            assertThat(g.message()).contains("claims certification")
                    .contains("measures at the PHYSICAL layer");
        });
    }

    @Test
    void certification_withPhysicalEvidence_isCovered() {
        List<Gap> gaps = facts().embodied().certification()
                .claim(claim("EU-AI-ACT", "Art.43"))
                .evaluation(evaluation("arm-trials").layer(Layer.PHYSICAL).supports(KEY))
                .gaps("CERTIFICATION_HARM_LAYER_UNCOVERED");

        assertThat(gaps).isEmpty();
    }

    @Test
    void physicalEvaluationSupportingNothing_doesNotCoverTheCertification() {
        List<Gap> gaps = facts().embodied().certification()
                .claim(claim("EU-AI-ACT", "Art.43"))
                .evaluation(evaluation("arm-trials").layer(Layer.PHYSICAL))
                .gaps("CERTIFICATION_HARM_LAYER_UNCOVERED");

        assertThat(gaps).hasSize(1);
    }

    @Test
    void noCertification_withOnlyActionEvidence_isNoCertificationGap() {
        List<Gap> gaps = facts().embodied()
                .claim(claim("EU-AI-ACT", "Art.43"))
                .evaluation(evaluation("planner-sim").layer(Layer.ACTION).supports(KEY))
                .gaps("CERTIFICATION_HARM_LAYER_UNCOVERED");

        assertThat(gaps).isEmpty();
    }
}
