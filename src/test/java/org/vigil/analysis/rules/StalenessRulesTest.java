package org.vigil.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.analysis.rules.Facts.evaluation;
import static org.vigil.analysis.rules.Facts.facts;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.Gap;
import org.vigil.analysis.Severity;

/** The rule of staleness.drl: evaluations performed before the oldest accepted date. */
class StalenessRulesTest {

    @Test
    void evaluationADayTooOld_isStale() {
        List<Gap> gaps = facts()
                .evaluation(evaluation("redteam-2025").performedOn(LocalDate.of(2025, 12, 2)))
                .gaps("STALE_EVALUATION");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(2);
            assertThat(g.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(g.clause()).isNull();
            assertThat(g.evaluation()).isEqualTo("redteam-2025");
            assertThat(g.message()).isEqualTo("'redteam-2025' was performed on 2025-12-02, before 2025-12-03,"
                    + " the oldest date accepted for an analysis as of 2026-12-03");
        });
    }

    @Test
    void evaluationOnTheOldestAcceptedDay_isNotStale() {
        List<Gap> gaps = facts()
                .evaluation(evaluation("redteam-2025").performedOn(LocalDate.of(2025, 12, 3)))
                .gaps("STALE_EVALUATION");

        assertThat(gaps).isEmpty();
    }

    @Test
    void shorterMaximumAge_fromSettings_makesARecentEvaluationStale() {
        List<Gap> gaps = facts().staleBefore(LocalDate.of(2026, 11, 4))
                .evaluation(evaluation("redteam").performedOn(LocalDate.of(2026, 11, 3)))
                .gaps("STALE_EVALUATION");

        assertThat(gaps).extracting(Gap::evaluation).containsExactly("redteam");
    }
}
