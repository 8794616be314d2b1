package org.vigil.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.analysis.rules.Facts.claim;
import static org.vigil.analysis.rules.Facts.evaluation;
import static org.vigil.analysis.rules.Facts.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.AnalysisFacts;
import org.vigil.analysis.ContraindicationFact;
import org.vigil.analysis.FindingFact;
import org.vigil.analysis.Gap;
import org.vigil.analysis.GapEngine;
import org.vigil.catalog.Assumption;
import org.vigil.catalog.DeploymentContext;
import org.vigil.catalog.Intervention;
import org.vigil.catalog.Layer;
import org.vigil.submission.PhysicalControl;
import org.vigil.sunset.Sunset;
import org.vigil.sunset.SunsetState;

/** The whole rule base reports the same gaps in the same order however often and in whatever order it runs. */
class GapEngineDeterminismTest {

    private static final FindingFact DING = new FindingFact("ding-2026", "Ding 2026", LocalDate.of(2026, 3, 13),
            Set.of(Assumption.COMPOSITIONALITY), Set.of(DeploymentContext.COMPOSED_ADAPTERS));
    private static final FindingFact CORPUS = new FindingFact("failure-first-2026", "Failure-First 2026",
            LocalDate.of(2026, 2, 1), Set.of(Assumption.TEXT_LAYER_SUFFICIENCY), Set.of(DeploymentContext.EMBODIED));
    private static final ContraindicationFact ADAPTERS = new ContraindicationFact("CI-ADAPTERS",
            Intervention.ADAPTER_SAFETY_REVIEW, DeploymentContext.COMPOSED_ADAPTERS, "Composed adapters.",
            List.of("ding-2026"));

    @Test
    void sameFacts_runTwice_giveEqualListsInEqualOrder() {
        AnalysisFacts facts = busySubmission(false);

        List<Gap> first = GapEngine.run(Facts.rules(), facts);
        List<Gap> second = GapEngine.run(Facts.rules(), facts);

        assertThat(first).extracting(Gap::code).contains("LAYER_MISMATCH", "ASSUMPTION_CHALLENGED",
                "CONTRAINDICATION", "PHYSICAL_CONTROLS_MISSING", "INSUFFICIENT_SAMPLE", "STALE_EVALUATION",
                "CONFIGURATION_MISMATCH", "STANDARD_LAPSED", "LANGUAGE_NOT_EVALUATED");
        assertThat(second).containsExactlyElementsOf(first);
    }

    @Test
    void sameFacts_insertedInAnotherOrder_giveEqualListsInEqualOrder() {
        List<Gap> forward = GapEngine.run(Facts.rules(), busySubmission(false));
        List<Gap> reversed = GapEngine.run(Facts.rules(), busySubmission(true));

        assertThat(reversed).containsExactlyElementsOf(forward);
    }

    @Test
    void reportedGaps_areSortedMostSevereFirst() {
        List<Gap> gaps = GapEngine.run(Facts.rules(), busySubmission(false));

        assertThat(gaps).isSortedAccordingTo(Gap.ORDER).doesNotHaveDuplicates();
    }

    /** An embodied system touching most rules, with its lists in the given or the reverse order. */
    private static AnalysisFacts busySubmission(boolean reverse) {
        Facts facts = facts().embodied().certification().languages("en", "ja")
                .physicalControls(PhysicalControl.EMERGENCY_STOP)
                .interventions(Intervention.ADAPTER_SAFETY_REVIEW, Intervention.RLHF_SAFETY_TUNING)
                .contraindication(ADAPTERS);
        Sunset lapsed = new Sunset(LocalDate.of(2026, 1, 26), false, "published", SunsetState.LAPSED, -311);
        Runnable[] steps = {
            () -> facts.adapter("lora-a"),
            () -> facts.adapter("lora-b"),
            () -> facts.claim(claim("ISO-42001", "8.2").assumptions(Assumption.COMPOSITIONALITY)),
            () -> facts.claim(claim("ISO-42001", "9.1").assumptions(Assumption.TEXT_LAYER_SUFFICIENCY)),
            () -> facts.claim(claim("NIST-AI-RMF", "MEASURE-2.7").version("1.0")),
            () -> facts.standardVersion("ISO-42001", "2023", LocalDate.of(2023, 12, 18)),
            () -> facts.standardVersion("NIST-AI-RMF", "1.0", LocalDate.of(2023, 1, 26), lapsed),
            () -> facts.evaluation(evaluation("a-text").supports("ISO-42001:8.2", "ISO-42001:9.1")
                    .components("base-model", "lora-a").methodologyPublished()),
            () -> facts.evaluation(evaluation("b-action").layer(Layer.ACTION).supports("ISO-42001:9.1")
                    .performedOn(LocalDate.of(2025, 6, 1))),
            () -> facts.attackFamily("a-text", "jailbreak", 12, 3),
            () -> facts.attackFamily("b-action", "role-play", 20, 10),
            () -> facts.finding(DING),
            () -> facts.finding(CORPUS)
        };
        for (int i = 0; i < steps.length; i++) {
            steps[reverse ? steps.length - 1 - i : i].run();
        }
        return facts.build();
    }
}
