package org.vigil.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.analysis.rules.Facts.claim;
import static org.vigil.analysis.rules.Facts.evaluation;
import static org.vigil.analysis.rules.Facts.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.Gap;
import org.vigil.analysis.Severity;

/** The rules of evidence.drl: claimed clauses without supporting evaluations, or not in force. */
class EvidenceRulesTest {

    @Test
    void claimRequiringEvaluation_withoutAny_isHigh() {
        List<Gap> gaps = facts()
                .claim(claim("ISO-42001", "9.1").title("Performance evaluation"))
                .evaluation(evaluation("redteam").supports("ISO-42001:8.2"))
                .gaps("NO_EVIDENCE");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(2);
            assertThat(g.severity()).isEqualTo(Severity.HIGH);
            assertThat(g.clause()).isEqualTo("ISO-42001:9.1");
            assertThat(g.clauseVersion()).isEqualTo("ISO-42001:9.1@2023");
            assertThat(g.evaluation()).isNull();
            assertThat(g.message()).contains("ISO-42001:9.1 (Performance evaluation) is claimed")
                    .contains("no evaluation in the submission supports it");
        });
    }

    @Test
    void claimWithoutEvidence_underCertification_isCritical() {
        List<Gap> gaps = facts().certification().claim(claim("ISO-42001", "9.1")).gaps("NO_EVIDENCE");

        assertThat(gaps).singleElement().extracting(Gap::severity).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void claimWithASupportingEvaluation_isNoGap() {
        List<Gap> gaps = facts()
                .claim(claim("ISO-42001", "9.1"))
                .evaluation(evaluation("redteam").supports("ISO-42001:9.1"))
                .gaps("NO_EVIDENCE");

        assertThat(gaps).isEmpty();
    }

    @Test
    void claimRequiringNoEvaluation_withoutAny_isNoGap() {
        List<Gap> gaps = facts().claim(claim("ISO-42001", "5.2").noEvaluationRequired()).gaps("NO_EVIDENCE");

        assertThat(gaps).isEmpty();
    }

    @Test
    void unresolvedClaim_isInfoNamingVersionAndDate() {
        List<Gap> gaps = facts().unresolved("EU-AI-ACT:Art.43", "2024/1689").gaps("CLAUSE_NOT_IN_FORCE");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(3);
            assertThat(g.severity()).isEqualTo(Severity.INFO);
            assertThat(g.clause()).isEqualTo("EU-AI-ACT:Art.43");
            assertThat(g.clauseVersion()).isNull();
            assertThat(g.message()).isEqualTo("EU-AI-ACT:Art.43 of version 2024/1689 was not in force on 2026-12-03,"
                    + " so it was not analysed for that date");
        });
    }

    @Test
    void claimInForce_isNoClauseNotInForce() {
        List<Gap> gaps = facts().claim(claim("EU-AI-ACT", "Art.43")).gaps("CLAUSE_NOT_IN_FORCE");

        assertThat(gaps).isEmpty();
    }
}
