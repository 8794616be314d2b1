package org.vigil.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.analysis.rules.Facts.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.ContraindicationFact;
import org.vigil.analysis.Gap;
import org.vigil.analysis.Severity;
import org.vigil.catalog.DeploymentContext;
import org.vigil.catalog.Intervention;
import org.vigil.catalog.Layer;

/** The rules of contraindications.drl: an intervention in use where a catalog entry says it backfires. */
class ContraindicationsRulesTest {

    private static final ContraindicationFact ENGLISH_TUNING = new ContraindicationFact("CI-ENGLISH-TUNING",
            Intervention.RLHF_SAFETY_TUNING, DeploymentContext.NON_ENGLISH_DEPLOYMENT,
            "Alignment tuned in English reversed direction in other languages.", List.of("fukui-2026"));
    private static final ContraindicationFact PUBLISHED = new ContraindicationFact("CI-PUBLISHED-METHOD",
            Intervention.PUBLISHED_METHODOLOGY, DeploymentContext.EVALUATION_AWARE_MODEL,
            "Models that detect evaluation can be tuned to a published method.", List.of("chaudhary-2025"));
    private static final ContraindicationFact TEXT_TRAINING_ACTIONS = new ContraindicationFact(
            "CI-TEXT-TRAINING-ACTIONS", Intervention.RLHF_SAFETY_TUNING, DeploymentContext.ACTION_LAYER_HARM,
            "Text-layer training leaves the action unchanged.", List.of("failure-first-2026"));
    private static final ContraindicationFact ADAPTERS = new ContraindicationFact("CI-ADAPTERS",
            Intervention.ADAPTER_SAFETY_REVIEW, DeploymentContext.COMPOSED_ADAPTERS,
            "Adapters that pass alone can suppress refusal together.", List.of("ding-2026"));

    @Test
    void englishTuning_inJapaneseDeployment_isClinicalAndHigh() {
        List<Gap> gaps = facts().languages("en", "ja").safetyTuningLanguages("en")
                .interventions(Intervention.RLHF_SAFETY_TUNING)
                .contraindication(ENGLISH_TUNING)
                .gaps("CONTRAINDICATION");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(1);
            assertThat(g.severity()).isEqualTo(Severity.HIGH);
            assertThat(g.clause()).isNull();
            assertThat(g.evaluation()).isNull();
            assertThat(g.finding()).isEqualTo("fukui-2026");
            assertThat(g.message())
                    .startsWith("RLHF_SAFETY_TUNING is contraindicated for NON_ENGLISH_DEPLOYMENT (CI-ENGLISH-TUNING)")
                    .contains("deployed in ja, safety-tuned in en")
                    .contains("Basis: fukui-2026.");
        });
    }

    @Test
    void tuningThatIncludedJapanese_inJapaneseDeployment_isNoGap() {
        List<Gap> gaps = facts().languages("en", "ja").safetyTuningLanguages("en", "ja")
                .interventions(Intervention.RLHF_SAFETY_TUNING)
                .contraindication(ENGLISH_TUNING)
                .gaps("CONTRAINDICATION");

        assertThat(gaps).isEmpty();
    }

    @Test
    void japaneseDeployment_withoutTheIntervention_isNoGap() {
        List<Gap> gaps = facts().languages("ja")
                .interventions(Intervention.OUTPUT_FILTER)
                .contraindication(ENGLISH_TUNING)
                .gaps("CONTRAINDICATION");

        assertThat(gaps).isEmpty();
    }

    @Test
    void publishedMethodology_forEvaluationAwareModel_isVerificationLevel() {
        List<Gap> gaps = facts().evaluationAware()
                .interventions(Intervention.PUBLISHED_METHODOLOGY)
                .contraindication(PUBLISHED)
                .gaps("CONTRAINDICATION");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(4);
            assertThat(g.severity()).isEqualTo(Severity.HIGH);
            assertThat(g.finding()).isEqualTo("chaudhary-2025");
            assertThat(g.message()).contains("its model is known to detect evaluation");
        });
    }

    @Test
    void publishedMethodology_forModelNotKnownToDetectEvaluation_isNoGap() {
        List<Gap> gaps = facts()
                .interventions(Intervention.PUBLISHED_METHODOLOGY)
                .contraindication(PUBLISHED)
                .gaps("CONTRAINDICATION");

        assertThat(gaps).isEmpty();
    }

    @Test
    void textTraining_forNonEmbodiedActionHarm_isReported() {
        List<Gap> gaps = facts().harmLayer(Layer.ACTION)
                .interventions(Intervention.RLHF_SAFETY_TUNING)
                .contraindication(TEXT_TRAINING_ACTIONS)
                .gaps("CONTRAINDICATION");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(1);
            assertThat(g.message()).contains("its harm happens at the ACTION layer");
        });
    }

    @Test
    void textTraining_forTextHarm_isNoActionLayerGap() {
        List<Gap> gaps = facts()
                .interventions(Intervention.RLHF_SAFETY_TUNING)
                .contraindication(TEXT_TRAINING_ACTIONS)
                .gaps("CONTRAINDICATION");

        assertThat(gaps).isEmpty();
    }

    @Test
    void adapterReview_withTwoAdapters_isReported() {
        List<Gap> gaps = facts().adapter("lora-b").adapter("lora-a")
                .interventions(Intervention.ADAPTER_SAFETY_REVIEW)
                .contraindication(ADAPTERS)
                .gaps("CONTRAINDICATION");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.finding()).isEqualTo("ding-2026");
            assertThat(g.message()).contains("it composes adapters lora-a, lora-b");
        });
    }

    @Test
    void adapterReview_withOneAdapter_isNoGap() {
        List<Gap> gaps = facts().adapter("lora-a")
                .interventions(Intervention.ADAPTER_SAFETY_REVIEW)
                .contraindication(ADAPTERS)
                .gaps("CONTRAINDICATION");

        assertThat(gaps).isEmpty();
    }

    @Test
    void contraindicationWithoutFindings_isReportedWithoutFinding() {
        ContraindicationFact longContext = new ContraindicationFact("CI-LONG-CONTEXT",
                Intervention.SYSTEM_PROMPT_SAFETY, DeploymentContext.LONG_CONTEXT,
                "System-prompt instructions fade over long contexts.", List.of());

        List<Gap> gaps = facts().longContext()
                .interventions(Intervention.SYSTEM_PROMPT_SAFETY)
                .contraindication(longContext)
                .gaps("CONTRAINDICATION");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.finding()).isNull();
            assertThat(g.message()).contains("deployed with long contexts");
        });
    }
}
