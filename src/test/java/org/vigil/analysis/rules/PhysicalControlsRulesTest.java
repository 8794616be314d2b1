package org.vigil.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.analysis.rules.Facts.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.FindingFact;
import org.vigil.analysis.Gap;
import org.vigil.analysis.Severity;
import org.vigil.catalog.DeploymentContext;
import org.vigil.catalog.Layer;
import org.vigil.submission.PhysicalControl;

/** The rule of physical-controls.drl: embodied systems need force, speed or collision controls. */
class PhysicalControlsRulesTest {

    private static final FindingFact EARLY = new FindingFact("failure-first-2026", "Failure-First 2026",
            LocalDate.of(2026, 2, 1), Set.of(), Set.of(DeploymentContext.EMBODIED));
    private static final FindingFact LATE = new FindingFact("a-later-study", "Later 2026",
            LocalDate.of(2026, 6, 1), Set.of(), Set.of(DeploymentContext.EMBODIED));
    private static final FindingFact UNRELATED = new FindingFact("a-unrelated", "Unrelated 2025",
            LocalDate.of(2025, 1, 1), Set.of(), Set.of(DeploymentContext.LONG_CONTEXT));

    @Test
    void embodiedSystem_withOnlyAnEmergencyStop_isCriticalCitingTheEarliestFinding() {
        List<Gap> gaps = facts().embodied()
                .physicalControls(PhysicalControl.EMERGENCY_STOP, PhysicalControl.SAFETY_ZONE)
                .finding(LATE).finding(EARLY).finding(UNRELATED)
                .gaps("PHYSICAL_CONTROLS_MISSING");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(2);
            assertThat(g.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(g.clause()).isNull();
            assertThat(g.evaluation()).isNull();
            assertThat(g.finding()).isEqualTo("failure-first-2026");
            assertThat(g.message()).contains("declares no force limiting, speed governor or collision detection")
                    .contains("(only EMERGENCY_STOP, SAFETY_ZONE)");
        });
    }

    @Test
    void embodiedSystem_withNoControlsAndNoFinding_isReportedWithoutFinding() {
        List<Gap> gaps = facts().embodied().gaps("PHYSICAL_CONTROLS_MISSING");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.finding()).isNull();
            assertThat(g.message()).doesNotContain("(only");
        });
    }

    @Test
    void embodiedSystem_withASpeedGovernor_isNoGap() {
        List<Gap> gaps = facts().embodied()
                .physicalControls(PhysicalControl.SPEED_GOVERNOR)
                .finding(EARLY)
                .gaps("PHYSICAL_CONTROLS_MISSING");

        assertThat(gaps).isEmpty();
    }

    @Test
    void nonEmbodiedPhysicalHarmSystem_withoutControls_isNoGap() {
        List<Gap> gaps = facts().harmLayer(Layer.PHYSICAL).finding(EARLY).gaps("PHYSICAL_CONTROLS_MISSING");

        assertThat(gaps).isEmpty();
    }
}
