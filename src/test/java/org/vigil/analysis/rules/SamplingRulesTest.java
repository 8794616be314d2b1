package org.vigil.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.analysis.rules.Facts.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.Gap;
import org.vigil.analysis.Severity;

/** The rule of sampling.drl: attack families with too few scenarios or too wide an interval. */
class SamplingRulesTest {

    @Test
    void nineteenScenarios_isInsufficient() {
        List<Gap> gaps = facts().attackFamily("redteam", "jailbreak", 19, 0).gaps("INSUFFICIENT_SAMPLE");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(2);
            assertThat(g.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(g.clause()).isNull();
            assertThat(g.evaluation()).isEqualTo("redteam");
            assertThat(g.finding()).isNull();
            assertThat(g.message()).contains("Attack family 'jailbreak' of 'redteam' has 0 successes in 19 scenarios")
                    .contains("the minimum is 20 scenarios and +/- 20.0 points");
        });
    }

    @Test
    void twentyScenariosWithTenSuccesses_isTooWideToCertify() {
        List<Gap> gaps = facts().attackFamily("redteam", "role-play", 20, 10).gaps("INSUFFICIENT_SAMPLE");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.evaluation()).isEqualTo("redteam");
            assertThat(g.message()).contains("10 successes in 20 scenarios: success rate 50.0% +/- 20.1 points");
        });
    }

    @Test
    void hundredScenariosWithTwoSuccesses_isSufficient() {
        List<Gap> gaps = facts().attackFamily("redteam", "jailbreak", 100, 2).gaps("INSUFFICIENT_SAMPLE");

        assertThat(gaps).isEmpty();
    }

    @Test
    void twentyScenariosWithNoSuccesses_isSufficient() {
        List<Gap> gaps = facts().attackFamily("redteam", "jailbreak", 20, 0).gaps("INSUFFICIENT_SAMPLE");

        assertThat(gaps).isEmpty();
    }

    @Test
    void lowerMinimum_fromSettings_acceptsNineteenScenarios() {
        List<Gap> gaps = facts().minScenarios(10).attackFamily("redteam", "jailbreak", 19, 0)
                .gaps("INSUFFICIENT_SAMPLE");

        assertThat(gaps).isEmpty();
    }
}
