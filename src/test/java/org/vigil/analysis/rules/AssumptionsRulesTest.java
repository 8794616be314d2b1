package org.vigil.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.analysis.rules.Facts.claim;
import static org.vigil.analysis.rules.Facts.evaluation;
import static org.vigil.analysis.rules.Facts.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.FindingFact;
import org.vigil.analysis.Gap;
import org.vigil.analysis.Severity;
import org.vigil.catalog.Assumption;

/** The rules of assumptions.drl: a clause's assumption tested by the profile and challenged by a finding. */
class AssumptionsRulesTest {

    private static final LocalDate ISO_PUBLISHED = LocalDate.of(2023, 12, 18);

    private static final FindingFact DING = finding("ding-2026", "Ding 2026, arXiv:2603.12681",
            LocalDate.of(2026, 3, 13), Assumption.COMPOSITIONALITY);
    private static final FindingFact GREENBLATT = finding("greenblatt-2024",
            "Greenblatt et al. 2024, arXiv:2412.14093", LocalDate.of(2024, 12, 18),
            Assumption.MEASUREMENT_NEUTRALITY);
    private static final FindingFact FUKUI = finding("fukui-2026", "Fukui 2026, arXiv:2603.04904",
            LocalDate.of(2026, 3, 5), Assumption.LANGUAGE_TRANSFER, Assumption.SINGLE_AGENT);

