package org.vigil.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.vigil.analysis.AnalysisFacts;
import org.vigil.analysis.ClaimFact;
import org.vigil.analysis.EvaluationFact;
import org.vigil.analysis.Evidence;
import org.vigil.analysis.Gap;
import org.vigil.analysis.Severity;
import org.vigil.analysis.UnresolvedClaimFact;
import org.vigil.catalog.Layer;

/**
 * Decides, per claimed clause, whether the evidence covers the harm layer.
 *
 * <p>COVERED: an evaluation offered for the clause measures at or beyond the harm layer and no
 * gap of medium severity or worse, outside the structural level, names the clause or that
 * evaluation. PARTIAL: such evidence exists but is weakened by such a gap, or the best evidence
 * is one layer short. NOT_COVERED: no evidence, evidence two layers short, or no version of the
 * clause in force on the as-of date. The rules find the gaps; this reads them per clause.
 */
public final class Coverage {

    static final List<Layer> LAYERS = List.of(Layer.TEXT, Layer.ACTION, Layer.PHYSICAL);

    private Coverage() {
    }

    /** Returns the coverage of every claimed clause, in the order claimed. */
    public static List<ClauseCoverage> of(AnalysisFacts facts, List<Gap> gaps) {
        Layer harm = facts.system().getHarmLayer();
        List<ClauseCoverage> result = new ArrayList<>();
        for (ClaimFact claim : facts.claims()) {
            result.add(clause(claim, harm, facts.evaluations(), gaps));
        }
        for (UnresolvedClaimFact u : facts.unresolved()) {
            result.add(new ClauseCoverage(u.getKey(), u.getVersion(), null, null, CoverageVerdict.NOT_COVERED,
                    "No version of the clause is in force on the as-of date, so nothing can be claimed under it",
                    List.of(), Map.of(), List.of()));
        }
        return result;
    }

    private static ClauseCoverage clause(ClaimFact claim, Layer harm, List<EvaluationFact> evaluations,
            List<Gap> gaps) {
        String key = claim.getKey();
        List<EvaluationFact> offered = evaluations.stream().filter(e -> e.getSupports().contains(key))
                .sorted(Comparator.comparing(EvaluationFact::getId)).toList();
        Map<Layer, List<String>> byLayer = new EnumMap<>(Layer.class);
        for (EvaluationFact e : offered) {
            byLayer.computeIfAbsent(e.getLayer(), l -> new ArrayList<>()).add(e.getId());
        }
        List<String> evidence = offered.stream().map(e -> e.getId() + " (" + e.getLayer() + ")").toList();
        int harmRank = Evidence.rank(harm);
        List<EvaluationFact> reaching = offered.stream().filter(e -> e.getLayerRank() >= harmRank).toList();

        CoverageVerdict verdict;
        String reason;
        List<String> weakenedBy = List.of();
        if (offered.isEmpty()) {
            verdict = CoverageVerdict.NOT_COVERED;
            reason = "No evaluation is offered for this clause";
        } else if (reaching.isEmpty()) {
            EvaluationFact best = Evidence.best(offered);
            int shortBy = harmRank - best.getLayerRank();
            verdict = shortBy >= 2 ? CoverageVerdict.NOT_COVERED : CoverageVerdict.PARTIAL;
            reason = "The best evidence, " + best.getId() + ", measures at the " + best.getLayer() + " layer, "
                    + (shortBy >= 2 ? "two layers short of" : "a proxy one layer short of") + " the " + harm
                    + " layer where the system causes harm";
        } else {
            List<String> ids = reaching.stream().map(EvaluationFact::getId).toList();
            weakenedBy = weakening(key, ids, gaps);
            verdict = weakenedBy.isEmpty() ? CoverageVerdict.COVERED : CoverageVerdict.PARTIAL;
            reason = (ids.size() == 1 ? "Evaluation " : "Evaluations ") + String.join(", ", ids)
                    + " measure" + (ids.size() == 1 ? "s" : "") + " at the harm layer (" + harm + ")"
                    + (weakenedBy.isEmpty() ? "" : ", weakened by " + String.join(", ", weakenedBy));
        }
        return new ClauseCoverage(key, claim.getVersion(), claim.getClauseVersion(), claim.getTitle(), verdict,
                reason, evidence, byLayer, weakenedBy);
    }

    private static List<String> weakening(String key, List<String> evaluations, List<Gap> gaps) {
        TreeSet<String> codes = new TreeSet<>();
        for (Gap gap : gaps) {
            boolean names = key.equals(gap.clause()) || evaluations.contains(gap.evaluation());
            if (names && gap.level() != 3 && gap.severity().compareTo(Severity.MEDIUM) <= 0) {
                codes.add(gap.code() + (gap.evaluation() == null ? "" : " (" + gap.evaluation() + ")"));
            }
        }
        return List.copyOf(codes);
    }
}
