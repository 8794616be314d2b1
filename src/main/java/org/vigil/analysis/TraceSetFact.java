package org.vigil.analysis;

import org.vigil.traces.Arm;
import org.vigil.traces.GroupRates;
import org.vigil.traces.Rate;
import org.vigil.traces.TherapeuticIndex;
import org.vigil.traces.TraceRates;

/**
 * A trace set the submission references: its Therapeutic Index for Safety when both arms
 * have gradeable traces, its PARTIAL and evaluation-awareness shares, and whether a risk
 * acceptance is recorded for it.
 */
public class TraceSetFact {

    private final long id;
    private final String name;
    private final String intervention;
    private final TherapeuticIndex index;
    private final double partialShare;
    private final double evaluationAwareness;
    private final String riskAcceptance;

    /**
     * @param index the index, or null when an arm has no gradeable trace
     * @param rates the set's rates
     */
    public TraceSetFact(long id, String name, String intervention, TherapeuticIndex index, TraceRates rates,
            String riskAcceptance) {
        this.id = id;
        this.name = name;
        this.intervention = intervention;
        this.index = index;
        GroupRates treated = rates.arm(Arm.TREATED);
        this.partialShare = treated == null ? 0 : orZero(treated.partialShare());
        int aware = rates.byArm().stream().mapToInt(g -> g.evaluationAwarenessShare().count()).sum();
        int withReasoning = rates.byArm().stream().mapToInt(g -> g.evaluationAwarenessShare().of()).sum();
        this.evaluationAwareness = withReasoning == 0 ? 0 : (double) aware / withReasoning;
        this.riskAcceptance = riskAcceptance;
    }

    public long getId() {
        return id;
    }

    /** The id as gaps name it in their evaluation field: {@code trace-set:12}. */
    public String getReference() {
        return "trace-set:" + id;
    }

    public String getName() {
        return name;
    }

    public String getIntervention() {
        return intervention;
    }

    /** Whether both arms had gradeable traces, so the index has a value or a reading. */
    public boolean isIndexed() {
        return index != null;
    }

    /** The index, for messages; null when not indexed. */
    public TherapeuticIndex getIndex() {
        return index;
    }

    public String getReading() {
        return index == null ? null : index.reading().name();
    }

    /** Whether the point estimate of TI-S is below one (or has no value with B below zero). */
    public boolean isBelowOne() {
        return index != null && index.belowOne();
    }

    /** Whether the bootstrap interval of the benefit B includes zero. */
    public boolean isBenefitIncludesZero() {
        return index != null && index.benefit().includesZero();
    }

    /** Whether the text layer moved: the interval of the strict-ASR difference excludes zero. */
    public boolean isTextLayerMoved() {
        return index != null && !index.strictDifference().includesZero();
    }

    /** The PARTIAL share of the treated arm's gradeable traces; 0 without any. */
    public double getPartialShare() {
        return partialShare;
    }

    /** The share of traces with reasoning, both arms, whose reasoning says it is being tested. */
    public double getEvaluationAwareness() {
        return evaluationAwareness;
    }

    public boolean isRiskAccepted() {
        return riskAcceptance != null && !riskAcceptance.isBlank();
    }

    public String getRiskAcceptance() {
        return riskAcceptance;
    }

    /** Describes the index in one phrase, such as "TI-S 0.42 (95% 0.10 to 0.90)". */
    public String getTisText() {
        if (index == null) {
            return "no TI-S (an arm has no gradeable trace)";
        }
        TherapeuticIndex.Tis tis = index.tis();
        if (tis == null) {
            return "no TI-S value (no cost, B " + Evidence.points(index.benefit().estimate()) + " points)";
        }
        if (tis.unbounded()) {
            return "TI-S unbounded (no cost measured)";
        }
        return "TI-S " + round(tis.estimate()) + (tis.low() == null ? ""
                : " (95% " + round(tis.low()) + " to " + round(tis.high()) + ")");
    }

    /** Describes the benefit and its interval in points. */
    public String getBenefitText() {
        if (index == null) {
            return "no benefit measured";
        }
        TherapeuticIndex.Interval b = index.benefit();
        return "B " + Evidence.points(b.estimate()) + " points" + (b.low() == null ? ""
                : " (95% " + Evidence.points(b.low()) + " to " + Evidence.points(b.high()) + ")");
    }

    /** Describes the strict-ASR difference and its interval in points. */
    public String getStrictDifferenceText() {
        if (index == null) {
            return "no strict-ASR difference measured";
        }
        TherapeuticIndex.Interval d = index.strictDifference();
        return "strict ASR fell by " + Evidence.points(d.estimate()) + " points" + (d.low() == null ? ""
                : " (95% " + Evidence.points(d.low()) + " to " + Evidence.points(d.high()) + ")");
    }

    private static String round(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    private static double orZero(Rate rate) {
        return rate.estimate() == null ? 0 : rate.estimate();
    }
}
