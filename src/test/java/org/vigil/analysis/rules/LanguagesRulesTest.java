package org.vigil.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.analysis.rules.Facts.claim;
import static org.vigil.analysis.rules.Facts.evaluation;
import static org.vigil.analysis.rules.Facts.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.Gap;
import org.vigil.analysis.Severity;

/** The rule of languages.drl: every deployment language needs a supporting evaluation that covered it. */
class LanguagesRulesTest {

    @Test
    void japaneseDeployment_evaluatedOnlyInEnglish_isHigh() {
        List<Gap> gaps = facts().languages("en", "ja")
                .claim(claim("ISO-42001", "9.1"))
                .evaluation(evaluation("redteam-en").languages("en").supports("ISO-42001:9.1"))
                .gaps("LANGUAGE_NOT_EVALUATED");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(2);
            assertThat(g.severity()).isEqualTo(Severity.HIGH);
            assertThat(g.clause()).isNull();
            assertThat(g.evaluation()).isNull();
            assertThat(g.message()).isEqualTo("The system is deployed in 'ja' but no supporting evaluation covered"
                    + " that language");
        });
    }

    @Test
    void japaneseDeployment_coveredOnlyByAnEvaluationSupportingNothing_isReported() {
        List<Gap> gaps = facts().languages("ja")
                .evaluation(evaluation("redteam-ja").languages("ja"))
                .gaps("LANGUAGE_NOT_EVALUATED");

        assertThat(gaps).extracting(Gap::message).singleElement().asString().contains("'ja'");
    }

    @Test
    void japaneseDeployment_evaluatedInJapanese_isNoGap() {
        List<Gap> gaps = facts().languages("ja")
                .claim(claim("ISO-42001", "9.1"))
                .evaluation(evaluation("redteam-ja").languages("ja").supports("ISO-42001:9.1"))
                .gaps("LANGUAGE_NOT_EVALUATED");

        assertThat(gaps).isEmpty();
    }

    @Test
    void britishEnglishDeployment_evaluatedInEnglish_isNoGap() {
        List<Gap> gaps = facts().languages("en-GB")
                .claim(claim("ISO-42001", "9.1"))
                .evaluation(evaluation("redteam-en").languages("en").supports("ISO-42001:9.1"))
                .gaps("LANGUAGE_NOT_EVALUATED");

        assertThat(gaps).isEmpty();
    }
}
