package org.vigil.analysis;

import java.util.ArrayList;
import java.util.List;

/** Everything the rules see for one analysis, each list in a stable order. */
public record AnalysisFacts(SettingsFact settings, SystemFact system, List<ClaimFact> claims,
        List<UnresolvedClaimFact> unresolved, List<EvaluationFact> evaluations,
        List<AttackFamilyFact> attackFamilies, List<StandardVersionFact> standardVersions,
        List<FindingFact> findings, List<ContraindicationFact> contraindications,
        List<TraceSetFact> traceSets) {

    /** Facts without trace sets. */
    public AnalysisFacts(SettingsFact settings, SystemFact system, List<ClaimFact> claims,
            List<UnresolvedClaimFact> unresolved, List<EvaluationFact> evaluations,
            List<AttackFamilyFact> attackFamilies, List<StandardVersionFact> standardVersions,
            List<FindingFact> findings, List<ContraindicationFact> contraindications) {
        this(settings, system, claims, unresolved, evaluations, attackFamilies, standardVersions, findings,
                contraindications, List.of());
    }

    /** Every fact, in insertion order. */
    public List<Object> all() {
        List<Object> all = new ArrayList<>();
        all.add(settings);
        all.add(system);
        all.addAll(standardVersions);
        all.addAll(claims);
        all.addAll(unresolved);
        all.addAll(evaluations);
        all.addAll(attackFamilies);
        all.addAll(findings);
        all.addAll(contraindications);
        all.addAll(traceSets);
        return all;
    }
}
