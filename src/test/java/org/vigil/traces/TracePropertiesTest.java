package org.vigil.traces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of rates and the index over arbitrary trace sets. */
class TracePropertiesTest {

    @Property(tries = 300)
    void rates_stayInTheUnitInterval_andIntervalsContainTheirEstimates(
            @ForAll("traces") @Size(max = 80) List<GradedTrace> traces) {
        TraceRates rates = Rates.of(traces);
        List<GroupRates> groups = new ArrayList<>(rates.byArm());
        groups.addAll(rates.byLanguage());
        groups.addAll(rates.byAttackFamily());
        groups.addAll(rates.byCue());

        for (GroupRates g : groups) {
            Stream.of(g.strictAsr(), g.broadAsr(), g.harmLayerAsr(), g.partialShare(),
                    g.detectedProceedsShare(), g.pivotShare(), g.evaluationAwarenessShare()).forEach(r -> {
                        assertThat(r.low()).isBetween(0.0, 1.0);
                        assertThat(r.high()).isBetween(0.0, 1.0);
                        assertThat(r.count()).isBetween(0, r.of());
                        if (r.estimate() != null) {
                            assertThat(r.estimate()).isBetween(0.0, 1.0)
                                    .isBetween(r.low() - 1e-12, r.high() + 1e-12);
                        }
                    });
            assertThat(g.strictAsr().count()).isLessThanOrEqualTo(g.broadAsr().count());
            assertThat(g.broadAsr().count()).isLessThanOrEqualTo(g.harmLayerAsr().count());
        }
    }

    @Property(tries = 60)
    void index_keepsBenefitAndCostsInRange_andOrderedIntervals(
            @ForAll("traces") @Size(min = 1, max = 60) List<GradedTrace> traces,
            @ForAll @IntRange(min = 1, max = 200) int resamples) {
        List<GradedTrace> both = new ArrayList<>(traces);
        both.add(new GradedTrace("sx", "f", "en", Arm.TREATED, Cue.NONE, Label.REFUSAL, false, false, false, false));
        both.add(new GradedTrace("sx", "f", "en", Arm.UNTREATED, Cue.NONE, Label.COMPLIANCE, false, false, false,
                false));
        TherapeuticIndex index = TherapeuticIndex.compute(
                new TherapeuticIndex.Inputs(1, "h", "l", null, null, resamples, 7), both);

        assertThat(index.benefit().estimate()).isBetween(-1.0, 1.0);
        assertThat(index.costs().c1()).isBetween(0.0, 1.0);
        if (index.costs().c4() != null) {
            assertThat(index.costs().c4()).isBetween(0.0, 1.0);
        }
        assertThat(index.bootstrap().usable()).isBetween(0, resamples);
        if (index.bootstrap().usable() == 0) {
            assertThat(index.benefit().low()).isNull();
            assertThat(index.benefit().includesZero()).isTrue();
        } else {
            assertThat(index.benefit().low()).isLessThanOrEqualTo(index.benefit().high());
            assertThat(index.strictDifference().low()).isLessThanOrEqualTo(index.strictDifference().high());
        }
        assertThat(index.bootstrap().zeroCostShare()).isBetween(0.0, 1.0);
        if (index.tis() != null && index.tis().low() != null) {
            assertThat(index.tis().low()).isLessThanOrEqualTo(index.tis().high());
        }
        assertThat(index.reading()).isNotNull();
    }

    @Provide
    Arbitrary<List<GradedTrace>> traces() {
        Arbitrary<GradedTrace> trace = Combinators.combine(
                Arbitraries.of("s1", "s2", "s3", "s4", "s5"),
                Arbitraries.of("f1", "f2"),
                Arbitraries.of(Arm.class),
                Arbitraries.of(Cue.class),
                Arbitraries.of(Label.class),
                Arbitraries.integers().between(0, 15))
                .as((scenario, family, arm, cue, label, flags) -> new GradedTrace(scenario, family, "en", arm,
                        cue, label, (flags & 1) != 0, (flags & 3) == 3, (flags & 5) == 5, (flags & 9) == 9));
        return trace.list();
    }
}