    @Test
    void composedAdapters_withClauseOlderThanFinding_isStructuralAndHigh() {
        List<Gap> gaps = facts().adapter("lora-a")
                .claim(claim("ISO-42001", "8.2").assumptions(Assumption.COMPOSITIONALITY))
                .standardVersion("ISO-42001", "2023", ISO_PUBLISHED)
                .finding(DING)
                .gaps("ASSUMPTION_CHALLENGED");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(3);
            assertThat(g.severity()).isEqualTo(Severity.HIGH);
            assertThat(g.clause()).isEqualTo("ISO-42001:8.2");
            assertThat(g.clauseVersion()).isEqualTo("ISO-42001:8.2@2023");
            assertThat(g.finding()).isEqualTo("ding-2026");
            assertThat(g.evaluation()).isNull();
            assertThat(g.message()).contains("relies on COMPOSITIONALITY")
                    .contains("because the system composes adapters (lora-a)")
                    .contains("Ding 2026, arXiv:2603.12681 challenges it")
                    .contains("ISO-42001 2023 (published 2023-12-18) predates this finding");
        });
    }

    @Test
    void systemWithoutAdapters_isNoCompositionalityGap() {
        List<Gap> gaps = facts().component("retriever")
                .claim(claim("ISO-42001", "8.2").assumptions(Assumption.COMPOSITIONALITY))
                .standardVersion("ISO-42001", "2023", ISO_PUBLISHED)
                .finding(DING)
                .gaps("ASSUMPTION_CHALLENGED");

        assertThat(gaps).isEmpty();
    }

    @Test
    void standardPublishedAfterTheFinding_isMediumAndSaysSo() {
        List<Gap> gaps = facts().adapter("lora-a")
                .claim(claim("EU-AI-ACT", "Art.43").version("2026-omnibus")
                        .assumptions(Assumption.COMPOSITIONALITY))
                .standardVersion("EU-AI-ACT", "2026-omnibus", LocalDate.of(2026, 6, 29))
                .finding(DING)
                .gaps("ASSUMPTION_CHALLENGED");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(3);
            assertThat(g.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(g.message()).contains("(published 2026-06-29) was published after this finding")
                    .doesNotContain("predates");
        });
    }

    @Test
    void publishedMethodology_challengedOnMeasurementNeutrality_isVerificationLevel() {
        List<Gap> gaps = facts()
                .claim(claim("ISO-42001", "9.1").assumptions(Assumption.MEASUREMENT_NEUTRALITY))
                .standardVersion("ISO-42001", "2023", ISO_PUBLISHED)
                .evaluation(evaluation("public-bench").methodologyPublished())
                .finding(GREENBLATT)
                .gaps("ASSUMPTION_CHALLENGED");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(4);
            assertThat(g.severity()).isEqualTo(Severity.HIGH);
            assertThat(g.finding()).isEqualTo("greenblatt-2024");
            assertThat(g.message()).contains("because the methodology of public-bench is published");
        });
    }

    @Test
    void unpublishedMethodology_isNoMeasurementNeutralityGap() {
        List<Gap> gaps = facts()
                .claim(claim("ISO-42001", "9.1").assumptions(Assumption.MEASUREMENT_NEUTRALITY))
                .standardVersion("ISO-42001", "2023", ISO_PUBLISHED)
                .evaluation(evaluation("private-bench"))
                .finding(GREENBLATT)
                .gaps("ASSUMPTION_CHALLENGED");

        assertThat(gaps).isEmpty();
    }

    @Test
    void japaneseDeployment_challengedOnLanguageTransfer_isReported() {
        List<Gap> gaps = facts().languages("en", "ja")
                .claim(claim("ISO-42001", "9.1").assumptions(Assumption.LANGUAGE_TRANSFER))
                .standardVersion("ISO-42001", "2023", ISO_PUBLISHED)
                .finding(FUKUI)
                .gaps("ASSUMPTION_CHALLENGED");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(3);
            assertThat(g.finding()).isEqualTo("fukui-2026");
            assertThat(g.message()).contains("relies on LANGUAGE_TRANSFER")
                    .contains("because the system is deployed in ja,");
        });
    }

    @Test
    void britishEnglishDeployment_isNoLanguageTransferGap() {
        List<Gap> gaps = facts().languages("en", "en-GB")
                .claim(claim("ISO-42001", "9.1").assumptions(Assumption.LANGUAGE_TRANSFER))
                .standardVersion("ISO-42001", "2023", ISO_PUBLISHED)
                .finding(FUKUI)
                .gaps("ASSUMPTION_CHALLENGED");

        assertThat(gaps).isEmpty();
    }

    @Test
    void multiAgentDeployment_challengedOnSingleAgent_isReported() {
        List<Gap> gaps = facts().multiAgent()
                .claim(claim("NIST-AI-RMF", "MEASURE-2.7").version("1.0").assumptions(Assumption.SINGLE_AGENT))
                .standardVersion("NIST-AI-RMF", "1.0", LocalDate.of(2023, 1, 26))
                .finding(FUKUI)
                .gaps("ASSUMPTION_CHALLENGED");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.clause()).isEqualTo("NIST-AI-RMF:MEASURE-2.7");
            assertThat(g.message()).contains("relies on SINGLE_AGENT")
                    .contains("because the system acts among other agents");
        });
    }

    @Test
    void embodiedSystem_challengedOnTextLayerSufficiency_isReported() {
        FindingFact corpus = finding("failure-first-2026", "Failure-First 2026", LocalDate.of(2026, 2, 1),
                Assumption.TEXT_LAYER_SUFFICIENCY);

        List<Gap> gaps = facts().embodied()
                .claim(claim("ISO-42001", "9.1").assumptions(Assumption.TEXT_LAYER_SUFFICIENCY))
                .standardVersion("ISO-42001", "2023", ISO_PUBLISHED)
                .finding(corpus)
                .gaps("ASSUMPTION_CHALLENGED");

        assertThat(gaps).singleElement().satisfies(g -> {
            assertThat(g.level()).isEqualTo(3);
            assertThat(g.message()).contains("because the system is embodied");
        });
    }

    @Test
    void singleAgentSystem_isNoSingleAgentGap() {
        List<Gap> gaps = facts()
                .claim(claim("NIST-AI-RMF", "MEASURE-2.7").version("1.0").assumptions(Assumption.SINGLE_AGENT))
                .standardVersion("NIST-AI-RMF", "1.0", LocalDate.of(2023, 1, 26))
                .finding(FUKUI)
                .gaps("ASSUMPTION_CHALLENGED");

        assertThat(gaps).isEmpty();
    }

    @Test
    void findingChallengingAnotherAssumption_isNoGap() {
        List<Gap> gaps = facts().adapter("lora-a")
                .claim(claim("ISO-42001", "8.2").assumptions(Assumption.COMPOSITIONALITY))
                .standardVersion("ISO-42001", "2023", ISO_PUBLISHED)
                .finding(GREENBLATT)
                .gaps("ASSUMPTION_CHALLENGED");

        assertThat(gaps).isEmpty();
    }

    @Test
    void clauseNotRelyingOnTheAssumption_isNoGap() {
        List<Gap> gaps = facts().adapter("lora-a")
                .claim(claim("ISO-42001", "8.2").assumptions(Assumption.STATIC_THREATS))
                .standardVersion("ISO-42001", "2023", ISO_PUBLISHED)
                .finding(DING)
                .gaps("ASSUMPTION_CHALLENGED");

        assertThat(gaps).isEmpty();
    }

    private static FindingFact finding(String id, String citation, LocalDate published, Assumption... challenged) {
        return new FindingFact(id, citation, published, Set.of(challenged), Set.of());
    }
}
