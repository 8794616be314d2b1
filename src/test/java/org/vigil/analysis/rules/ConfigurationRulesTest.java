package org.vigil.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.analysis.rules.Facts.evaluation;
import static org.vigil.analysis.rules.Facts.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.Gap;
import org.vigil.analysis.Severity;

/** The rule of configuration.drl: evaluations that exercised fewer components than are deployed. */
class ConfigurationRulesTest {

    @Test
    void evaluationMissingAnAdapter_isHigh() {
        List<Gap> gaps = facts().adapter("lora-b").adapter("lora-a")
                .evaluation(evaluation("redteam").components("base-model", "lora-a"))
                .gaps("CONFIGURATION_MISMATCH");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(2);
            assertThat(g.severity()).isEqualTo(Severity.HIGH);
            assertThat(g.clause()).isNull();
            assertThat(g.evaluation()).isEqualTo("redteam");
            assertThat(g.message()).isEqualTo("'redteam' tested base-model, lora-a but the system also deploys"
                    + " lora-b; parts that pass alone can fail together");
        });
    }

    @Test
    void evaluationMissingAComponentThatIsNoAdapter_isMedium() {
        List<Gap> gaps = facts().component("retriever")
                .evaluation(evaluation("redteam").components("base-model"))
                .gaps("CONFIGURATION_MISMATCH");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(g.message()).endsWith("also deploys retriever");
        });
    }

    @Test
    void evaluationOfTheWholeConfiguration_isNoGap() {
        List<Gap> gaps = facts().adapter("lora-a")
                .evaluation(evaluation("redteam").components("lora-a", "base-model"))
                .gaps("CONFIGURATION_MISMATCH");

        assertThat(gaps).isEmpty();
    }

    @Test
    void evaluationNotSayingWhatItTested_isNoGap() {
        List<Gap> gaps = facts().adapter("lora-a").evaluation(evaluation("redteam")).gaps("CONFIGURATION_MISMATCH");

        assertThat(gaps).isEmpty();
    }
}
